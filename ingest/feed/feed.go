// Package feed reads RSS 0.9x, 1.0 and 2.0, Atom 1.0 and JSON Feed
// documents (through github.com/mmcdole/gofeed, the only importer of it)
// into the few fields the archive needs. It is a pure parser: bytes in,
// items out, no HTTP and no clock. Charsets are settled here, before the
// XML parser sees the bytes, because feeds declare them wrongly often.
package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"golang.org/x/net/html"

	"github.com/newsbot-dev/newsbot"
)

// Feed is a parsed feed.
type Feed struct {
	Title  string
	Link   string // the site's home page, absolute; "" if none
	Format string // "rss", "atom" or "json"
	Items  []Item
}

// Item is one entry of a feed.
type Item struct {
	// GUID identifies the item within its feed: its guid or id, else its
	// link, else a hash of its title and date. Never empty.
	GUID  string
	Link  string // the article's address, absolute; "" if none
	Title string // plain text
	// Author is the first author's name, "" if none.
	Author string
	// Published and Updated are in the UTC offset the feed gave them with
	// (see newsbot.AsPublished), zero when the feed gives none.
	Published, Updated time.Time
	// The item's text as the feed carries it: the full content when there
	// is one, else the description or summary. Exactly one of HTML (markup)
	// and Text (plain text) is set, or neither.
	HTML, Text string
	// Summary is true when the text is a description or summary rather
	// than the item's content: usually a teaser.
	Summary bool
}

// ErrNotFeed is wrapped by Parse's error when the document is not a feed
// at all (an HTML page, say); other errors mean a feed that is broken.
var ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")

// Parse reads a feed. feedURL (may be "") resolves relative links;
// contentType is the HTTP Content-Type, whose charset is used unless a
// byte order mark says otherwise or the bytes plainly disagree.
func Parse(data []byte, feedURL, contentType string) (f Feed, err error) {
	defer func() {
		// A hostile document must not take the poller down with it.
		if r := recover(); r != nil {
			f, err = Feed{}, fmt.Errorf("feed: the parser failed on this document: %v", r)
		}
	}()
	text := decode(data, contentType)
	if Sniff([]byte(text), "") == "" {
		return Feed{}, fmt.Errorf("feed: %w", ErrNotFeed)
	}
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	gf, err := p.Parse(strings.NewReader(text))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return Feed{}, fmt.Errorf("feed: %w", ErrNotFeed)
	}
	if err != nil {
		return Feed{}, fmt.Errorf("feed: %w", err)
	}
	// Relative links are relative to the document (Atom's xml:base is
	// applied by the parser).
	base, err := url.Parse(feedURL)
	if err != nil {
		base = nil
	}
	f = Feed{Title: plain(gf.Title), Format: gf.FeedType}
	if f.Link = resolve(base, gf.Link); !isWebURL(f.Link) {
		f.Link = ""
	}
	var original *jsonfeed.Feed
	if jf, ok := gf.OriginalFeed().(*jsonfeed.Feed); ok {
		original = jf
	}
	for i, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := Item{Title: plain(gi.Title)}
		link := gi.Link
		if link == "" && len(gi.Links) > 0 {
			link = gi.Links[0]
		}
		if link == "" && isWebURL(gi.GUID) {
			link = gi.GUID // RSS <guid isPermaLink="true">, Atom ids that are URLs
		}
		if it.Link = resolve(base, link); !isWebURL(it.Link) {
			it.Link = ""
		}
		if len(gi.Authors) > 0 && gi.Authors[0] != nil {
			it.Author = plain(gi.Authors[0].Name)
		}
		if gi.PublishedParsed != nil {
			it.Published = withOffset(*gi.PublishedParsed, gi.Published)
		}
		if gi.UpdatedParsed != nil {
			it.Updated = withOffset(*gi.UpdatedParsed, gi.Updated)
		}
		content, summary := strings.TrimSpace(gi.Content), false
		if content == "" {
			content, summary = strings.TrimSpace(gi.Description), true
		}
		switch {
		case original != nil && i < len(original.Items) && original.Items[i] != nil &&
			original.Items[i].ContentHTML == "" && original.Items[i].ContentText != "":
			it.Text = content // JSON Feed content_text is plain text by definition
		case looksLikeHTML(content):
			it.HTML = content
		default:
			it.Text = content
		}
		it.Summary = summary && content != ""
		it.GUID = strings.TrimSpace(gi.GUID)
		if it.GUID == "" {
			it.GUID = it.Link
		}
		if it.GUID == "" {
			h := sha256.Sum256([]byte(it.Title + "\x00" + it.Published.UTC().Format(time.RFC3339) + "\x00" + content))
			it.GUID = "sha256:" + hex.EncodeToString(h[:12])
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// offsetLayouts are the dates with a numeric UTC offset that feeds write:
// RSS's RFC 822 dates and Atom's and JSON Feed's RFC 3339.
var offsetLayouts = []string{time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700", time.RFC3339Nano}

// withOffset returns the time gofeed parsed from raw in the UTC offset raw
// was written with (see newsbot.AsPublished). gofeed reads many date
// formats but gives RSS and Atom dates in UTC; the offset is taken from a
// strict reading of raw only when that reading is the same instant, and
// otherwise (a zone name such as "EST") the time stays in UTC.
func withOffset(parsed time.Time, raw string) time.Time {
	raw = strings.TrimSpace(raw)
	for _, layout := range offsetLayouts {
		if t, err := time.Parse(layout, raw); err == nil && t.Equal(parsed) {
			return newsbot.AsPublished(t)
		}
	}
	return newsbot.AsPublished(parsed)
}

func isWebURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// resolve makes ref absolute against base (which may be nil); "" stays "".
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base == nil {
		return u.String()
	}
	return base.ResolveReference(u).String()
}

// looksLikeHTML reports whether s has markup: a tag or an entity. Plain
// text (Atom type="text", descriptions without markup) keeps its line
// breaks as paragraph breaks.
func looksLikeHTML(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '<' {
			c := s[i+1]
			if c == '/' || c == '!' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				return true
			}
		}
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:min(len(s), i+10)], ';'); j > 1 {
				return true
			}
		}
	}
	return false
}

// plain turns a title that may carry markup or entities into plain text
// with single spaces.
func plain(s string) string {
	if strings.ContainsAny(s, "<&") {
		var b strings.Builder
		z := html.NewTokenizer(strings.NewReader(s))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt == html.TextToken {
				b.Write(z.Text()) // entities decoded
			}
		}
		s = b.String()
	}
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}
