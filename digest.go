package newsbot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Digest is the day's news for a channel: the stories published in a
// window, each clustered from the articles that reported it, ranked by
// coverage, recency and match to the subscribed topics.
type Digest struct {
	Generated time.Time
	Since     time.Time
	Until     time.Time
	Topics    []string // empty: the top stories overall
	Stories   []Story
	// QuoteOfDay is the strongest attributed statement, when one exists.
	QuoteOfDay *BriefQuote
	// Sources are numbered from 1 in the order they are first cited.
	Sources []Source
	// Articles is how many articles the window held (after topic filtering).
	Articles int
}

// Story is one event as several articles reported it.
type Story struct {
	Headline  string          // the title of its most central article
	Sentences []BriefSentence // one or two, cited
	Sources   []int           // every article of the story, 1-based into Digest.Sources
	Outlets   []string        // distinct outlets that carried it
}

// Empty reports whether the story has nothing to show: no sentence with
// text. A headline and its sources alone tell a reader nothing, so such a
// story is left out of what is posted.
func (s Story) Empty() bool {
	return !slices.ContainsFunc(s.Sentences, func(b BriefSentence) bool { return strings.TrimSpace(b.Text) != "" })
}

// Empty reports whether the digest has no story to show (see Story.Empty).
func (d Digest) Empty() bool {
	return !slices.ContainsFunc(d.Stories, func(s Story) bool { return !s.Empty() })
}

// SubscriptionID identifies a channel's scheduled digest.
type SubscriptionID int64

// Subscription is a channel's daily digest: what it covers, when it is due
// in the channel's own time zone, and the persisted state that decides what
// is due, so that a restart neither skips nor repeats a digest.
type Subscription struct {
	ID        SubscriptionID
	GuildID   string
	ChannelID string // where the digest is posted
	CreatedBy string // the user who set it up; told when it is paused and the guild has no other channel
	Created   time.Time

	Hour, Minute int    // the local time of day it is due
	Zone         string // an IANA time zone name, e.g. Europe/Berlin
	Topics       []string
	WeekdaysOnly bool   // Monday to Friday, by the local calendar
	Quiet        string // QuietNote or QuietSkip: what a day without news gets

	Paused        bool
	PauseReason   string // PauseChannelGone or PauseNoAccess while Paused
	NoticePending bool   // the guild must still be told that it was paused
	// GuildLeft is set while the bot is out of the guild (see
	// GuildStore): the digest is not posted until it is back. Listings
	// fill it; it is not written.
	GuildLeft bool

	// NextDue is the instant the digest is next due. It is computed in the
	// zone (see NextDaily) and advanced only once a due time has ended, sent
	// or skipped.
	NextDue time.Time
	// LastSent is when the last digest was generated and posted: the next
	// one covers the news since (at most a day).
	LastSent time.Time
}

// What a digest with no news posts.
const (
	QuietNote = "note" // a short note saying nothing new was published
	QuietSkip = "skip" // nothing
)

// Why a digest is paused.
const (
	PauseChannelGone = "channel_gone" // the channel was deleted
	PauseNoAccess    = "no_access"    // the bot may no longer see or post in it
)

// topicKey is what a digest topic asks for: its words, whatever their
// case, order or spacing.
func topicKey(t string) string {
	words := slices.Clone(ParseTopic(t).Words)
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}

// UniqueTopics drops the topics that ask for the same as an earlier one
// ("Syria" after "syria"), keeping the first as typed.
func UniqueTopics(topics []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range topics {
		if k := topicKey(t); !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// SameTopics reports whether two digests' topics ask for the same news:
// "syria, ukraine", "SYRIA, Ukraine" and "ukraine, syria, Syria" do.
func SameTopics(a, b []string) bool {
	keys := func(topics []string) []string {
		var out []string
		for _, t := range topics {
			out = append(out, topicKey(t))
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(keys(a), keys(b))
}

// SameDigest reports whether two subscriptions post the same digest: the
// same channel, local time, zone and topics. Options (weekdays, quiet) may
// differ: subscribing again changes them.
func (s Subscription) SameDigest(o Subscription) bool {
	return s.GuildID == o.GuildID && s.ChannelID == o.ChannelID && s.Hour == o.Hour && s.Minute == o.Minute &&
		strings.EqualFold(s.Zone, o.Zone) && SameTopics(s.Topics, o.Topics)
}

// Location loads the subscription's time zone.
func (s Subscription) Location() (*time.Location, error) {
	loc, err := time.LoadLocation(s.Zone)
	if err != nil || s.Zone == "" || s.Zone == "Local" {
		return nil, &Error{Code: EINVALID, Op: "digest zone", Err: err,
			Message: fmt.Sprintf("“%s” is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC.", s.Zone)}
	}
	return loc, nil
}

// Next returns the first time after t that the subscription is due, or
// an EINVALID error when its zone is unknown.
func (s Subscription) Next(t time.Time) (time.Time, error) {
	loc, err := s.Location()
	if err != nil {
		return time.Time{}, err
	}
	return NextDaily(t, s.Hour, s.Minute, loc, s.WeekdaysOnly), nil
}

// Clock renders the local time of day, "08:00".
func (s Subscription) Clock() string { return fmt.Sprintf("%02d:%02d", s.Hour, s.Minute) }

// NextDaily returns the first instant after t at which the wall clock in
// loc reads hour:minute, on any day or, with weekdaysOnly, Monday to
// Friday by the local calendar. It is correct across daylight-saving
// changes: 08:00 is 08:00 local on both sides of one; a time that does not
// exist that day (in the gap when clocks go forward) gives the first valid
// minute after it, the moment the clocks jumped; a time that occurs twice
// (when clocks go back) gives the first occurrence only, so each local day
// has exactly one instant.
func NextDaily(t time.Time, hour, minute int, loc *time.Location, weekdaysOnly bool) time.Time {
	local := t.In(loc)
	y, m, d := local.Date()
	// Start a day early: the instant for the previous local date can still
	// lie after t only if offsets are odd, but looking costs nothing.
	for i := -1; i < 400; i++ {
		day := time.Date(y, m, d+i, 12, 0, 0, 0, time.UTC) // a calendar date, noon to avoid edge effects
		if weekdaysOnly && (day.Weekday() == time.Saturday || day.Weekday() == time.Sunday) {
			continue
		}
		if at := wallInstant(day.Year(), day.Month(), day.Day(), hour, minute, loc); at.After(t) {
			return at
		}
	}
	return time.Time{} // unreachable: some day within 400 has the time
}

// wallInstant is the one instant a local date and time stands for in loc:
// the earlier of two when the clocks went back over it, the end of the gap
// when the clocks jumped over it.
func wallInstant(y int, mo time.Month, d, hour, minute int, loc *time.Location) time.Time {
	wall := time.Date(y, mo, d, hour, minute, 0, 0, time.UTC) // the wall clock read as if UTC
	var found []time.Time
	// Any offset in force on that local date is in force a day before or
	// after it, or at the guesses themselves; check each.
	for _, probe := range []time.Time{wall.Add(-26 * time.Hour), wall, wall.Add(26 * time.Hour)} {
		_, off := probe.In(loc).Zone()
		at := wall.Add(-time.Duration(off) * time.Second)
		if sameWall(at.In(loc), wall) && !slices.ContainsFunc(found, at.Equal) {
			found = append(found, at)
		}
	}
	if len(found) > 0 {
		return slices.MinFunc(found, func(a, b time.Time) int { return a.Compare(b) })
	}
	// In a gap: read with the offset before the jump, the wall time lands
	// after the jump; the jump itself is the start of the zone period that
	// instant belongs to.
	_, before := wall.Add(-26 * time.Hour).In(loc).Zone()
	start, _ := wall.Add(-time.Duration(before) * time.Second).In(loc).ZoneBounds()
	return start
}

func sameWall(local, wall time.Time) bool {
	y, m, d := local.Date()
	wy, wm, wd := wall.Date()
	return y == wy && m == wm && d == wd && local.Hour() == wall.Hour() && local.Minute() == wall.Minute()
}

// SendState is what became of one due time of a subscription.
type SendState string

const (
	// SendPosting is recorded, in a transaction, before anything is posted:
	// a send found in this state after a restart may have been posted in
	// part or whole, and is resumed with the same content and key.
	SendPosting SendState = "posting"
	SendSent    SendState = "sent"
	SendSkipped SendState = "skipped" // missed by more than the grace period, or a quiet day set to skip
	SendFailed  SendState = "failed"  // the channel is gone or closed to the bot: the digest was paused
)

// DigestSend is one due time of a subscription and its outcome.
type DigestSend struct {
	ID           int64
	Subscription SubscriptionID
	Due          time.Time
	State        SendState
	// Key identifies this due time to the channel (Discord message nonces
	// are derived from it), so that posting again does not post twice.
	Key string
	// Late is how long after Due the first attempt began; fixed then, so
	// that a retry renders exactly what the first attempt did.
	Late     time.Duration
	Digest   Digest // the content, kept while posting so that a retry posts the same
	Attempts int
	Started  time.Time
	Finished time.Time
	Note     string // why it was skipped or failed
}

// DigestStore keeps scheduled digests and their sends. Implementations must
// be safe for concurrent use. Errors are classified: ENOTFOUND for a missing
// subscription, ECONFLICT for a duplicate or a due time already ended.
type DigestStore interface {
	// AddSubscription stores a new subscription (NextDue must be set) and
	// sets s.ID and s.Created. IDs are the numbers users see and are never
	// reused, not even after the highest is removed. A subscription that
	// is the SameDigest as a stored one is ECONFLICT.
	AddSubscription(ctx context.Context, s *Subscription) error
	// SetSubscriptionOptions changes one of a guild's subscriptions'
	// WeekdaysOnly and Quiet, due next at next, and returns it as stored.
	SetSubscriptionOptions(ctx context.Context, guildID string, id SubscriptionID, weekdaysOnly bool, quiet string, next time.Time) (Subscription, error)
	// Subscriptions lists a guild's subscriptions by ID; "" lists all.
	Subscriptions(ctx context.Context, guildID string) ([]Subscription, error)
	// RemoveSubscription deletes one of a guild's subscriptions.
	RemoveSubscription(ctx context.Context, guildID string, id SubscriptionID) error
	// ResumeSubscription unpauses one of a guild's subscriptions, due next at next.
	ResumeSubscription(ctx context.Context, guildID string, id SubscriptionID, next time.Time) (Subscription, error)
	// DueSubscriptions lists up to limit unpaused subscriptions whose
	// NextDue is not after now, the most overdue first, leaving out
	// guilds the bot is not in (GuildStore).
	DueSubscriptions(ctx context.Context, now time.Time, limit int) ([]Subscription, error)
	// NextDueAt is the earliest NextDue of any unpaused subscription of a
	// guild the bot is in (zero when there is none): how long the
	// scheduler may sleep.
	NextDueAt(ctx context.Context) (time.Time, error)

	// BeginSend records, in one transaction, that s.Subscription's due
	// time s.Due is being posted, unless it already was begun: then it
	// loads that send into s (same Key, Digest and Late, one more
	// attempt) and reports resumed. A due time that already ended, a
	// subscription removed, paused, no longer due at s.Due or of a guild
	// the bot is no longer in is ECONFLICT.
	BeginSend(ctx context.Context, s *DigestSend) (resumed bool, err error)
	// EndSend records how a due time ended (s.State, s.Finished, s.Note;
	// the send is stored if it was never begun) and makes the subscription
	// due next at next; a sent digest's generation time becomes LastSent.
	// A subscription removed meanwhile is ignored.
	EndSend(ctx context.Context, s DigestSend, next time.Time) error
	// PauseSubscription pauses a subscription for reason and marks a notice
	// to its guild pending.
	PauseSubscription(ctx context.Context, id SubscriptionID, reason string) error
	// PendingDigestNotices lists paused subscriptions whose guild has not
	// been told yet, unless the bot is out of that guild: the notice waits
	// until it is back.
	PendingDigestNotices(ctx context.Context) ([]Subscription, error)
	// ClearDigestNotice records that the guild was told.
	ClearDigestNotice(ctx context.Context, id SubscriptionID) error
	// DigestSends lists a subscription's sends, newest due time first.
	DigestSends(ctx context.Context, id SubscriptionID, limit int) ([]DigestSend, error)
}
