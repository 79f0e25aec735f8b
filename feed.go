package newsbot

import (
	"context"
	"time"
)

// FeedID identifies a subscribed feed.
type FeedID int64

// Feed is an RSS, Atom or JSON Feed that is polled into the archive.
//
// A feed belongs to the Discord server (guild) it was added in: only that
// server lists, pauses or removes it, and notices about it go to the
// channel it was added from. The archive it fills is shared, as the archive
// always is: its articles can appear in any server's briefings. Feeds
// added from the command line have no guild and are seen only there.
type Feed struct {
	ID        FeedID
	GuildID   string // "" for feeds added from the command line
	ChannelID string // where it was added; notices go there
	AddedBy   string // the user who added it
	URL       string // canonical (see ingest.CanonicalURL)
	Name      string // unique within the guild, case-insensitively
	Title     string // the feed's own title, as last fetched
	Created   time.Time

	Paused      bool
	PauseReason string // PauseByAdmin or PauseByFailures while Paused
	// GuildLeft is set while the bot is out of the feed's guild (see
	// GuildStore): the feed is not polled until it is back. Listings fill
	// it; it is not written.
	GuildLeft bool

	// Polling state, persisted so that a restart neither skips nor repeats.
	NextCheck    time.Time
	LastCheck    time.Time
	LastSuccess  time.Time
	LastError    string // short and readable; "" after a success
	Failures     int    // consecutive failed checks
	ETag         string // validators for conditional requests
	LastModified string
	// NoticePending is set when the guild must be told something (the
	// feed was paused after repeated failures) and cleared once it was.
	NoticePending bool

	// Articles counts stored articles that came through this feed's URL.
	// Listings fill it; it is not written.
	Articles int
}

// Why a feed is paused.
const (
	PauseByAdmin    = "admin"
	PauseByFailures = "failures"
)

// FeedReport says what one fetch of a feed found and did.
type FeedReport struct {
	Title     string // the feed's title
	Found     int    // items in the feed
	Added     int
	Updated   int
	Unchanged int // already stored (same GUID, or same URL and content)
	Skipped   int // items without usable text
	// Pending items could not be fetched this time (their page was
	// unreachable, or time ran out); the next check tries them again.
	Pending int
}

// FeedCheck is the outcome of polling a feed once, from which the schedule
// computes the feed's next state.
type FeedCheck struct {
	Checked     time.Time
	NotModified bool // HTTP 304: nothing new
	Report      FeedReport
	// New validators; empty keeps none.
	ETag, LastModified string
	// FreshFor is how long the server said the response stays fresh
	// (Cache-Control max-age, Expires): no point asking sooner.
	FreshFor time.Duration
	// RetryAfter is how long the server asked us to wait (HTTP 429 or 503).
	RetryAfter time.Duration
	// MovedTo is the feed's new address (canonical) when every redirect
	// on the way to it was permanent (301, 308); "" when it did not move
	// or a redirect was temporary.
	MovedTo string
	// Err is nil when the feed was fetched and read; it is a classified
	// error (see Error) otherwise.
	Err error
}

// FeedStore keeps the subscribed feeds and which feed items were stored.
// Implementations must be safe for concurrent use. Errors are classified:
// ENOTFOUND for a missing feed, ECONFLICT for a duplicate.
type FeedStore interface {
	// AddFeed stores a new feed and sets f.ID and f.Created. A guild
	// cannot have two feeds with the same URL or name (ECONFLICT).
	AddFeed(ctx context.Context, f *Feed) error
	// Feeds lists one guild's feeds by name, with article counts.
	Feeds(ctx context.Context, guildID string) ([]Feed, error)
	// AllFeeds lists every guild's feeds, for the operator.
	AllFeeds(ctx context.Context) ([]Feed, error)
	// FindFeed finds a guild's feed by name (any case) or URL.
	FindFeed(ctx context.Context, guildID, nameOrURL string) (Feed, error)
	// RemoveFeed deletes a feed; the articles it brought stay.
	RemoveFeed(ctx context.Context, id FeedID) error
	// SetFeedPaused pauses or resumes a feed. Resuming clears the failure
	// count and makes the feed due at next.
	SetFeedPaused(ctx context.Context, id FeedID, paused bool, reason string, next time.Time) error
	// DueFeeds lists up to limit unpaused feeds whose NextCheck is not
	// after now, the most overdue first, leaving out guilds the bot is
	// not in (GuildStore).
	DueFeeds(ctx context.Context, now time.Time, limit int) ([]Feed, error)
	// SaveFeedState writes a feed's polling state (Title, the times,
	// LastError, Failures, validators, NoticePending) and, when
	// f.PauseReason is PauseByFailures, pauses it. It never resumes a feed
	// an admin paused meanwhile; a feed removed meanwhile is ignored.
	SaveFeedState(ctx context.Context, f Feed) error
	// MoveFeed changes a feed's URL to the address it moved to for good.
	// The items already stored from the old address count as stored from
	// the new one too, so none is fetched again. When the guild already
	// follows the new address under another feed it fails with ECONFLICT
	// and changes nothing; a feed removed meanwhile is ENOTFOUND.
	MoveFeed(ctx context.Context, id FeedID, newURL string) error
	// PendingNotices lists feeds whose guild has a notice waiting, unless
	// the bot is out of that guild: the notice waits until it is back.
	PendingNotices(ctx context.Context) ([]Feed, error)
	// ClearNotice records that the notice about a feed was sent.
	ClearNotice(ctx context.Context, id FeedID) error

	// SeenFeedItems returns, of the given item GUIDs of the feed at
	// feedURL, those already stored, each with the item's update time
	// as it was then (zero when the feed gave none).
	SeenFeedItems(ctx context.Context, feedURL string, guids []string) (map[string]time.Time, error)
	// RecordFeedItem remembers that an item was stored as an article (0
	// when it was skipped for good), so the next poll does not fetch it again.
	RecordFeedItem(ctx context.Context, feedURL, guid string, updated time.Time, article ArticleID) error
}
