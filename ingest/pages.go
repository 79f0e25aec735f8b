package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/publicsuffix"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/ingest/extract"
	"github.com/newsbot-dev/newsbot/ingest/feed"
	"github.com/newsbot-dev/newsbot/ingest/fetch"
)

// Web brings articles in from the web, feeds and pages, through the safe
// client; the parsing is ingest/feed's and ingest/extract's, the storing
// the Importer's. It is safe for concurrent use.
type Web struct {
	Importer *Importer
	Client   *fetch.Client
	// Items remembers stored feed items by GUID; nil means URLs alone
	// keep feed items from being stored twice.
	Items ItemStore
	// PageWorkers bounds how many of one feed's article pages are
	// fetched at once (the client also bounds them per host); default 4.
	PageWorkers int
	// MaxItems bounds how many new items one fetch of a feed takes in,
	// in feed order (newest first, in practice); the rest wait for the
	// next check. Default 100.
	MaxItems int
	Now      func() time.Time
	Log      *slog.Logger
}

// ItemStore is the part of newsbot.FeedStore that dedups feed items.
type ItemStore interface {
	SeenFeedItems(ctx context.Context, feedURL string, guids []string) (map[string]time.Time, error)
	RecordFeedItem(ctx context.Context, feedURL, guid string, updated time.Time, article newsbot.ArticleID) error
}

// Accept headers: what we can read, best first.
const (
	acceptPage = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	acceptFeed = "application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml;q=0.9," +
		"application/xml;q=0.8,text/xml;q=0.8,application/json;q=0.7,*/*;q=0.5"
)

func (w *Web) now() time.Time {
	if w.Now == nil {
		return time.Now().UTC()
	}
	return w.Now().UTC()
}

func (w *Web) log() *slog.Logger {
	if w.Log == nil {
		return slog.Default()
	}
	return w.Log
}

// Page fetches one article page, extracts it and stores it. Errors are
// classified: EINVALID for an address that is not an article page (a
// feed, an image, a page without article text), and the client's codes
// for fetch failures.
func (w *Web) Page(ctx context.Context, rawURL string) (*newsbot.Article, newsbot.UpsertResult, error) {
	if _, err := fetch.CheckURL(rawURL); err != nil {
		return nil, 0, err
	}
	resp, err := w.Client.Get(ctx, fetch.Request{URL: rawURL, Accept: acceptPage, MaxBytes: fetch.MaxPageBytes})
	if err != nil {
		return nil, 0, err
	}
	if feed.Sniff(resp.Body, resp.ContentType) != "" {
		return nil, 0, newsbot.Errorf(newsbot.EINVALID, "That address is a news feed, not an article page; follow it as a feed instead.")
	}
	a, err := w.pageArticle(resp, nil, feedInfo{})
	if err != nil {
		return nil, 0, err
	}
	res, err := w.Importer.Save(ctx, a)
	if err != nil {
		return nil, 0, err
	}
	return a, res, nil
}

// feedInfo is what an article taken from a feed inherits from it.
type feedInfo struct {
	url    string
	outlet string // the feed's title, shortened to a name
}

// pageArticle extracts the article of a fetched page. it, when not nil, is
// the feed item that linked to it: its title, date, author and GUID are
// the feed's word, usually cleaner than the page's.
func (w *Web) pageArticle(resp *fetch.Response, it *feed.Item, fi feedInfo) (*newsbot.Article, error) {
	switch mt := fetch.MediaType(resp.ContentType); mt {
	case "", "text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml":
	default:
		return nil, newsbot.Errorf(newsbot.EINVALID, "That address is not a web page (it sends %s).", mt)
	}
	doc, err := extract.HTML(bytes.NewReader(resp.Body), resp.URL, resp.ContentType)
	if errors.Is(err, extract.ErrNoText) {
		msg := "I found no article text on that page."
		if feeds := feed.Discover(resp.Body, resp.URL, resp.ContentType); len(feeds) > 0 {
			msg += " It links to a feed, " + feeds[0] + ", which could be followed instead."
		}
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Op: "extract " + resp.URL, Err: err, Message: msg}
	}
	if err != nil {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Op: "extract " + resp.URL, Err: err,
			Message: "I could not read that page."}
	}
	// rel=canonical names the page's one address, so that tracking
	// variants of a URL are one article; but only within the same site:
	// a page must not file its text under another outlet's address.
	if !sameSite(doc.CanonicalURL, resp.URL) {
		doc.CanonicalURL = ""
	}
	if doc.Outlet == "" {
		doc.Outlet = fi.outlet
	}
	fallback := w.now()
	if it != nil {
		fallback = firstTime(it.Published, it.Updated, fallback)
	}
	a := Article(doc, CanonicalURL(resp.URL), fallback)
	if it != nil {
		if it.Title != "" {
			a.Title = it.Title
		}
		if !it.Published.IsZero() {
			a.Published = it.Published
		}
		if a.Byline == "" {
			a.Byline = it.Author
		}
		a.GUID = it.GUID
	}
	if reason := unusable(a); reason != "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "I could not use that page: %s.", reason)
	}
	return a, nil
}

func firstTime(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// sameSite reports whether two web addresses belong to one site: the same
// registrable domain (example.co.uk, not co.uk).
func sameSite(a, b string) bool {
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if a == "" || err1 != nil || err2 != nil {
		return false
	}
	ha, hb := strings.ToLower(ua.Hostname()), strings.ToLower(ub.Hostname())
	if ha == hb {
		return true
	}
	da, err1 := publicsuffix.EffectiveTLDPlusOne(ha)
	db, err2 := publicsuffix.EffectiveTLDPlusOne(hb)
	return err1 == nil && err2 == nil && da == db
}

// feedOutlet makes a feed title into an outlet name: "Harbour Gazette -
// World news" is the Harbour Gazette.
func feedOutlet(title string) string {
	for _, sep := range []string{" - ", " | ", " – ", " — ", ": ", " » "} {
		if i := strings.Index(title, sep); i > 0 {
			title = title[:i]
		}
	}
	return strings.TrimSpace(title)
}

// itemID is the archive key of a feed item with no web address.
func itemID(feedURL, guid string) string {
	return fmt.Sprintf("feed-item:%s#%s", feedURL, url.PathEscape(guid))
}
