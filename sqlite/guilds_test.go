package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// TestLeftGuildsAreSetAside: while the bot is out of a guild, its feeds
// are not due, its digests neither due nor sendable, its notices wait; its
// feeds, digests and articles stay, across a restart; joining again brings
// everything back as it was. The command line's feeds belong to no guild.
func TestLeftGuildsAreSetAside(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "guilds.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	a := testArticle("https://example.org/a", "Harbour reopens", "the harbour reopened on friday", t0)
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	feeds := map[string]newsbot.Feed{}
	subs := map[string]newsbot.Subscription{}
	for _, g := range []string{"g1", "g2", ""} {
		f := newsbot.Feed{GuildID: g, ChannelID: "c-" + g, URL: "https://example.org/feed", Name: "Example", NextCheck: t0}
		if err := db.AddFeed(ctx, &f); err != nil {
			t.Fatal(err)
		}
		feeds[g] = f
		if g == "" {
			continue
		}
		s := newsbot.Subscription{GuildID: g, ChannelID: "c-" + g, Hour: 8, Zone: "UTC", NextDue: t0}
		if err := db.AddSubscription(ctx, &s); err != nil {
			t.Fatal(err)
		}
		subs[g] = s
	}
	if err := db.RecordFeedItem(ctx, "https://example.org/feed", "item-1", t0, a.ID); err != nil {
		t.Fatal(err)
	}
	// g1 has a notice of each kind waiting: a feed and a digest paused.
	flaky := newsbot.Feed{GuildID: "g1", ChannelID: "c-g1", URL: "https://flaky.example/feed", Name: "Flaky", NextCheck: t0}
	if err := db.AddFeed(ctx, &flaky); err != nil {
		t.Fatal(err)
	}
	flaky.Paused, flaky.PauseReason, flaky.NoticePending, flaky.Failures = true, newsbot.PauseByFailures, true, 10
	if err := db.SaveFeedState(ctx, flaky); err != nil {
		t.Fatal(err)
	}
	closed := newsbot.Subscription{GuildID: "g1", ChannelID: "c-g1", Hour: 9, Zone: "UTC", NextDue: t0}
	if err := db.AddSubscription(ctx, &closed); err != nil {
		t.Fatal(err)
	}
	if err := db.PauseSubscription(ctx, closed.ID, newsbot.PauseNoAccess); err != nil {
		t.Fatal(err)
	}

	dueGuilds := func() (feedGuilds, digestGuilds []string) {
		t.Helper()
		due, err := db.DueFeeds(ctx, t0, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range due {
			feedGuilds = append(feedGuilds, f.GuildID)
		}
		dueSubs, err := db.DueSubscriptions(ctx, t0, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range dueSubs {
			digestGuilds = append(digestGuilds, s.GuildID)
		}
		slices.Sort(feedGuilds)
		slices.Sort(digestGuilds)
		return feedGuilds, digestGuilds
	}
	check := func(when string, wantFeeds, wantDigests []string) {
		t.Helper()
		gotFeeds, gotDigests := dueGuilds()
		if !slices.Equal(gotFeeds, wantFeeds) || !slices.Equal(gotDigests, wantDigests) {
			t.Errorf("%s: feeds of %q and digests of %q are due; want %q and %q", when, gotFeeds, gotDigests, wantFeeds, wantDigests)
		}
	}
	check("at first", []string{"", "g1", "g2"}, []string{"g1", "g2"})
	f, _ := db.PendingNotices(ctx)
	d, _ := db.PendingDigestNotices(ctx)
	if len(f) != 1 || len(d) != 1 {
		t.Fatalf("at first %d feed and %d digest notices are pending; want g1's one of each", len(f), len(d))
	}

	if left, err := db.LeaveGuild(ctx, "g1"); err != nil || !left {
		t.Fatalf("LeaveGuild(g1) = %v, %v; want newly left", left, err)
	}
	if left, err := db.LeaveGuild(ctx, "g1"); err != nil || left {
		t.Errorf("LeaveGuild(g1) twice = %v, %v; want not newly left", left, err)
	}
	if left, err := db.LeaveGuild(ctx, ""); err != nil || left {
		t.Errorf("LeaveGuild(\"\") = %v, %v; the command line is no guild", left, err)
	}
	check("g1 left", []string{"", "g2"}, []string{"g2"})
	if next, err := db.NextDueAt(ctx); err != nil || !next.Equal(t0) {
		t.Errorf("NextDueAt = %v, %v; want g2's", next, err)
	}
	if pending, _ := db.PendingNotices(ctx); len(pending) != 0 {
		t.Errorf("feed notices of a guild left are pending: %+v", pending)
	}
	if pending, _ := db.PendingDigestNotices(ctx); len(pending) != 0 {
		t.Errorf("digest notices of a guild left are pending: %+v", pending)
	}
	send := newsbot.DigestSend{Subscription: subs["g1"].ID, Due: t0, Key: "k"}
	if _, err := db.BeginSend(ctx, &send); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("BeginSend of a digest of a guild left = %v; want ECONFLICT", err)
	}
	db.Close()

	// A restart remembers.
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check("g1 left, after a restart", []string{"", "g2"}, []string{"g2"})
	if list, _ := db.Feeds(ctx, "g1"); len(list) != 2 || !list[0].GuildLeft || list[0].Articles != 1 || list[0].Name != "Example" ||
		!list[1].NoticePending {
		t.Errorf("g1's feeds = %+v; want them kept as they were, marked left, with their article", list)
	}
	if list, _ := db.Subscriptions(ctx, "g1"); len(list) != 2 || !list[0].GuildLeft || list[0].Paused || list[0].Hour != 8 ||
		!list[1].NoticePending {
		t.Errorf("g1's digests = %+v; want them kept as they were, marked left", list)
	}
	if list, _ := db.Feeds(ctx, "g2"); len(list) != 1 || list[0].GuildLeft {
		t.Errorf("g2's feeds = %+v; want not left", list)
	}
	if st, _ := db.Stats(ctx); st.Articles != 1 {
		t.Errorf("archive holds %d articles; want the one stored", st.Articles)
	}

	if back, err := db.JoinGuild(ctx, "g1"); err != nil || !back {
		t.Fatalf("JoinGuild(g1) = %v, %v; want back", back, err)
	}
	if back, err := db.JoinGuild(ctx, "g1"); err != nil || back {
		t.Errorf("JoinGuild(g1) twice = %v, %v; want not back again", back, err)
	}
	check("g1 back", []string{"", "g1", "g2"}, []string{"g1", "g2"})
	if pending, _ := db.PendingNotices(ctx); len(pending) != 1 || pending[0].ID != flaky.ID {
		t.Errorf("feed notices once back = %+v; want g1's", pending)
	}
	if pending, _ := db.PendingDigestNotices(ctx); len(pending) != 1 || pending[0].ID != closed.ID {
		t.Errorf("digest notices once back = %+v; want g1's", pending)
	}

	// A new gateway session lists the guilds the bot is in.
	for _, tt := range []struct {
		present, wantLeft      []string
		wantFeeds, wantDigests []string
	}{
		{[]string{"g1", "g9"}, []string{"g2"}, []string{"", "g1"}, []string{"g1"}},
		{[]string{"g1", "g9"}, nil, []string{"", "g1"}, []string{"g1"}},
		{[]string{"g2", "g1"}, nil, []string{"", "g1", "g2"}, []string{"g1", "g2"}},
		{nil, []string{"g1", "g2"}, []string{""}, nil},
		{[]string{"g2"}, nil, []string{"", "g2"}, []string{"g2"}},
	} {
		left, err := db.SyncGuilds(ctx, tt.present)
		if err != nil || !slices.Equal(left, tt.wantLeft) {
			t.Errorf("SyncGuilds(%q) = %q, %v; want %q newly left", tt.present, left, err, tt.wantLeft)
		}
		check("in "+fmt.Sprint(tt.present), tt.wantFeeds, tt.wantDigests)
	}
}
