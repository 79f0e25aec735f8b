package ingest_test

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/ingest"
	"github.com/newsbot-dev/newsbot/ingest/fetch"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// site is an httptest server with routes and a count of requests per path.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int
	routes map[string]http.HandlerFunc
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, routes: map[string]http.HandlerFunc{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		h := s.routes[r.URL.Path]
		s.mu.Unlock()
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[path] = h
}

// serve answers path with body as contentType.
func (s *site) serve(path, contentType, body string) {
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, body)
	})
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// story is a fixture article: testdata/web/NAME.txt holds the title, the
// outlet, then a paragraph a line.
type story struct {
	title, outlet string
	paras         []string
}

func loadStory(t *testing.T, name string) story {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "web", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	return story{title: lines[0], outlet: lines[1], paras: lines[2:]}
}

// page renders a story as a news page, with site furniture around it.
func (st story) page(canonical string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><meta charset=\"utf-8\"><title>%s | %s</title>", html.EscapeString(st.title), st.outlet)
	fmt.Fprintf(&b, `<meta property="og:site_name" content="%s">`, st.outlet)
	if canonical != "" {
		fmt.Fprintf(&b, `<link rel="canonical" href="%s">`, canonical)
	}
	b.WriteString(`</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>`)
	fmt.Fprintf(&b, "<article><h1>%s</h1>", html.EscapeString(st.title))
	for _, p := range st.paras {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString(`</article><script>var ads = 1;</script><footer>Copyright the publisher. All rights reserved.</footer></body></html>`)
	return b.String()
}

func (st story) body() string { return strings.Join(st.paras, "\n\n") }

type item struct {
	guid, link, title, description, content, updated string
}

// rss renders an RSS 2.0 feed.
func rss(title string, items ...item) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>%s</title><link>https://example.org/</link>`, html.EscapeString(title))
	for _, it := range items {
		b.WriteString("<item>")
		fmt.Fprintf(&b, "<title>%s</title>", html.EscapeString(it.title))
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", html.EscapeString(it.link))
		}
		if it.guid != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, it.guid)
		}
		b.WriteString("<pubDate>Mon, 13 Apr 2026 09:00:00 GMT</pubDate>")
		fmt.Fprintf(&b, "<description>%s</description>", html.EscapeString(it.description))
		if it.content != "" {
			fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>", it.content)
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

type env struct {
	db  *sqlite.DB
	web *ingest.Web
}

func newEnv(t *testing.T) *env {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	im := &ingest.Importer{Store: db, Analyze: briefings.Analyze, Stories: db, Log: quiet}
	return &env{db: db, web: &ingest.Web{Importer: im, Client: &fetch.Client{AllowPrivate: true, Timeout: 2 * time.Second}, Items: db, Log: quiet}}
}

func (e *env) article(t *testing.T, url string) newsbot.Article {
	t.Helper()
	hits, err := e.db.SearchArticles(context.Background(), newsbot.ParseTopic("the"), 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.URL == url {
			arts, _ := e.db.Articles(context.Background(), []newsbot.ArticleID{h.ID})
			return arts[0]
		}
	}
	t.Fatalf("no article stored at %s", url)
	return newsbot.Article{}
}

func TestFeedTeasersBringFullPages(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	stories := map[string]story{}
	for _, name := range []string{"library", "tram", "orchard"} {
		st := loadStory(t, name)
		stories[name] = st
		s.serve("/news/"+name, "text/html; charset=utf-8", st.page(""))
	}
	s.serve("/feed.xml", "application/rss+xml", rss("Harbour Gazette - Top stories",
		item{guid: "lib-1", link: s.URL + "/news/library?utm_source=rss&utm_medium=feed", title: stories["library"].title,
			description: stories["library"].paras[0]},
		item{guid: "tram-1", link: s.URL + "/news/tram#comments", title: stories["tram"].title, description: "A short teaser …"},
		item{guid: "orchard-1", link: s.URL + "/news/orchard", title: stories["orchard"].title,
			content: "<p>" + stories["orchard"].paras[0] + "</p><p>Read more</p>"},
	))
	sum, err := e.web.Ingest(ctx, s.URL+"/feed.xml")
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if sum.Added != 3 || len(sum.Skipped) != 0 {
		t.Fatalf("first ingest: %s; want 3 added", sum)
	}
	for name, st := range stories {
		a := e.article(t, s.URL+"/news/"+name)
		if a.Body != st.body() {
			t.Errorf("%s: body is not the page's full text:\n%s", name, a.Body)
		}
		if a.Title != st.title || a.GUID == "" || a.Outlet != st.outlet {
			t.Errorf("%s: title %q, guid %q, outlet %q", name, a.Title, a.GUID, a.Outlet)
		}
		if !a.Published.Equal(time.Date(2026, 4, 13, 9, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: published %v; want the feed's date", name, a.Published)
		}
		if len(a.Sentences) == 0 {
			t.Errorf("%s: not analysed", name)
		}
	}

	sum, err = e.web.Ingest(ctx, s.URL+"/feed.xml")
	if err != nil || sum.Added != 0 || sum.Updated != 0 || sum.Unchanged != 3 {
		t.Errorf("second ingest: %s, %v; want 3 unchanged and nothing added", sum, err)
	}
	for name := range stories {
		if n := s.count("/news/" + name); n != 1 {
			t.Errorf("page %s fetched %d times; a known GUID is not fetched again", name, n)
		}
	}
	if st, _ := e.db.Stats(ctx); st.Articles != 3 {
		t.Errorf("archive holds %d articles; want 3", st.Articles)
	}
}

func TestFullContentFeedNeedsNoPage(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	st := loadStory(t, "library")
	content := ""
	for _, p := range st.paras {
		content += "<p>" + html.EscapeString(p) + "</p>\n"
	}
	content += "<script>alert('x')</script><p>Advertisement - scroll to continue</p>"
	s.serve("/feed", "application/rss+xml", rss("Harbour Gazette", item{guid: "g", link: s.URL + "/news/library", title: st.title, content: content}))
	sum, err := e.web.Ingest(ctx, s.URL+"/feed")
	if err != nil || sum.Added != 1 {
		t.Fatalf("Ingest: %s, %v", sum, err)
	}
	if s.count("/news/library") != 0 {
		t.Errorf("the page was fetched although the feed carries the full text")
	}
	if a := e.article(t, s.URL+"/news/library"); a.Body != st.body() || a.Outlet != "Harbour Gazette" {
		t.Errorf("stored %q from %q:\n%s", a.Title, a.Outlet, a.Body)
	}
}

func TestFeedItemUpdatedIsFetchedAgain(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	st := loadStory(t, "tram")
	atom := func(updated string) string {
		return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>` + st.title + `</title><id>tag:valley.example,2026:tram</id><link href="/news/tram"/>
<updated>` + updated + `</updated><summary>Councillors voted on the tram.</summary></entry></feed>`
	}
	s.serve("/atom", "application/atom+xml", atom("2026-04-13T09:00:00Z"))
	s.serve("/news/tram", "text/html", st.page(""))
	if sum, err := e.web.Ingest(ctx, s.URL+"/atom"); err != nil || sum.Added != 1 {
		t.Fatalf("first: %s, %v", sum, err)
	}
	edited := st
	edited.paras = append(append([]string{}, st.paras...), "A second vote on Friday approved the budget for the first phase of the work by twenty-eight votes to fifteen.")
	s.serve("/news/tram", "text/html", edited.page(""))
	if sum, err := e.web.Ingest(ctx, s.URL+"/atom"); err != nil || sum.Unchanged != 1 || s.count("/news/tram") != 1 {
		t.Fatalf("same updated date: %s, %v; want unchanged without a fetch", sum, err)
	}
	s.serve("/atom", "application/atom+xml", atom("2026-04-14T09:00:00Z"))
	if sum, err := e.web.Ingest(ctx, s.URL+"/atom"); err != nil || sum.Updated != 1 {
		t.Fatalf("later updated date: %s, %v; want the page fetched and the article updated", sum, err)
	}
	if a := e.article(t, s.URL+"/news/tram"); !strings.Contains(a.Body, "second vote") {
		t.Errorf("body not updated:\n%s", a.Body)
	}
}

func TestFeedItemPageFailures(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	e.web.Client = &fetch.Client{AllowPrivate: true, Timeout: 300 * time.Millisecond}
	s := newSite(t)
	library, orchard := loadStory(t, "library"), loadStory(t, "orchard")
	fail := true
	var mu sync.Mutex
	s.handle("/news/flaky", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if fail {
			http.Error(w, "upstream timeout", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, library.page(""))
	})
	s.handle("/news/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	s.serve("/news/image", "image/jpeg", "\xff\xd8\xff\xe0 not really a jpeg")
	s.serve("/feed", "application/rss+xml", rss("Gazette",
		item{guid: "flaky", link: s.URL + "/news/flaky", title: library.title, description: "Teaser."},
		item{guid: "slow", link: s.URL + "/news/slow", title: "Slow", description: "Teaser."},
		item{guid: "gone-long", link: s.URL + "/news/gone", title: orchard.title, description: orchard.paras[0] + " " + orchard.paras[1]},
		item{guid: "gone-short", link: s.URL + "/news/gone2", title: "Gone", description: "Too short to keep."},
		item{guid: "image", link: s.URL + "/news/image", title: "A photo", description: "A photo."},
	))
	sum, err := e.web.Ingest(ctx, s.URL+"/feed")
	if err != nil {
		t.Fatal(err)
	}
	// flaky (502) and slow are pending; gone-long is kept from the feed's
	// own text; gone-short and image are skipped for good.
	if sum.Added != 1 || len(sum.Skipped) != 3 || !strings.Contains(sum.String(), "2 items could not be fetched just now") {
		t.Fatalf("first run: %s", sum)
	}
	if a := e.article(t, s.URL+"/news/gone"); !strings.HasPrefix(a.Body, orchard.paras[0]) || a.Title != orchard.title {
		t.Errorf("fallback to the feed's text: %q %q", a.Title, a.Body)
	}
	if !strings.Contains(sum.String(), "does not exist (HTTP 404") || !strings.Contains(sum.String(), "not a web page (it sends image/jpeg)") {
		t.Errorf("skip reasons are not readable: %s", sum)
	}
	mu.Lock()
	fail = false
	mu.Unlock()
	sum, err = e.web.Ingest(ctx, s.URL+"/feed")
	if err != nil || sum.Added != 1 || sum.Unchanged != 3 {
		t.Fatalf("second run: %s, %v; want the flaky page added now and the rest left alone", sum, err)
	}
	if s.count("/news/gone2") != 1 || s.count("/news/image") != 1 || s.count("/news/flaky") != 2 || s.count("/news/slow") != 2 {
		t.Errorf("fetch counts: gone2 %d image %d flaky %d slow %d; pending items are retried, finished ones are not",
			s.count("/news/gone2"), s.count("/news/image"), s.count("/news/flaky"), s.count("/news/slow"))
	}
}

func TestPoll(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	st := loadStory(t, "tram")
	s.serve("/news/tram", "text/html", st.page(""))
	feedXML := rss("Valley Courier", item{guid: "t", link: s.URL + "/news/tram", title: st.title, description: "Teaser."})
	s.handle("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Cache-Control", "max-age=3600")
		fmt.Fprint(w, feedXML)
	})
	s.handle("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "900")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	s.handle("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	s.serve("/malformed", "text/xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a`)
	s.serve("/page", "text/html", st.page(""))

	f := newsbot.Feed{URL: ingest.CanonicalURL(s.URL + "/feed")}
	check := e.web.Poll(ctx, f)
	if check.Err != nil || check.NotModified || check.Report.Added != 1 || check.Report.Title != "Valley Courier" ||
		check.ETag != `"v1"` || check.FreshFor != time.Hour || check.Checked.IsZero() {
		t.Fatalf("first poll = %+v", check)
	}
	f.ETag = check.ETag
	if check := e.web.Poll(ctx, f); check.Err != nil || !check.NotModified || check.ETag != `"v1"` {
		t.Errorf("conditional poll = %+v; want 304 not modified, validators kept", check)
	}
	check = e.web.Poll(ctx, newsbot.Feed{URL: s.URL + "/busy"})
	if newsbot.ErrorCode(check.Err) != newsbot.EUNAVAILABLE || check.RetryAfter != 15*time.Minute {
		t.Errorf("429 poll = %+v; want EUNAVAILABLE with Retry-After 15m", check)
	}
	check = e.web.Poll(ctx, newsbot.Feed{URL: s.URL + "/broken"})
	if newsbot.ErrorCode(check.Err) != newsbot.EUNAVAILABLE || strings.Contains(newsbot.ErrorMessage(check.Err), "oops") {
		t.Errorf("500 poll = %+v", check)
	}
	for _, path := range []string{"/malformed", "/page"} {
		check = e.web.Poll(ctx, newsbot.Feed{URL: s.URL + path})
		if newsbot.ErrorCode(check.Err) != newsbot.EINVALID {
			t.Errorf("poll of %s = %v; want EINVALID", path, check.Err)
		}
	}
	if msg := newsbot.ErrorMessage(e.web.Poll(ctx, newsbot.Feed{URL: s.URL + "/malformed"}).Err); msg != "That feed is malformed, so I cannot read it." {
		t.Errorf("malformed message = %q", msg)
	}
}

// TestPollReportsPermanentMoves: a feed reached through permanent
// redirects only reports its new address, canonical; a temporary redirect
// anywhere on the way, or none, reports no move. The items are still
// recorded under the address polled, for the store to carry over.
func TestPollReportsPermanentMoves(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	s.serve("/rss.xml", "application/rss+xml", rss("Valley Courier", item{guid: "t", title: "Tram line opens",
		description: strings.Repeat("The new tram line opened on Monday to crowds of commuters. ", 10)}))
	redirect := func(from, to string, code int) {
		s.handle(from, func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, code) })
	}
	redirect("/moved", "/rss.xml?utm_source=redirect", http.StatusMovedPermanently)
	redirect("/moved-308", "/moved", http.StatusPermanentRedirect)
	redirect("/found", "/rss.xml", http.StatusFound)
	redirect("/temporary", "/rss.xml", http.StatusTemporaryRedirect)
	redirect("/moved-then-found", "/found", http.StatusMovedPermanently)
	for _, tt := range []struct{ path, want string }{
		{"/rss.xml", ""},
		{"/moved", s.URL + "/rss.xml"},
		{"/moved-308", s.URL + "/rss.xml"},
		{"/found", ""},
		{"/temporary", ""},
		{"/moved-then-found", ""},
	} {
		check := e.web.Poll(ctx, newsbot.Feed{URL: ingest.CanonicalURL(s.URL + tt.path)})
		if check.Err != nil || check.MovedTo != tt.want {
			t.Errorf("poll of %s: MovedTo %q, err %v; want %q", tt.path, check.MovedTo, check.Err, tt.want)
		}
	}
	if seen, _ := e.db.SeenFeedItems(ctx, s.URL+"/moved", []string{"t"}); len(seen) != 1 {
		t.Errorf("the item of the feed polled at /moved was not recorded under /moved")
	}
	// A permanent redirect to something that is not a feed is a failure, not a move.
	s.serve("/home", "text/html", "<html><body><p>Welcome.</p></body></html>")
	redirect("/moved-home", "/home", http.StatusMovedPermanently)
	if check := e.web.Poll(ctx, newsbot.Feed{URL: s.URL + "/moved-home"}); check.Err == nil || check.MovedTo != "" {
		t.Errorf("poll of a feed moved to a page = %+v; want an error and no move", check)
	}
}

func TestPages(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	library, tram := loadStory(t, "library"), loadStory(t, "tram")
	s.serve("/a/library", "text/html", library.page(s.URL+"/news/library-reopens"))
	s.serve("/a/tram", "text/html", tram.page("https://elsewhere.example/news/tram"))
	s.serve("/feed", "application/atom+xml", `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`)
	s.serve("/nav", "text/html", `<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head><body><nav><a href="/">Home</a></nav></body></html>`)

	a, res, err := e.web.Page(ctx, s.URL+"/a/library?utm_campaign=x")
	if err != nil || res != newsbot.Added {
		t.Fatalf("Page: %v %v", res, err)
	}
	if a.URL != s.URL+"/news/library-reopens" || a.Body != library.body() || a.Title != library.title {
		t.Errorf("same-site rel=canonical is followed: %q %q", a.URL, a.Title)
	}
	if _, res, _ := e.web.Page(ctx, s.URL+"/a/library"); res != newsbot.Unchanged {
		t.Errorf("reading the page again = %v; want unchanged", res)
	}
	a, _, err = e.web.Page(ctx, s.URL+"/a/tram")
	if err != nil || a.URL != s.URL+"/a/tram" {
		t.Errorf("a canonical URL on another site is ignored: %v %v", a, err)
	}
	for path, want := range map[string]string{
		"/feed":    "is a news feed",
		"/nav":     "links to a feed, " + s.URL + "/feed",
		"/missing": "does not exist",
	} {
		if _, _, err := e.web.Page(ctx, s.URL+path); !strings.Contains(newsbot.ErrorMessage(err), want) {
			t.Errorf("Page(%s) = %v; want a message saying %q", path, err, want)
		}
	}
	if _, _, err := e.web.Page(ctx, "ftp://example.org/x"); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("Page(ftp://) = %v", err)
	}
}

func TestWebCharsets(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	paras := "<p>Caf\xe9 owners on the quay said the season started early, with d\xe9j\xe0 full terraces by ten in the morning and queues for ice cream along the harbour wall.</p>" +
		"<p>\x93It is the best April we have had,\x94 said Zo\xeb Marchetti, who has run the kiosk by the ferry for twenty years.</p>"
	s.serve("/latin1", "text/html; charset=ISO-8859-1", "<html><head><title>Quay cafes busy</title></head><body><article>"+paras+"</article></body></html>")
	s.serve("/mislabelled", "text/html; charset=utf-8", "<html><head><title>Quay cafes busy</title></head><body><article>"+paras+"</article></body></html>")
	s.serve("/feed", "text/xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Quay News</title><item><title>Caf\xe9s busy</title>"+
		"<link>"+s.URL+"/latin1</link><guid>q</guid><description>x</description></item></channel></rss>")
	for _, path := range []string{"/latin1", "/mislabelled"} {
		a, _, err := e.web.Page(ctx, s.URL+path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Body, "Café owners") || !strings.Contains(a.Body, "“It is the best April we have had,” said Zoë Marchetti") {
			t.Errorf("%s: body decoded wrongly:\n%s", path, a.Body)
		}
	}
	if sum, err := e.web.Ingest(ctx, s.URL+"/feed"); err != nil || sum.Updated+sum.Unchanged != 1 {
		t.Fatalf("feed: %s %v", sum, err)
	}
	if a := e.article(t, s.URL+"/latin1"); a.Title != "Cafés busy" {
		t.Errorf("feed title with undeclared Windows-1252 = %q", a.Title)
	}
}

// TestSyndicatedStoryIsOneStory: five outlets print the same wire report
// (one verbatim, one trimmed, one re-led, one house-styled, one with a
// local paragraph); they are stored as five articles of one story, and a
// report written independently about the same event is a story of its own.
func TestSyndicatedStoryIsOneStory(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	outlets := map[string]string{"copy-identical": "Coastal Herald", "copy-trimmed": "Inland Times",
		"copy-new-lede": "Port Daily", "copy-edited": "Continental Post", "copy-local": "Kaliakra Voice", "independent-1": "Shipping Weekly"}
	var items []item
	for _, name := range []string{"original", "copy-identical", "copy-trimmed", "copy-new-lede", "copy-edited", "copy-local", "independent-1"} {
		data, err := os.ReadFile(filepath.Join("testdata", "wire", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		blocks := strings.Split(strings.TrimSpace(string(data)), "\n\n")
		st := story{title: blocks[0], outlet: outlets[name], paras: blocks[1:]}
		if st.outlet == "" {
			st.outlet = "Meridian Wire"
		}
		s.serve("/"+name, "text/html", st.page(""))
		items = append(items, item{guid: name, link: s.URL + "/" + name, title: st.title, description: "Teaser."})
	}
	s.serve("/feed", "application/rss+xml", rss("Wire roundup", items...))
	if sum, err := e.web.Ingest(ctx, s.URL+"/feed"); err != nil || sum.Added != 7 {
		t.Fatalf("Ingest: %s, %v", sum, err)
	}
	stories := map[newsbot.ArticleID][]string{}
	for _, name := range []string{"original", "copy-identical", "copy-trimmed", "copy-new-lede", "copy-edited", "copy-local", "independent-1"} {
		a := e.article(t, s.URL+"/"+name)
		stories[a.StoryID] = append(stories[a.StoryID], a.Outlet)
	}
	if len(stories) != 2 {
		t.Fatalf("stories = %v; want the wire story with six sources and the independent report", stories)
	}
	for _, outlets := range stories {
		if len(outlets) != 6 && len(outlets) != 1 {
			t.Errorf("a story with sources %v", outlets)
		}
	}
}

func TestGroupStoriesBackfills(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	plain := &ingest.Importer{Store: e.db, Analyze: briefings.Analyze} // stores without grouping, as before stories existed
	for _, name := range []string{"original", "copy-trimmed", "independent-2"} {
		if sum, err := plain.Files(ctx, []string{filepath.Join("testdata", "wire", name+".txt")}, nil); err != nil || sum.Added != 1 {
			t.Fatalf("store %s: %s, %v", name, sum, err)
		}
	}
	n, err := e.web.Importer.GroupStories(ctx, 100)
	if err != nil || n != 3 {
		t.Fatalf("GroupStories = %d, %v; want 3", n, err)
	}
	if n, _ := e.web.Importer.GroupStories(ctx, 100); n != 0 {
		t.Errorf("GroupStories again = %d; want 0", n)
	}
	hits, _ := e.db.SearchArticles(ctx, newsbot.ParseTopic("Helga Marit"), 10)
	stories := map[newsbot.ArticleID]int{}
	for _, h := range hits {
		stories[h.StoryID]++
	}
	if len(hits) != 3 || len(stories) != 2 {
		t.Errorf("after the backfill: %d hits in stories %v; want the two copies together and the report apart", len(hits), stories)
	}
}

func TestSubscriptions(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	library := loadStory(t, "library")
	s.serve("/news/library", "text/html", library.page(""))
	s.serve("/feed.xml", "application/rss+xml", rss("Harbour Gazette - Top stories",
		item{guid: "lib", link: s.URL + "/news/library", title: library.title, description: "Teaser."}))
	s.serve("/", "text/html", `<html><head><link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml"></head><body>Home</body></html>`)
	s.serve("/about", "text/html", `<html><body><p>We are a newspaper.</p></body></html>`)
	now := time.Date(2026, 4, 13, 10, 0, 0, 0, time.UTC)
	subs := &ingest.Subscriptions{Store: e.db, Web: e.web, Interval: 20 * time.Minute, Now: func() time.Time { return now }}

	f, rep, err := subs.Add(ctx, newsbot.Feed{GuildID: "g1", ChannelID: "c1", AddedBy: "u1", URL: s.URL + "/"})
	if err != nil {
		t.Fatalf("Add by home page: %v", err)
	}
	if f.URL != s.URL+"/feed.xml" || f.Name != "Harbour Gazette" || f.Title != "Harbour Gazette - Top stories" || f.ID == 0 {
		t.Errorf("added feed = %+v; want the discovered feed named after its title", f)
	}
	if rep.Found != 1 || rep.Added != 1 {
		t.Errorf("report = %+v; want 1 found, 1 added", rep)
	}
	stored, _ := e.db.FindFeed(ctx, "g1", "harbour gazette")
	if !stored.NextCheck.Equal(now.Add(20*time.Minute)) || !stored.LastSuccess.Equal(now) || stored.ChannelID != "c1" || stored.AddedBy != "u1" {
		t.Errorf("stored feed = %+v", stored)
	}

	if _, _, err := subs.Add(ctx, newsbot.Feed{GuildID: "g1", URL: s.URL + "/feed.xml#x"}); newsbot.ErrorCode(err) != newsbot.ECONFLICT ||
		!strings.Contains(newsbot.ErrorMessage(err), "already follows that feed, as “Harbour Gazette”") {
		t.Errorf("adding it again = %v", err)
	}
	f2, rep, err := subs.Add(ctx, newsbot.Feed{GuildID: "g2", URL: s.URL + "/feed.xml", Name: "  Gazette   news "})
	if err != nil || f2.Name != "Gazette news" || rep.Unchanged != 1 || rep.Added != 0 {
		t.Errorf("another guild adds the same feed: %+v %+v %v; want its own name, items already stored", f2, rep, err)
	}
	// A feed that moved for good is followed at its new address; one
	// redirected for now at the address given.
	s.handle("/old-feed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feed.xml", http.StatusMovedPermanently)
	})
	s.handle("/for-now", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/feed.xml", http.StatusFound) })
	if f, _, err := subs.Add(ctx, newsbot.Feed{GuildID: "g3", URL: s.URL + "/old-feed"}); err != nil || f.URL != s.URL+"/feed.xml" {
		t.Errorf("adding a feed that moved permanently: %+v, %v; want it stored at its new address", f, err)
	}
	if _, _, err := subs.Add(ctx, newsbot.Feed{GuildID: "g3", URL: s.URL + "/old-feed"}); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("adding the moved feed again = %v; want ECONFLICT, not a second feed", err)
	}
	if f, _, err := subs.Add(ctx, newsbot.Feed{GuildID: "g3", URL: s.URL + "/for-now"}); err != nil || f.URL != s.URL+"/for-now" {
		t.Errorf("adding a feed redirected for now: %+v, %v; want it stored at the address given", f, err)
	}
	if _, _, err := subs.Add(ctx, newsbot.Feed{GuildID: "g1", URL: s.URL + "/about"}); newsbot.ErrorCode(err) != newsbot.EINVALID ||
		!strings.Contains(newsbot.ErrorMessage(err), "links to none") {
		t.Errorf("adding a page without a feed = %v", err)
	}
	if list, _ := subs.List(ctx, "g1"); len(list) != 1 || list[0].Articles != 1 {
		t.Errorf("List(g1) = %+v", list)
	}

	before, err := subs.Pause(ctx, "g1", "HARBOUR gazette", true)
	if err != nil || before.Paused {
		t.Fatalf("Pause: %+v %v", before, err)
	}
	if before, _ := subs.Pause(ctx, "g1", "Harbour Gazette", true); !before.Paused {
		t.Errorf("pausing twice: the second sees it paused")
	}
	if _, err := subs.Pause(ctx, "g2", "Harbour Gazette", true); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("g2 pausing g1's feed by name = %v; want ENOTFOUND", err)
	}
	if _, err := subs.Pause(ctx, "g1", s.URL+"/feed.xml", false); err != nil {
		t.Errorf("resume by URL: %v", err)
	}
	if due, _ := e.db.DueFeeds(ctx, now, 10); len(due) != 1 || due[0].GuildID != "g1" {
		t.Errorf("a resumed feed is due at once: %+v", due)
	}
	if _, err := subs.Remove(ctx, "g1", "<"+s.URL+"/feed.xml>"); err != nil {
		t.Errorf("Remove by <URL>: %v", err)
	}
	if list, _ := subs.List(ctx, "g1"); len(list) != 0 {
		t.Errorf("after Remove: %+v", list)
	}
	if list, _ := subs.List(ctx, "g2"); len(list) != 1 {
		t.Errorf("g2's feed went too: %+v", list)
	}
	if _, err := subs.Remove(ctx, "g1", "Harbour Gazette"); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("Remove twice = %v", err)
	}
}

func TestSubscriptionAddWithinBudget(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t)
	s := newSite(t)
	e.web.PageWorkers = 1
	var items []item
	for i := 0; i < 5; i++ {
		path := fmt.Sprintf("/news/%d", i)
		st := loadStory(t, []string{"library", "tram", "orchard"}[i%3])
		st.title = fmt.Sprintf("%s (%d)", st.title, i)
		st.paras = append([]string{fmt.Sprintf("Part %d of the series.", i)}, st.paras...)
		s.handle(path, func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(60 * time.Millisecond)
			fmt.Fprint(w, st.page(""))
		})
		items = append(items, item{guid: path, link: s.URL + path, title: st.title, description: "Teaser."})
	}
	s.serve("/feed", "application/rss+xml", rss("Slow Site", items...))
	subs := &ingest.Subscriptions{Store: e.db, Web: e.web, AddBudget: 100 * time.Millisecond}
	f, rep, err := subs.Add(ctx, newsbot.Feed{GuildID: "g", URL: s.URL + "/feed"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Found != 5 || rep.Added == 0 || rep.Pending == 0 || rep.Added+rep.Pending != 5 {
		t.Errorf("report = %+v; want some added, the rest pending", rep)
	}
	stored, _ := e.db.FindFeed(ctx, "g", f.URL)
	if stored.ETag != "" || stored.NextCheck.After(time.Now().Add(2*time.Minute)) {
		t.Errorf("with items pending, the feed is checked again soon, in full: %+v", stored)
	}
}
