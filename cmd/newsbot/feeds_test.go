package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/bot/fakediscord"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// runWith runs newsbot in-process like run, with vars added to its
// environment.
func runWith(t *testing.T, dir string, vars map[string]string, input string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(input), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		if k == "NEWSBOT_DB" {
			return filepath.Join(dir, "data", "newsbot.db")
		}
		return ""
	}}
	err := Main(context.Background(), env, args)
	return stdout.String(), stderr.String(), err
}

var allowPrivate = map[string]string{"NEWSBOT_ALLOW_PRIVATE_NETWORKS": "1"}

// fixtureArticle is testdata/feeds/NAME.txt: a title line, an outlet line,
// then a paragraph a line. All written for these tests.
type fixtureArticle struct {
	name, title, outlet string
	paras               []string
}

func loadFixture(t *testing.T, name string) fixtureArticle {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "feeds", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	return fixtureArticle{name: name, title: lines[0], outlet: lines[1], paras: lines[2:]}
}

func (a fixtureArticle) page() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>%s</title><meta property="og:site_name" content="%s"></head>`,
		html.EscapeString(a.title), a.outlet)
	b.WriteString(`<body><nav><a href="/">Home</a> · <a href="/news">News</a></nav><article><h1>` + html.EscapeString(a.title) + "</h1>")
	for _, p := range a.paras {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString(`</article><aside><h2>Most read</h2><ul><li><a href="/x">Something else entirely</a></li></ul></aside></body></html>`)
	return b.String()
}

// newsSite serves the fixtures as pages under /news/NAME and an RSS feed
// of their teasers at /feed.xml, on loopback.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	articles []fixtureArticle
	status   int // when set, /feed.xml answers it
}

func startNewsSite(t *testing.T, names ...string) *newsSite {
	s := &newsSite{}
	for _, n := range names {
		s.articles = append(s.articles, loadFixture(t, n))
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) add(a fixtureArticle) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.articles = append(s.articles, a)
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.URL.Path == "/feed.xml" {
		if s.status != 0 {
			w.WriteHeader(s.status)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Gazette - News</title>`)
		for i, a := range s.articles {
			fmt.Fprintf(w, `<item><title>%s</title><link>%s/news/%s?utm_source=rss</link><guid isPermaLink="false">%s</guid>`+
				`<pubDate>%s</pubDate><description>%s</description></item>`,
				html.EscapeString(a.title), s.URL, a.name, a.name,
				time.Now().Add(-time.Duration(i+1)*time.Hour).UTC().Format(time.RFC1123Z), html.EscapeString(a.paras[0]))
		}
		fmt.Fprint(w, `</channel></rss>`)
		return
	}
	for _, a := range s.articles {
		if r.URL.Path == "/news/"+a.name {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, a.page())
			return
		}
	}
	http.NotFound(w, r)
}

// storedArticles opens the test's database and returns its articles by URL.
func storedArticles(t *testing.T, dir string) map[string]newsbot.Article {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "data", "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	hits, err := db.Recent(ctx, time.Time{}, time.Now().Add(time.Hour), time.Time{}, 1000)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]newsbot.Article{}
	for _, h := range hits {
		arts, err := db.Articles(ctx, []newsbot.ArticleID{h.ID})
		if err != nil || len(arts) != 1 {
			t.Fatal(err)
		}
		out[h.URL] = arts[0]
	}
	return out
}

// TestFeedAcceptance is issue 4's acceptance, tried as a new user would:
// with a feed served on loopback and NEWSBOT_ALLOW_PRIVATE_NETWORKS=1,
// `newsbot ingest <feed url>` stores its articles with full text; running
// it again adds nothing; !brief on a topic from the feed cites those
// articles; without the setting the same URL is refused with a clear
// message.
func TestFeedAcceptance(t *testing.T) {
	dir := t.TempDir()
	site := startNewsSite(t, "kessholm-ferry", "kessholm-pier", "kessholm-timetable")
	feedURL := site.URL + "/feed.xml"

	out, stderr, err := runWith(t, dir, allowPrivate, "", "ingest", feedURL)
	if err != nil {
		t.Fatalf("ingest %s: %v\n%s", feedURL, err, stderr)
	}
	if !strings.HasPrefix(out, feedURL+": 3 added, 0 updated, 0 unchanged, 0 skipped") {
		t.Errorf("first ingest printed %q; want 3 added", out)
	}
	stored := storedArticles(t, dir)
	for _, a := range site.articles {
		url := site.URL + "/news/" + a.name // tracking parameters dropped
		got, ok := stored[url]
		if !ok {
			t.Errorf("%s not stored (have %d articles)", url, len(stored))
			continue
		}
		if got.Body != strings.Join(a.paras, "\n\n") {
			t.Errorf("%s: stored body is not the page's full text:\n%s", a.name, got.Body)
		}
		if got.Title != a.title || got.Outlet != "Harbour Gazette" || got.GUID != a.name || len(got.Quotes) == 0 && a.name != "kessholm-timetable" {
			t.Errorf("%s: title %q, outlet %q, guid %q, %d quotes", a.name, got.Title, got.Outlet, got.GUID, len(got.Quotes))
		}
	}

	out, _, err = runWith(t, dir, allowPrivate, "", "ingest", feedURL)
	if err != nil || !strings.HasPrefix(out, feedURL+": 0 added, 0 updated, 3 unchanged, 0 skipped") {
		t.Errorf("second ingest = %q, %v; want nothing added", out, err)
	}
	if n := len(storedArticles(t, dir)); n != 3 {
		t.Errorf("archive holds %d articles after two ingests; want 3", n)
	}

	brief := console(t, dir, "!brief kessholm ferry")
	_, sources, ok := strings.Cut(brief, "\nSources\n")
	if !ok || !strings.HasPrefix(brief, "Briefing: kessholm ferry") {
		t.Fatalf("!brief kessholm ferry =\n%s", brief)
	}
	cited := 0
	for _, a := range site.articles {
		if strings.Contains(sources, a.title+" — Harbour Gazette") && strings.Contains(sources, "<"+site.URL+"/news/"+a.name+">") {
			cited++
		}
	}
	if cited < 2 {
		t.Errorf("the briefing cites %d of the feed's articles; want at least 2:\n%s", cited, brief)
	}
	for _, want := range []string{"The ferry between Kessholm and the mainland sailed on Saturday", "Henrik Aalto"} {
		if !strings.Contains(brief, want) {
			t.Errorf("briefing lacks %q:\n%s", want, brief)
		}
	}
	if strings.Contains(brief, "Most read") || strings.Contains(brief, "Something else entirely") {
		t.Errorf("site furniture in the briefing:\n%s", brief)
	}

	// Without the setting: refused, with a sentence that says why and how.
	other := t.TempDir()
	out, stderr, err = runWith(t, other, nil, "", "ingest", feedURL)
	if err == nil {
		t.Fatalf("ingest of a loopback feed without NEWSBOT_ALLOW_PRIVATE_NETWORKS succeeded: %s", out)
	}
	want := "newsbot: " + feedURL + ": That address leads to a private or local network (such as 127.0.0.1 or 192.168.x.x), which I don't read from. " +
		"The bot's operator can allow it with NEWSBOT_ALLOW_PRIVATE_NETWORKS=1.\n"
	if stderr != want {
		t.Errorf("stderr = %q\nwant %q", stderr, want)
	}
	if n := len(storedArticles(t, other)); n != 0 {
		t.Errorf("a refused ingest stored %d articles", n)
	}
}

// TestSyndicatedStoryCitesEveryOutlet: one wire story carried by four
// outlets (verbatim, trimmed, re-led) is stored as one story with four
// sources, and a briefing on it cites all four; a report written
// independently stays a story of its own.
func TestSyndicatedStoryCitesEveryOutlet(t *testing.T) {
	dir := t.TempDir()
	site := startNewsSite(t, "dam-wire", "dam-copy-post", "dam-copy-courier", "dam-copy-lakeside", "dam-independent")
	if _, stderr, err := runWith(t, dir, allowPrivate, "", "ingest", site.URL+"/feed.xml"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	stories := map[newsbot.ArticleID][]string{}
	for _, a := range storedArticles(t, dir) {
		if strings.Contains(a.Body, "Orsa") {
			stories[a.StoryID] = append(stories[a.StoryID], a.Outlet)
		}
	}
	if len(stories) != 2 {
		t.Errorf("stories = %v; want the wire story with four outlets and the independent report", stories)
	}
	brief := console(t, dir, "!brief lake orsa dam")
	_, sources, _ := strings.Cut(brief, "\nSources\n")
	for _, outlet := range []string{"Meridian Wire", "Northern Post", "Valley Courier", "Lakeside News"} {
		if !strings.Contains(sources, "— "+outlet+" ·") {
			t.Errorf("the briefing does not cite %s:\n%s", outlet, brief)
		}
	}
	lead := "Residents of three villages below the dam were told to prepare for a possible evacuation"
	for _, line := range strings.Split(brief, "\n") {
		if strings.Contains(line, lead) && strings.Count(line, "][")+1 < 4 {
			t.Errorf("the wire sentence every copy printed cites fewer than four sources: %s", line)
		}
	}
}

func TestFeedsAndPollSubcommands(t *testing.T) {
	dir := t.TempDir()
	site := startNewsSite(t, "kessholm-ferry")
	vars := map[string]string{"NEWSBOT_ALLOW_PRIVATE_NETWORKS": "1"}
	out, stderr, err := runWith(t, dir, vars, "", "feeds", "add", site.URL+"/feed.xml")
	if err != nil || !strings.Contains(out, `following "Harbour Gazette"`) || !strings.Contains(out, "1 found, 1 added") {
		t.Fatalf("feeds add = %q, %v\n%s", out, err, stderr)
	}
	out, _, _ = runWith(t, dir, vars, "", "feeds")
	if !strings.Contains(out, "(command line)  Harbour Gazette  1") || !strings.Contains(out, "active") {
		t.Errorf("feeds =\n%s", out)
	}
	// There is no server on the command line to speak of.
	if _, stderr, err := runWith(t, dir, vars, "", "feeds", "add", site.URL+"/feed.xml"); err == nil ||
		stderr != "newsbot: The command line already follows that feed, as “Harbour Gazette”.\n" {
		t.Errorf("adding twice = %v %q", err, stderr)
	}
	out, _, err = runWith(t, dir, vars, "", "poll", "--once")
	if err != nil || out != "polled 0 due feeds\n" {
		t.Errorf("poll --once right after adding = %q, %v; nothing is due", out, err)
	}

	// Make it due, as if 15 minutes had passed, with a new article.
	site.add(loadFixture(t, "kessholm-pier"))
	setNextCheck(t, dir, "Harbour Gazette", time.Now().Add(-time.Minute))
	out, _, err = runWith(t, dir, vars, "", "poll", "--once")
	if err != nil || !strings.Contains(out, "Harbour Gazette <"+site.URL+"/feed.xml>: 2 found, 1 added, 0 updated, 1 unchanged") ||
		!strings.HasSuffix(out, "polled 1 due feeds\n") {
		t.Errorf("poll --once when due = %q, %v", out, err)
	}

	// The site fails: the poll records it, the list shows it.
	site.mu.Lock()
	site.status = http.StatusServiceUnavailable
	site.mu.Unlock()
	setNextCheck(t, dir, "Harbour Gazette", time.Now().Add(-time.Minute))
	out, _, _ = runWith(t, dir, vars, "", "poll", "--once")
	if !strings.Contains(out, "failed: That site is having trouble (HTTP 503 Service Unavailable).") {
		t.Errorf("poll of a failing feed = %q", out)
	}
	out, _, _ = runWith(t, dir, vars, "", "feeds")
	if !strings.Contains(out, "failing (1): That site is having trouble") {
		t.Errorf("feeds after a failure =\n%s", out)
	}

	for _, step := range []struct{ action, want string }{{"pause", "pause: Harbour Gazette\n"}, {"resume", "resume: Harbour Gazette\n"}, {"remove", "remove: Harbour Gazette\n"}} {
		if out, stderr, err := runWith(t, dir, vars, "", "feeds", step.action, "harbour", "gazette"); err != nil || out != step.want {
			t.Errorf("feeds %s = %q, %v %s", step.action, out, err, stderr)
		}
	}
	if _, stderr, err := runWith(t, dir, vars, "", "feeds", "remove", "Harbour Gazette"); err == nil ||
		stderr != "newsbot: no feed added on the command line is called \"Harbour Gazette\"; `newsbot feeds` lists every feed, and --guild ID acts on a server's.\n" {
		t.Errorf("removing twice = %v %q", err, stderr)
	}
	if _, stderr, err := runWith(t, dir, nil, "", "poll", "--once", "--feed-interval", "1m"); err == nil || !strings.Contains(err.Error(), "at most every 5m0s") {
		t.Errorf("poll with a 1m interval = %v %s", err, stderr)
	}
}

func setNextCheck(t *testing.T, dir, name string, next time.Time) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "data", "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f, err := db.FindFeed(ctx, "", name)
	if err != nil {
		t.Fatal(err)
	}
	f.NextCheck = next
	if err := db.SaveFeedState(ctx, f); err != nil {
		t.Fatal(err)
	}
}

// TestRunFollowsFeedsAndTellsTheGuild: under `newsbot run`, /feed add
// follows a feed from chat, and a feed failing for the tenth time in a row
// is paused and its channel told, through the bot.
func TestRunFollowsFeedsAndTellsTheGuild(t *testing.T) {
	dir := t.TempDir()
	site := startNewsSite(t, "kessholm-ferry", "kessholm-timetable")
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gateway exploded", http.StatusBadGateway)
	}))
	defer broken.Close()

	// A feed that has failed nine times already and is due.
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "data", "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	failing := newsbot.Feed{GuildID: fakediscord.GuildID, ChannelID: fakediscord.ChannelID, AddedBy: "701", URL: broken.URL + "/rss",
		Name: "Flaky Times", Failures: 9, LastError: "That site is having trouble (HTTP 502 Bad Gateway).", NextCheck: time.Now().Add(-time.Minute)}
	if err := db.AddFeed(ctx, &failing); err != nil {
		t.Fatal(err)
	}
	db.Close()

	fake := fakediscord.New("x")
	defer fake.Close()
	r := startRun(t, fake, dir, map[string]string{"DISCORD_TOKEN": "x", "DISCORD_API_BASE": fake.URL, "NEWSBOT_ALLOW_PRIVATE_NETWORKS": "1"})

	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	notice, err := fake.WaitRequest(wctx, 0, func(req fakediscord.Request) bool {
		return postMessage(req) && strings.Contains(string(req.Body), "Feed paused")
	})
	if err != nil {
		t.Fatalf("no notice posted: %v\nstderr:\n%s", err, r.stderr.String())
	}
	var msg messageBody
	if err := notice.Decode(&msg); err != nil {
		t.Fatal(err)
	}
	text := plainText(msg.Embeds)
	for _, want := range []string{"Feed paused: Flaky Times", "after 10 failed checks", "HTTP 502 Bad Gateway", "feed resume Flaky Times"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "exploded") {
		t.Errorf("the notice shows the server's body:\n%s", text)
	}
	checkNoMentions(t, "feed notice", msg.AllowedMentions)

	// /feed action:add from chat.
	n := fake.Len()
	req := r.send("INTERACTION_CREATE", fakediscord.Command("f1", "701", "feed",
		map[string]string{"action": "add", "feed": site.URL + "/feed.xml"}, fakediscord.PermManageGuild), callback)
	var cb struct {
		Type int         `json:"type"`
		Data messageBody `json:"data"`
	}
	if err := req.Decode(&cb); err != nil {
		t.Fatal(err)
	}
	if cb.Type == 5 {
		edit, err := fake.WaitRequest(wctx, n, fakediscord.Is("PATCH", "/api/v9/webhooks/"+fakediscord.AppID+"/token-f1/messages/@original"))
		if err != nil {
			t.Fatal(err)
		}
		cb.Data = messageBody{}
		edit.Decode(&cb.Data)
	}
	if got := plainText(cb.Data.Embeds); !strings.Contains(got, "Following “Harbour Gazette”") || !strings.Contains(got, "Found 2 articles") {
		t.Errorf("/feed add answered:\n%s", got)
	}
	// A member without Manage Server may list the feeds, not change them.
	req = r.send("INTERACTION_CREATE", fakediscord.Command("f2", "702", "feed", map[string]string{"action": "list"}, fakediscord.PermMember), callback)
	if !strings.Contains(string(req.Body), "Harbour Gazette") {
		t.Errorf("/feed list by a member: %s", req.Body)
	}
	req = r.send("INTERACTION_CREATE", fakediscord.Command("f3", "703", "feed", map[string]string{"action": "remove", "feed": "Harbour Gazette"},
		fakediscord.PermMember), callback)
	if !strings.Contains(string(req.Body), "Manage Server") {
		t.Errorf("/feed remove by a member: %s", req.Body)
	}
	if err := r.stop(); err != nil {
		t.Errorf("run: %v", err)
	}
	if posted := 0; true {
		for _, p := range fake.Posted(fakediscord.ChannelID) {
			if strings.Contains(fmt.Sprint(p.Body), "Feed paused") {
				posted++
			}
		}
		if posted != 1 {
			t.Errorf("the notice was posted %d times; want once", posted)
		}
	}
}

// TestPollFollowsPermanentRedirects: `newsbot poll` follows a feed that
// moved for good (301) to its new address, items and all, so the next poll
// asks there directly; a feed redirected for now (302) keeps its address;
// a feed that moved to an address its server already follows keeps its
// own, and the log says so.
func TestPollFollowsPermanentRedirects(t *testing.T) {
	dir := t.TempDir()
	site := startNewsSite(t, "kessholm-ferry")
	var mu sync.Mutex
	hits := map[string]int{}
	old := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/rss", "/also-rss":
			http.Redirect(w, r, site.URL+"/feed.xml", http.StatusMovedPermanently)
		case "/for-now":
			http.Redirect(w, r, site.URL+"/feed.xml", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer old.Close()
	hitsOf := func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[path]
	}
	addDue := func(name, url string) {
		t.Helper()
		db, err := sqlite.Open(context.Background(), filepath.Join(dir, "data", "newsbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.AddFeed(context.Background(), &newsbot.Feed{URL: url, Name: name, NextCheck: time.Now().Add(-time.Minute)}); err != nil {
			t.Fatal(err)
		}
	}
	addDue("Moved", old.URL+"/rss")
	addDue("Temporary", old.URL+"/for-now")
	vars := map[string]string{"NEWSBOT_ALLOW_PRIVATE_NETWORKS": "1"}
	out, stderr, err := runWith(t, dir, vars, "", "poll", "--once")
	if err != nil || !strings.Contains(out, "Moved <"+old.URL+"/rss>: 1 found") || !strings.Contains(out, "Temporary <"+old.URL+"/for-now>: 1 found") {
		t.Fatalf("poll --once = %q, %v\n%s", out, err, stderr)
	}
	out, _, _ = runWith(t, dir, vars, "", "feeds")
	if !regexp.MustCompile(`Moved\s+1\s.*\s`+regexp.QuoteMeta(site.URL+"/feed.xml")+`\n`).MatchString(out) ||
		!strings.Contains(out, old.URL+"/for-now\n") || strings.Contains(out, old.URL+"/rss") {
		t.Errorf("feeds after the poll =\n%s\nwant Moved at %s/feed.xml, Temporary where it was", out, site.URL)
	}

	// The next poll goes straight to the new address and finds its item
	// already stored.
	setNextCheck(t, dir, "Moved", time.Now().Add(-time.Minute))
	setNextCheck(t, dir, "Temporary", time.Now().Add(-time.Minute))
	out, _, err = runWith(t, dir, vars, "", "poll", "--once")
	if err != nil || !strings.Contains(out, "Moved <"+site.URL+"/feed.xml>: 1 found, 0 added, 0 updated, 1 unchanged") {
		t.Errorf("second poll = %q, %v", out, err)
	}
	if hitsOf("/rss") != 1 || hitsOf("/for-now") != 2 {
		t.Errorf("the old addresses were asked %d (moved) and %d (temporary) times; want 1 and 2", hitsOf("/rss"), hitsOf("/for-now"))
	}

	// Another feed of the command line moves to the address Moved has now.
	addDue("Also moved", old.URL+"/also-rss")
	out, stderr, err = runWith(t, dir, vars, "", "poll", "--once")
	if err != nil || !strings.Contains(out, "Also moved <"+old.URL+"/also-rss>: 1 found") {
		t.Errorf("poll of a feed moved onto a followed address = %q, %v", out, err)
	}
	if !strings.Contains(stderr, "keeping the old address") || !strings.Contains(stderr, "old_url="+old.URL+"/also-rss new_url="+site.URL+"/feed.xml") {
		t.Errorf("the log does not say why the feed kept its address:\n%s", stderr)
	}
	out, _, _ = runWith(t, dir, vars, "", "feeds")
	if !strings.Contains(out, old.URL+"/also-rss\n") || strings.Count(out, site.URL+"/feed.xml\n") != 1 {
		t.Errorf("feeds =\n%s\nwant Also moved at its old address, one feed at the new one", out)
	}
}
