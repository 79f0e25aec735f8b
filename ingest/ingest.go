// Package ingest brings articles into the archive: local files and folders
// now (plain text, HTML, JSON and JSON Lines), feeds and pages later. The
// parsing itself is pure and lives in ingest/extract; this package walks,
// reads, analyses and stores.
package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/ingest/extract"
)

// Importer stores articles, analysing each first.
type Importer struct {
	Store newsbot.ArticleStore
	// Analyze precomputes what briefings need (briefings.Analyze).
	Analyze func(*newsbot.Article)
	Now     func() time.Time
	Log     *slog.Logger
	// Stories, when set, groups near-duplicates as they are saved (see
	// stories.go).
	Stories newsbot.StoryStore
	storyMu sync.Mutex
}

// Summary counts what an ingest did.
type Summary struct {
	Added, Updated, Unchanged int
	Skipped                   []Skip
}

// Skip is an input that was not stored, and why.
type Skip struct {
	Source string // path, path:line or URL
	Reason string // short and readable
}

func (s *Summary) count(r newsbot.UpsertResult) {
	switch r {
	case newsbot.Added:
		s.Added++
	case newsbot.Updated:
		s.Updated++
	case newsbot.Unchanged:
		s.Unchanged++
	}
}

func (s *Summary) skip(source, reason string) {
	s.Skipped = append(s.Skipped, Skip{Source: source, Reason: reason})
}

// String is the one-paragraph report printed at the end of an ingest.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d added, %d updated, %d unchanged, %d skipped", s.Added, s.Updated, s.Unchanged, len(s.Skipped))
	for _, k := range s.Skipped {
		fmt.Fprintf(&b, "\n  skipped %s: %s", k.Source, k.Reason)
	}
	return b.String()
}

// Save analyses and stores one article built from a document.
func (im *Importer) Save(ctx context.Context, a *newsbot.Article) (newsbot.UpsertResult, error) {
	if im.Analyze != nil {
		im.Analyze(a)
	}
	if a.Fetched.IsZero() {
		a.Fetched = im.now()
	}
	res, err := im.Store.UpsertArticle(ctx, a)
	if err == nil && res != newsbot.Unchanged {
		im.groupStory(ctx, a)
	}
	return res, err
}

// Article builds an article from an extracted document. id is the URL or
// identifier to store it under when the document names no canonical URL;
// fallback is the publication time to use when the document has none.
func Article(doc extract.Document, id string, fallback time.Time) *newsbot.Article {
	a := &newsbot.Article{
		URL:       id,
		Title:     doc.Title,
		Outlet:    doc.Outlet,
		Byline:    doc.Byline,
		Published: doc.Published,
		Body:      doc.Body(),
	}
	if doc.CanonicalURL != "" {
		a.URL = CanonicalURL(doc.CanonicalURL)
	}
	if a.Published.IsZero() {
		a.Published = fallback
	}
	if a.Outlet == "" && newsbot.IsWebURL(a.URL) {
		if u, err := url.Parse(a.URL); err == nil {
			a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	return a
}

// trackingParams are query parameters that identify a campaign or a click,
// not a page; two URLs differing only in them are the same article.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "yclid": true, "_ga": true, "ref_src": true, "cmpid": true, "ocid": true,
}

// CanonicalURL normalises a web URL so that one article has one key: the
// scheme and host lower-cased, default ports, fragments and tracking
// parameters (utm_*, fbclid, gclid, ...) dropped. Other identifiers pass
// through unchanged.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && !strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	return u.String()
}

func (im *Importer) now() time.Time {
	if im.Now == nil {
		return time.Now().UTC()
	}
	return im.Now().UTC()
}
