package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

func TestFeedsBelongToTheirGuild(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	add := func(guild, url, name string) error {
		return db.AddFeed(ctx, &newsbot.Feed{GuildID: guild, ChannelID: "c-" + guild, URL: url, Name: name})
	}
	if err := add("g1", "https://example.org/feed", "Example"); err != nil {
		t.Fatalf("AddFeed: %v", err)
	}
	if err := add("g2", "https://example.org/feed", "Example"); err != nil {
		t.Fatalf("AddFeed of the same feed in another guild: %v", err)
	}
	if err := add("g1", "https://other.example/rss", "Other"); err != nil {
		t.Fatalf("AddFeed: %v", err)
	}
	for _, tt := range []struct{ url, name, want string }{
		{"https://example.org/feed", "Again", "already follows that feed"},
		{"https://third.example/rss", "EXAMPLE", "already has a feed named"},
	} {
		err := add("g1", tt.url, tt.name)
		if newsbot.ErrorCode(err) != newsbot.ECONFLICT || !strings.Contains(newsbot.ErrorMessage(err), tt.want) {
			t.Errorf("AddFeed(%s, %s) = %v; want ECONFLICT saying %q", tt.url, tt.name, err, tt.want)
		}
	}

	g1, err := db.Feeds(ctx, "g1")
	if err != nil || len(g1) != 2 || g1[0].Name != "Example" || g1[1].Name != "Other" {
		t.Fatalf("Feeds(g1) = %+v, %v; want Example and Other", g1, err)
	}
	if g2, _ := db.Feeds(ctx, "g2"); len(g2) != 1 || g2[0].ChannelID != "c-g2" {
		t.Errorf("Feeds(g2) = %+v; want its one feed", g2)
	}
	if all, _ := db.AllFeeds(ctx); len(all) != 3 {
		t.Errorf("AllFeeds = %d feeds; want 3", len(all))
	}
	if f, err := db.FindFeed(ctx, "g1", "other"); err != nil || f.URL != "https://other.example/rss" {
		t.Errorf("FindFeed(g1, other) = %+v, %v", f, err)
	}
	if f, err := db.FindFeed(ctx, "g1", "https://other.example/rss"); err != nil || f.Name != "Other" {
		t.Errorf("FindFeed by URL = %+v, %v", f, err)
	}
	if _, err := db.FindFeed(ctx, "g2", "Other"); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("FindFeed(g2, Other) = %v; another guild's feed must be invisible (ENOTFOUND)", err)
	}
	if err := db.RemoveFeed(ctx, g1[1].ID); err != nil {
		t.Fatalf("RemoveFeed: %v", err)
	}
	if err := db.RemoveFeed(ctx, g1[1].ID); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("RemoveFeed twice = %v; want ENOTFOUND", err)
	}
}

func TestFeedStatePersistsAcrossRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "feeds.db")
	t0 := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	f := newsbot.Feed{GuildID: "g", URL: "https://example.org/feed", Name: "Example", NextCheck: t0}
	if err := db.AddFeed(ctx, &f); err != nil {
		t.Fatal(err)
	}
	due, err := db.DueFeeds(ctx, t0, 10)
	if err != nil || len(due) != 1 {
		t.Fatalf("DueFeeds(t0) = %v, %v; want the new feed", due, err)
	}
	f = due[0]
	f.Title, f.LastCheck, f.LastSuccess, f.NextCheck = "Example News", t0, t0, t0.Add(15*time.Minute)
	f.ETag, f.LastModified = `"v1"`, "Fri, 01 May 2026 11:00:00 GMT"
	if err := db.SaveFeedState(ctx, f); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if due, _ := db.DueFeeds(ctx, t0.Add(14*time.Minute), 10); len(due) != 0 {
		t.Errorf("after a restart, DueFeeds(t0+14m) = %d feeds; want none", len(due))
	}
	due, _ = db.DueFeeds(ctx, t0.Add(15*time.Minute), 10)
	if len(due) != 1 {
		t.Fatalf("after a restart, DueFeeds(t0+15m) = %d feeds; want 1", len(due))
	}
	got := due[0]
	if got.Title != "Example News" || got.ETag != `"v1"` || got.LastModified != f.LastModified ||
		!got.LastSuccess.Equal(t0) || !got.NextCheck.Equal(t0.Add(15*time.Minute)) {
		t.Errorf("reloaded feed = %+v; want the saved state", got)
	}
}

func TestFeedPauses(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	t0 := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	f := newsbot.Feed{GuildID: "g", ChannelID: "c", URL: "https://example.org/feed", Name: "Example", NextCheck: t0}
	if err := db.AddFeed(ctx, &f); err != nil {
		t.Fatal(err)
	}

	// An admin pauses during a poll: the poll's state save must not resume it.
	if err := db.SetFeedPaused(ctx, f.ID, true, newsbot.PauseByAdmin, time.Time{}); err != nil {
		t.Fatal(err)
	}
	f.Failures, f.LastError, f.NextCheck = 1, "The site answered HTTP 500.", t0.Add(time.Hour)
	if err := db.SaveFeedState(ctx, f); err != nil {
		t.Fatal(err)
	}
	got, _ := db.feedByID(ctx, f.ID)
	if !got.Paused || got.PauseReason != newsbot.PauseByAdmin || got.Failures != 1 || got.LastError == "" {
		t.Errorf("after an admin pause and a state save: %+v", got)
	}
	if due, _ := db.DueFeeds(ctx, t0.Add(48*time.Hour), 10); len(due) != 0 {
		t.Errorf("a paused feed is due: %+v", due)
	}

	// Resume clears failures and makes it due.
	if err := db.SetFeedPaused(ctx, f.ID, false, "", t0); err != nil {
		t.Fatal(err)
	}
	got, _ = db.feedByID(ctx, f.ID)
	if got.Paused || got.Failures != 0 || !got.NextCheck.Equal(t0) {
		t.Errorf("after resume: %+v", got)
	}

	// Paused for failures: the notice is pending until cleared.
	got.Paused, got.PauseReason, got.NoticePending, got.Failures = true, newsbot.PauseByFailures, true, 10
	if err := db.SaveFeedState(ctx, got); err != nil {
		t.Fatal(err)
	}
	pending, err := db.PendingNotices(ctx)
	if err != nil || len(pending) != 1 || pending[0].ChannelID != "c" || pending[0].PauseReason != newsbot.PauseByFailures {
		t.Fatalf("PendingNotices = %+v, %v; want the feed paused for failures", pending, err)
	}
	if err := db.ClearNotice(ctx, f.ID); err != nil {
		t.Fatal(err)
	}
	if pending, _ := db.PendingNotices(ctx); len(pending) != 0 {
		t.Errorf("PendingNotices after ClearNotice = %+v", pending)
	}
	// Saving the (still paused) state again must not queue a second notice.
	if err := db.SaveFeedState(ctx, got); err != nil {
		t.Fatal(err)
	}
	if pending, _ := db.PendingNotices(ctx); len(pending) != 0 {
		t.Errorf("a second save queued the notice again: %+v", pending)
	}
}

func TestFeedItems(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	a := testArticle("https://example.org/a", "Harbour reopens", "the harbour reopened on friday", day)
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	f := newsbot.Feed{GuildID: "g", URL: "https://example.org/feed", Name: "Example"}
	if err := db.AddFeed(ctx, &f); err != nil {
		t.Fatal(err)
	}
	const feedURL = "https://example.org/feed"
	if err := db.RecordFeedItem(ctx, feedURL, "item-1", day, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordFeedItem(ctx, feedURL, "item-2", time.Time{}, 0); err != nil {
		t.Fatal(err)
	}
	seen, err := db.SeenFeedItems(ctx, feedURL, []string{"item-1", "item-2", "item-3", "item-1"})
	if err != nil || len(seen) != 2 || !seen["item-1"].Equal(day) || !seen["item-2"].IsZero() {
		t.Errorf("SeenFeedItems = %v, %v; want item-1 (with its date) and item-2", seen, err)
	}
	if other, _ := db.SeenFeedItems(ctx, "https://other.example/feed", []string{"item-1"}); len(other) != 0 {
		t.Errorf("GUIDs leak across feeds: %v", other)
	}
	// A skipped item recorded again keeps the article it had.
	if err := db.RecordFeedItem(ctx, feedURL, "item-1", day.Add(time.Hour), 0); err != nil {
		t.Fatal(err)
	}
	feeds, _ := db.Feeds(ctx, "g")
	if len(feeds) != 1 || feeds[0].Articles != 1 {
		t.Errorf("feed article count = %+v; want 1", feeds)
	}
}

func TestStories(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	var ids []newsbot.ArticleID
	for i, u := range []string{"https://a.example/x", "https://b.example/x", "https://c.example/y"} {
		a := testArticle(u, "Harbour reopens after storm", "the harbour reopened on friday after the storm", day.Add(time.Duration(i)*24*time.Hour))
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if un, err := db.Unfingerprinted(ctx, 10); err != nil || len(un) != 3 {
		t.Fatalf("Unfingerprinted = %v, %v; want all three", un, err)
	}
	hits, _ := db.SearchArticles(ctx, newsbot.ParseTopic("harbour"), 10)
	for _, h := range hits {
		if h.StoryID != h.ID {
			t.Errorf("an article not yet grouped is its own story: hit %d has story %d", h.ID, h.StoryID)
		}
	}
	if err := db.SetStory(ctx, ids[0], newsbot.Fingerprint{1, 2}, []newsbot.BandKey{7}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.SetStory(ctx, ids[1], newsbot.Fingerprint{1, 3}, []newsbot.BandKey{7}, ids[0]); err != nil {
		t.Fatal(err)
	}
	if err := db.SetStory(ctx, 999, newsbot.Fingerprint{1}, nil, 0); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("SetStory of a missing article = %v; want ENOTFOUND", err)
	}
	members, err := db.Candidates(ctx, []newsbot.BandKey{7}, day, day.Add(48*time.Hour), ids[1])
	if err != nil || len(members) != 1 || members[0].ID != ids[0] || members[0].StoryID != ids[0] || string(members[0].Fingerprint) != "\x01\x02" {
		t.Errorf("Candidates = %+v, %v; want the first article only", members, err)
	}
	arts, _ := db.Articles(ctx, ids)
	for i, want := range []newsbot.ArticleID{ids[0], ids[0], ids[2]} {
		if arts[i].StoryID != want {
			t.Errorf("article %d story = %d; want %d", arts[i].ID, arts[i].StoryID, want)
		}
	}
	hits, _ = db.SearchArticles(ctx, newsbot.ParseTopic("harbour"), 10)
	for _, h := range hits {
		if h.ID == ids[1] && h.StoryID != ids[0] {
			t.Errorf("search hit %d story = %d; want %d", h.ID, h.StoryID, ids[0])
		}
	}
	if un, _ := db.Unfingerprinted(ctx, 10); len(un) != 1 || un[0] != ids[2] {
		t.Errorf("Unfingerprinted = %v; want the third", un)
	}
}

// TestMoveFeed: a feed that moved keeps its items and article count at its
// new address; a guild that already follows the new address keeps both
// feeds as they were; another guild following the old address is not
// touched.
func TestMoveFeed(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	a := testArticle("https://example.org/a", "Harbour reopens", "the harbour reopened on friday", day)
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	const oldURL, newURL = "http://example.org/feed", "https://example.org/rss.xml"
	add := func(guild, url, name string) newsbot.Feed {
		t.Helper()
		f := newsbot.Feed{GuildID: guild, URL: url, Name: name}
		if err := db.AddFeed(ctx, &f); err != nil {
			t.Fatal(err)
		}
		return f
	}
	moving, staying := add("g1", oldURL, "Example"), add("g2", oldURL, "Example")
	if err := db.RecordFeedItem(ctx, oldURL, "item-1", day, a.ID); err != nil {
		t.Fatal(err)
	}

	if err := db.MoveFeed(ctx, moving.ID, newURL); err != nil {
		t.Fatalf("MoveFeed: %v", err)
	}
	got, _ := db.feedByID(ctx, moving.ID)
	if got.URL != newURL || got.Name != "Example" || got.Articles != 1 {
		t.Errorf("moved feed = %+v; want the new URL, its name and its article", got)
	}
	if seen, _ := db.SeenFeedItems(ctx, newURL, []string{"item-1"}); len(seen) != 1 {
		t.Errorf("items at the new address = %v; want item-1, so it is not fetched again", seen)
	}
	if f, err := db.FindFeed(ctx, "g1", newURL); err != nil || f.ID != moving.ID {
		t.Errorf("FindFeed(g1, new URL) = %+v, %v", f, err)
	}
	if got, _ := db.feedByID(ctx, staying.ID); got.URL != oldURL || got.Articles != 1 {
		t.Errorf("g2's feed = %+v; want it untouched", got)
	}
	if err := db.MoveFeed(ctx, moving.ID, newURL); err != nil {
		t.Errorf("MoveFeed to where it is = %v", err)
	}

	// g2 follows the new address already under another name: no move, no duplicate.
	other := add("g2", newURL, "Example (new)")
	err := db.MoveFeed(ctx, staying.ID, newURL)
	if newsbot.ErrorCode(err) != newsbot.ECONFLICT || !strings.Contains(newsbot.ErrorMessage(err), "as “Example (new)”") {
		t.Errorf("MoveFeed onto a followed address = %v; want ECONFLICT naming the other feed", err)
	}
	if g2, _ := db.Feeds(ctx, "g2"); len(g2) != 2 || g2[0].URL != oldURL || g2[1].ID != other.ID || g2[1].URL != newURL {
		t.Errorf("g2's feeds after the refused move = %+v", g2)
	}

	if err := db.RemoveFeed(ctx, moving.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.MoveFeed(ctx, moving.ID, "https://example.org/elsewhere"); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("MoveFeed of a removed feed = %v; want ENOTFOUND", err)
	}
}
