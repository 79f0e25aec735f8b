package ingest

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/ingest/feed"
	"github.com/newsbot-dev/newsbot/ingest/fetch"
)

// Defaults for Subscriptions.
const (
	DefaultInterval  = 15 * time.Minute
	DefaultAddBudget = 40 * time.Second
	maxFeedName      = 60
)

// Subscriptions manages a guild's feeds for the chat commands and the
// command line: adding one fetches it at once; listing, removing, pausing
// and resuming see only the guild's own. Polling is the schedule's.
type Subscriptions struct {
	Store newsbot.FeedStore
	Web   *Web
	// Interval is when an added feed is next checked; default 15 minutes.
	Interval time.Duration
	// AddBudget bounds how long Add spends storing the items it found
	// (chat commands must answer within a minute); items not reached are
	// left to the next check, due a minute later. Default 40 s.
	AddBudget time.Duration
	Now       func() time.Time
}

func (s *Subscriptions) now() time.Time {
	if s.Now == nil {
		return time.Now().UTC()
	}
	return s.Now().UTC()
}

// Add follows a feed in f.GuildID: f.URL as typed (a page that links to
// its feed will do; a feed that moved for good, by permanent redirects, is
// stored at its new address), f.Name optional (the feed's title by default),
// f.ChannelID and f.AddedBy as the command gave them. It fetches the feed
// once, stores its items (within AddBudget) and returns the stored feed
// with what was found.
func (s *Subscriptions) Add(ctx context.Context, f newsbot.Feed) (newsbot.Feed, newsbot.FeedReport, error) {
	u, err := fetch.CheckURL(f.URL)
	if err != nil {
		return f, newsbot.FeedReport{}, err
	}
	f.URL = CanonicalURL(u.String())
	if err := s.notFollowed(ctx, f); err != nil {
		return f, newsbot.FeedReport{}, err
	}
	resp, err := s.Web.Client.Get(ctx, fetch.Request{URL: f.URL, Accept: acceptFeed + ",text/html;q=0.6", MaxBytes: fetch.MaxPageBytes})
	if err != nil {
		return f, newsbot.FeedReport{}, err
	}
	if feed.Sniff(resp.Body, resp.ContentType) == "" {
		// A site's home page: follow the feed it announces.
		found := feed.Discover(resp.Body, resp.URL, resp.ContentType)
		if len(found) == 0 {
			return f, newsbot.FeedReport{}, newsbot.Errorf(newsbot.EINVALID,
				"That address is not an RSS, Atom or JSON feed, and the page links to none. Give the feed's own address (it often ends in /feed, /rss or .xml).")
		}
		if _, err := fetch.CheckURL(found[0]); err != nil {
			return f, newsbot.FeedReport{}, err
		}
		f.URL = CanonicalURL(found[0])
		if err := s.notFollowed(ctx, f); err != nil {
			return f, newsbot.FeedReport{}, err
		}
		if resp, err = s.Web.Client.Get(ctx, fetch.Request{URL: f.URL, Accept: acceptFeed, MaxBytes: fetch.MaxFeedBytes}); err != nil {
			return f, newsbot.FeedReport{}, err
		}
	}
	if len(resp.Body) > fetch.MaxFeedBytes {
		return f, newsbot.FeedReport{}, newsbot.Errorf(newsbot.EINVALID, "That feed is larger than %d MiB, more than I read from one feed.", fetch.MaxFeedBytes>>20)
	}
	fd, err := parseFeed(resp)
	if err != nil {
		return f, newsbot.FeedReport{}, err
	}
	if moved := CanonicalURL(resp.URL); resp.Moved && moved != f.URL {
		// The feed has moved for good: follow it where it is now.
		f.URL = moved
		if err := s.notFollowed(ctx, f); err != nil {
			return f, newsbot.FeedReport{}, err
		}
	}

	now := s.now()
	f.Title = fd.Title
	f.LastCheck, f.LastSuccess = now, now
	f.NextCheck = now.Add(s.interval())
	if err := s.addNamed(ctx, &f, u); err != nil {
		return f, newsbot.FeedReport{}, err
	}
	budget := s.AddBudget
	if budget <= 0 {
		budget = DefaultAddBudget
	}
	rep, _, err := s.Web.storeItems(ctx, f.URL, fd, time.Now().Add(budget))
	if err != nil {
		return f, rep, err
	}
	f.ETag, f.LastModified = resp.ETag, resp.LastModified
	if rep.Pending > 0 {
		f.ETag, f.LastModified = "", ""
		f.NextCheck = s.now().Add(time.Minute)
	}
	if err := s.Store.SaveFeedState(ctx, f); err != nil {
		return f, rep, err
	}
	return f, rep, nil
}

func (s *Subscriptions) interval() time.Duration {
	if s.Interval <= 0 {
		return DefaultInterval
	}
	return s.Interval
}

// notFollowed fails with ECONFLICT when the guild already follows f.URL.
func (s *Subscriptions) notFollowed(ctx context.Context, f newsbot.Feed) error {
	old, err := s.Store.FindFeed(ctx, f.GuildID, f.URL)
	switch code := newsbot.ErrorCode(err); {
	case err == nil:
		who := "This server"
		if f.GuildID == "" {
			who = "The command line" // feeds added there belong to no server
		}
		return newsbot.Errorf(newsbot.ECONFLICT, "%s already follows that feed, as “%s”.", who, old.Name)
	case code == newsbot.ENOTFOUND:
		return nil
	default:
		return err
	}
}

// addNamed stores f under the name given, or else under the feed's title
// (or host), numbered when the guild has that name already.
func (s *Subscriptions) addNamed(ctx context.Context, f *newsbot.Feed, u *url.URL) error {
	given := strings.Join(strings.Fields(f.Name), " ")
	if given != "" {
		if utf8.RuneCountInString(given) > maxFeedName {
			return newsbot.Errorf(newsbot.EINVALID, "A feed name can be at most %d characters long.", maxFeedName)
		}
		f.Name = given
		return s.Store.AddFeed(ctx, f)
	}
	base := feedOutlet(f.Title)
	if r := []rune(base); len(r) > maxFeedName {
		base = strings.TrimSpace(string(r[:maxFeedName]))
	}
	if base == "" {
		base = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	var err error
	for n := 1; n <= 20; n++ {
		f.Name = base
		if n > 1 {
			f.Name = fmt.Sprintf("%s (%d)", base, n)
		}
		if err = s.Store.AddFeed(ctx, f); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
			return err
		}
		if err := s.notFollowed(ctx, *f); err != nil {
			return err // a concurrent add of the same URL
		}
	}
	return err
}

// List returns the guild's feeds.
func (s *Subscriptions) List(ctx context.Context, guildID string) ([]newsbot.Feed, error) {
	return s.Store.Feeds(ctx, guildID)
}

// Remove stops following a guild's feed, by name or URL. The articles it
// brought stay in the archive.
func (s *Subscriptions) Remove(ctx context.Context, guildID, ref string) (newsbot.Feed, error) {
	f, err := s.find(ctx, guildID, ref)
	if err != nil {
		return f, err
	}
	return f, s.Store.RemoveFeed(ctx, f.ID)
}

// Pause pauses or resumes a guild's feed, by name or URL, and returns it
// as it was before. A resumed feed is due at once.
func (s *Subscriptions) Pause(ctx context.Context, guildID, ref string, paused bool) (newsbot.Feed, error) {
	f, err := s.find(ctx, guildID, ref)
	if err != nil || f.Paused == paused {
		return f, err
	}
	return f, s.Store.SetFeedPaused(ctx, f.ID, paused, newsbot.PauseByAdmin, s.now())
}

// find looks a feed up by name, URL or the URL as typed.
func (s *Subscriptions) find(ctx context.Context, guildID, ref string) (newsbot.Feed, error) {
	ref = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(ref), "<"), ">")
	f, err := s.Store.FindFeed(ctx, guildID, ref)
	if newsbot.ErrorCode(err) == newsbot.ENOTFOUND && newsbot.IsWebURL(ref) {
		f, err = s.Store.FindFeed(ctx, guildID, CanonicalURL(ref))
	}
	return f, err
}

// Read stores one article page now.
func (s *Subscriptions) Read(ctx context.Context, rawURL string) (*newsbot.Article, newsbot.UpsertResult, error) {
	return s.Web.Page(ctx, strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(rawURL), "<"), ">"))
}
