package commands

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// fakeFeeds records calls and answers from a list of feeds per guild.
type fakeFeeds struct {
	feeds map[string][]newsbot.Feed
	calls []string
	err   error
}

func (f *fakeFeeds) find(guild, ref string) (int, error) {
	for i, fd := range f.feeds[guild] {
		if strings.EqualFold(fd.Name, ref) || fd.URL == ref {
			return i, nil
		}
	}
	return 0, newsbot.Errorf(newsbot.ENOTFOUND, "This server follows no feed called “%s”.", ref)
}

func (f *fakeFeeds) Add(_ context.Context, fd newsbot.Feed) (newsbot.Feed, newsbot.FeedReport, error) {
	f.calls = append(f.calls, "add "+fd.GuildID+" "+fd.ChannelID+" "+fd.AddedBy+" "+fd.URL+" "+fd.Name)
	if f.err != nil {
		return fd, newsbot.FeedReport{}, f.err
	}
	if fd.Name == "" {
		fd.Name = "Harbour Gazette"
	}
	fd.Title = "Harbour Gazette - Top stories"
	fd.NextCheck = testNow.Add(15 * time.Minute)
	return fd, newsbot.FeedReport{Found: 12, Added: 9, Unchanged: 2, Skipped: 1, Pending: 0}, nil
}

func (f *fakeFeeds) List(_ context.Context, guild string) ([]newsbot.Feed, error) {
	f.calls = append(f.calls, "list "+guild)
	return f.feeds[guild], f.err
}

func (f *fakeFeeds) Remove(_ context.Context, guild, ref string) (newsbot.Feed, error) {
	f.calls = append(f.calls, "remove "+guild+" "+ref)
	i, err := f.find(guild, ref)
	if err != nil {
		return newsbot.Feed{}, err
	}
	return f.feeds[guild][i], nil
}

func (f *fakeFeeds) Pause(_ context.Context, guild, ref string, paused bool) (newsbot.Feed, error) {
	f.calls = append(f.calls, "pause "+guild+" "+ref)
	i, err := f.find(guild, ref)
	if err != nil {
		return newsbot.Feed{}, err
	}
	before := f.feeds[guild][i]
	f.feeds[guild][i].Paused = paused
	return before, nil
}

func (f *fakeFeeds) Read(_ context.Context, url string) (*newsbot.Article, newsbot.UpsertResult, error) {
	f.calls = append(f.calls, "read "+url)
	if f.err != nil {
		return nil, 0, f.err
	}
	a := &newsbot.Article{URL: url, Title: "Riverside library reopens", Outlet: "Harbour Gazette",
		Published: time.Date(2026, 4, 13, 0, 0, 0, 0, time.UTC), Sentences: make([]newsbot.Sentence, 6), Quotes: make([]newsbot.Quote, 1)}
	return a, newsbot.Added, nil
}

var testNow = time.Date(2026, 4, 13, 12, 0, 0, 0, time.UTC)

func feedRouter(t *testing.T, feeds *fakeFeeds) (*Router, *bytes.Buffer) {
	var logs bytes.Buffer
	r := New(&Service{Feeds: feeds, Now: func() time.Time { return testNow }, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	return r, &logs
}

func admin(line string) Request {
	req, _ := Parse("!", line)
	req.GuildID, req.ChannelID, req.UserID, req.Admin = "g1", "c1", "u1", true
	return req
}

// TestFeedCommandsWhoMayUseThem: listing a server's feeds changes nothing
// and is open to its members, like !digest list; adding, pausing, resuming
// and removing need Manage Server; !read is an admin command. In a DM the
// feed command says feeds belong to a server, whatever the action, as
// !digest does, rather than asking for a permission there is no server for.
func TestFeedCommandsWhoMayUseThem(t *testing.T) {
	if _, ok := New(&Service{}).Lookup("feed"); ok {
		t.Errorf("feed is registered without a Feeds service")
	}
	feeds := &fakeFeeds{feeds: map[string][]newsbot.Feed{"g1": {{Name: "Harbour Gazette", URL: "https://gazette.example/feed.xml"}}}}
	r, _ := feedRouter(t, feeds)
	if c, ok := r.Lookup("feed"); !ok || c.Admin {
		t.Errorf("feed: registered %v, admin %v; want a command members may use", ok, c.Admin)
	}
	if c, ok := r.Lookup("read"); !ok || !c.Admin {
		t.Errorf("read: registered %v, admin %v; want an admin command", ok, c.Admin)
	}
	member := func(line string) Request {
		req := admin(line)
		req.Admin = false
		return req
	}
	if got := Text(r.Handle(context.Background(), member("!feed list"))); !strings.Contains(got, "Harbour Gazette") {
		t.Errorf("!feed list by a member: %q; want the list", got)
	}
	feeds.calls = nil
	for _, line := range []string{"!feed add https://x.example/rss", "!feed pause Harbour Gazette", "!feed resume Harbour Gazette", "!feed remove Harbour Gazette"} {
		reply := r.Handle(context.Background(), member(line))
		if got := Text(reply); reply.Kind != Warning || !strings.Contains(got, "needs the Manage Server permission") || !strings.Contains(got, "!feed list shows the feeds") {
			t.Errorf("%s by a member: %q", line, got)
		}
	}
	for _, line := range []string{"!feed list", "!feed", "!feed add https://x.example/rss", "!feed remove Harbour Gazette"} {
		dm := member(line)
		dm.GuildID = ""
		got := Text(r.Handle(context.Background(), dm))
		if !strings.Contains(got, "Feeds belong to a server: use !feed ") || strings.Contains(got, "Manage Server") || strings.Contains(got, "newsbot feeds") {
			t.Errorf("%s in a DM: %q", line, got)
		}
	}
	console := admin("!feed list")
	console.GuildID = ""
	if got := Text(r.Handle(context.Background(), console)); !strings.Contains(got, "newsbot feeds add <url>") {
		t.Errorf("!feed list in the console: %q; want the command line's way", got)
	}
	if len(feeds.calls) != 0 {
		t.Errorf("refused requests reached the service: %v", feeds.calls)
	}
	help := Text(r.Handle(context.Background(), admin("!help feed")))
	for _, want := range []string{"!feed <action> [feed] [name]", "feed add https://example.org/rss.xml World news", "Manage Server",
		"every 15 minutes", "Anyone may list"} {
		if !strings.Contains(help, want) {
			t.Errorf("help feed lacks %q:\n%s", want, help)
		}
	}
}

func TestFeedAdd(t *testing.T) {
	feeds := &fakeFeeds{}
	r, _ := feedRouter(t, feeds)
	got := Text(r.Handle(context.Background(), admin("!feed add https://gazette.example/feed.xml Gazette top stories")))
	if want := "add g1 c1 u1 https://gazette.example/feed.xml Gazette top stories"; len(feeds.calls) != 1 || feeds.calls[0] != want {
		t.Errorf("calls = %q; want %q", feeds.calls, want)
	}
	want := "Following “Gazette top stories” <https://gazette.example/feed.xml>\n\n" +
		"• Found 12 articles in “Harbour Gazette - Top stories”: 9 added to the archive, 2 already stored, 1 skipped (no article text).\n" +
		"• Next check in 15 minutes. !feed list shows this server's feeds.\n"
	if got != want {
		t.Errorf("reply =\n%s\nwant\n%s", got, want)
	}

	// The slash form sends named options.
	feeds.calls = nil
	req := Request{Name: "feed", Prefix: "/", Params: map[string]string{"action": "ADD", "feed": "https://gazette.example/feed.xml"},
		GuildID: "g1", ChannelID: "c9", UserID: "u2", Admin: true}
	r.Handle(context.Background(), req)
	if want := "add g1 c9 u2 https://gazette.example/feed.xml "; len(feeds.calls) != 1 || feeds.calls[0] != want {
		t.Errorf("slash calls = %q; want %q", feeds.calls, want)
	}

	if got := Text(r.Handle(context.Background(), admin("!feed add"))); !strings.Contains(got, "Usage: !feed add <url> [name]") {
		t.Errorf("!feed add without a URL: %q", got)
	}
	feeds.err = &newsbot.Error{Code: newsbot.EFORBIDDEN, Err: errors.New("dial tcp 127.0.0.1:80: address on a private network"),
		Message: "That address leads to a private or local network."}
	if got := Text(r.Handle(context.Background(), admin("!feed add http://127.0.0.1/feed"))); got != "That address leads to a private or local network.\n" {
		t.Errorf("refused: %q", got)
	}
	feeds.err = errors.New("sqlite3: database is locked")
	if got := Text(r.Handle(context.Background(), admin("!feed add https://x.example/feed"))); strings.Contains(got, "sqlite") || !strings.Contains(got, "went wrong") {
		t.Errorf("an internal error reached the user: %q", got)
	}
}

func TestFeedList(t *testing.T) {
	feeds := &fakeFeeds{feeds: map[string][]newsbot.Feed{
		"g1": {
			{Name: "Harbour Gazette", URL: "https://gazette.example/feed.xml", Articles: 40, LastSuccess: testNow.Add(-3 * time.Minute),
				NextCheck: testNow.Add(12 * time.Minute)},
			{Name: "Valley Courier", URL: "https://valley.example/rss", Articles: 1, LastSuccess: testNow.Add(-26 * time.Hour),
				LastError: "That site is having trouble (HTTP 503 Service Unavailable).", Failures: 10, Paused: true, PauseReason: newsbot.PauseByFailures},
			{Name: "Quiet", URL: "https://quiet.example/atom", Paused: true, PauseReason: newsbot.PauseByAdmin},
		},
		"g2": {{Name: "Other guild's feed", URL: "https://secret.example/feed"}},
	}}
	r, _ := feedRouter(t, feeds)
	got := Text(r.Handle(context.Background(), admin("!feed list")))
	want := "Feeds of this server\n\n3 feeds\n" +
		"  Harbour Gazette — 40 articles · last read 3 minutes ago · next check in 12 minutes <https://gazette.example/feed.xml>\n" +
		"  Valley Courier — 1 article · last read 26 hours ago · last error: That site is having trouble (HTTP 503 Service Unavailable). · paused after 10 failed checks <https://valley.example/rss>\n" +
		"  Quiet — 0 articles · never read · paused <https://quiet.example/atom>\n"
	if got != want {
		t.Errorf("!feed list =\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(got, "secret.example") || feeds.calls[0] != "list g1" {
		t.Errorf("another guild's feeds leaked: %v", feeds.calls)
	}
	if got := Text(r.Handle(context.Background(), admin("!feed"))); got != want {
		t.Errorf("!feed alone lists too: %q", got)
	}
	req := admin("!feed list")
	req.GuildID = "g3"
	if got := Text(r.Handle(context.Background(), req)); got != "This server follows no feeds yet. !feed add <url> adds one.\n" {
		t.Errorf("no feeds: %q", got)
	}
}

func TestFeedPauseResumeRemove(t *testing.T) {
	feeds := &fakeFeeds{feeds: map[string][]newsbot.Feed{"g1": {{Name: "Harbour Gazette", URL: "https://gazette.example/feed.xml", Articles: 40}}}}
	r, _ := feedRouter(t, feeds)
	for _, tt := range []struct{ line, want string }{
		{"!feed pause harbour gazette", "Paused “Harbour Gazette”. !feed resume Harbour Gazette starts it again.\n"},
		{"!feed pause Harbour Gazette", "“Harbour Gazette” is already paused.\n"},
		{"!feed resume https://gazette.example/feed.xml", "Resumed “Harbour Gazette”; I will check it within a minute.\n"},
		{"!feed resume Harbour Gazette", "“Harbour Gazette” is not paused.\n"},
		{"!feed pause", "Usage: !feed pause <name or address>, for example !feed pause World news.\n"},
		{"!feed pause <https://gazette.example/feed.xml>", "Paused “Harbour Gazette”. !feed resume Harbour Gazette starts it again.\n"},
		{"!feed resume Harbour Gazette", "Resumed “Harbour Gazette”; I will check it within a minute.\n"},
		{"!feed remove Nope", "This server follows no feed called “Nope”.\n"},
		{"!feed remove Harbour Gazette", "I no longer follow “Harbour Gazette”. The 40 articles it brought stay in the archive.\n"},
		{"!feed frobnicate", "!feed takes add, list, pause, resume or remove, for example !feed add https://example.org/rss.xml.\n"},
	} {
		if got := Text(r.Handle(context.Background(), admin(tt.line))); got != tt.want {
			t.Errorf("%s = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestRead(t *testing.T) {
	feeds := &fakeFeeds{}
	r, _ := feedRouter(t, feeds)
	got := Text(r.Handle(context.Background(), admin("!read <https://gazette.example/news/library>")))
	want := "Riverside library reopens <https://gazette.example/news/library>\n\nAdded to the archive: Harbour Gazette · 13 Apr 2026, 6 sentences, 1 quote.\n"
	if got != want || feeds.calls[0] != "read https://gazette.example/news/library" {
		t.Errorf("!read = %q (calls %v), want %q", got, feeds.calls, want)
	}
	if got := Text(r.Handle(context.Background(), admin("!read"))); !strings.Contains(got, "Usage: !read <url>") {
		t.Errorf("!read without a URL: %q", got)
	}
	if got := Text(r.Handle(context.Background(), admin("!read two words"))); !strings.Contains(got, "Usage: !read <url>") {
		t.Errorf("!read with words: %q", got)
	}
}
