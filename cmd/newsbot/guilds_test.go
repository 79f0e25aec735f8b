package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/bot/fakediscord"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// waitUntil polls cond until it holds, failing the test after 15 seconds.
func waitUntil(t *testing.T, r *discordRun, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 15s\nstderr:\n%s", what, r.stderr.String())
		}
	}
}

// TestRunSetsAsideGuildsItLeft: under `newsbot run`, a server the bot was
// removed from while offline (missing from READY) has its feeds not polled
// and its digests not posted from the start, while the server it is in
// carries on; a GUILD_DELETE that is an outage changes nothing; one that
// removes the bot sets the server's feeds and digests aside, keeping them
// and their articles; GUILD_CREATE brings them back; a restart remembers.
func TestRunSetsAsideGuildsItLeft(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	site := startNewsSite(t, "kessholm-ferry")
	var otherHits atomic.Int32
	otherSite := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		otherHits.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Other Times</title></channel></rss>`)
	}))
	defer otherSite.Close()

	const other = "200000000000000099" // a server the bot was removed from while offline
	const (
		digestChannel      = "390000000000000001"
		otherDigestChannel = "390000000000000002"
	)
	ctx := context.Background()
	path := filepath.Join(dir, "data", "newsbot.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for _, f := range []newsbot.Feed{
		{GuildID: fakediscord.GuildID, ChannelID: fakediscord.ChannelID, URL: site.URL + "/feed.xml", Name: "Harbour Gazette", NextCheck: now.Add(-time.Minute)},
		{GuildID: other, ChannelID: "380000000000000001", URL: otherSite.URL + "/rss", Name: "Other Times", NextCheck: now.Add(-time.Minute)},
	} {
		if err := db.AddFeed(ctx, &f); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []newsbot.Subscription{
		{GuildID: fakediscord.GuildID, ChannelID: digestChannel, Hour: 8, Zone: "UTC", NextDue: now.Add(-time.Minute)},
		{GuildID: other, ChannelID: otherDigestChannel, Hour: 8, Zone: "UTC", NextDue: now.Add(-time.Minute)},
	} {
		if err := db.AddSubscription(ctx, &s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	fake := fakediscord.New("x")
	defer fake.Close()
	vars := map[string]string{"DISCORD_TOKEN": "x", "DISCORD_API_BASE": fake.URL, "NEWSBOT_ALLOW_PRIVATE_NETWORKS": "1", "NEWSBOT_LOG_LEVEL": "info"}
	r := startRun(t, fake, dir, vars)
	db, err = sqlite.Open(ctx, path) // a second handle, to watch the first
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	feed := func(guild string) newsbot.Feed {
		t.Helper()
		list, err := db.Feeds(ctx, guild)
		if err != nil || len(list) != 1 {
			t.Fatalf("Feeds(%s) = %+v, %v", guild, list, err)
		}
		return list[0]
	}

	// The server the bot is in carries on: its feed is read, its digest posted.
	waitUntil(t, r, "the feed of the server the bot is in is read", func() bool { return feed(fakediscord.GuildID).Articles == 1 })
	waitUntil(t, r, "its digest is posted", func() bool { return len(fake.Posted(digestChannel)) > 0 })
	waitUntil(t, r, "the digest scheduler is done with this round", func() bool { return strings.Contains(r.stderr.String(), "digest posted") })
	if n := otherHits.Load(); n != 0 {
		t.Errorf("the feed of a server the bot was removed from while offline was fetched %d times", n)
	}
	if posts := fake.Posted(otherDigestChannel); len(posts) != 0 {
		t.Errorf("a digest was posted to a server the bot was removed from while offline: %+v", posts)
	}
	if !feed(other).GuildLeft || feed(fakediscord.GuildID).GuildLeft {
		t.Errorf("left: other %v, the fake guild %v; want only other", feed(other).GuildLeft, feed(fakediscord.GuildID).GuildLeft)
	}
	if !strings.Contains(r.stderr.String(), "removed from a guild while offline") || !strings.Contains(r.stderr.String(), "guild_id="+other) {
		t.Errorf("the log does not name the server left while offline:\n%s", r.stderr.String())
	}

	// An outage changes nothing.
	if err := fake.Dispatch("GUILD_DELETE", fakediscord.GuildDelete(fakediscord.GuildID, true)); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, r, "the outage is logged", func() bool { return strings.Contains(r.stderr.String(), "a guild is unavailable") })
	if feed(fakediscord.GuildID).GuildLeft {
		t.Error("an outage set the server's feeds aside")
	}

	// Removed: the server's feed and digest are no longer due, but kept.
	if err := fake.Dispatch("GUILD_DELETE", fakediscord.GuildDelete(fakediscord.GuildID, false)); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, r, "the removal is recorded", func() bool { return feed(fakediscord.GuildID).GuildLeft })
	later := time.Now().Add(48 * time.Hour)
	if due, _ := db.DueFeeds(ctx, later, 10); len(due) != 0 {
		t.Errorf("feeds due after the bot was removed from every server: %+v", due)
	}
	if due, _ := db.DueSubscriptions(ctx, later, 10); len(due) != 0 {
		t.Errorf("digests due after the bot was removed from every server: %+v", due)
	}
	if f := feed(fakediscord.GuildID); f.Articles != 1 || f.Name != "Harbour Gazette" {
		t.Errorf("the feed of the server left = %+v; want it kept with its article", f)
	}
	if subs, _ := db.Subscriptions(ctx, fakediscord.GuildID); len(subs) != 1 || subs[0].ChannelID != digestChannel || subs[0].Paused {
		t.Errorf("the digests of the server left = %+v; want its digest kept as it was", subs)
	}

	// Added back: due again.
	if err := fake.Dispatch("GUILD_CREATE", fakediscord.Guild()); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, r, "the return is recorded", func() bool { return !feed(fakediscord.GuildID).GuildLeft })
	if due, _ := db.DueFeeds(ctx, later, 10); len(due) != 1 || due[0].GuildID != fakediscord.GuildID {
		t.Errorf("feeds due after the bot was added back: %+v", due)
	}
	if due, _ := db.DueSubscriptions(ctx, later, 10); len(due) != 1 || due[0].GuildID != fakediscord.GuildID {
		t.Errorf("digests due after the bot was added back: %+v", due)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// A restart remembers the server left while offline; the operator sees why.
	r = restartRun(t, fake, dir, vars)
	time.Sleep(time.Second) // the poller and the scheduler look at once; give them time to (wrongly) act
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if n := otherHits.Load(); n != 0 || len(fake.Posted(otherDigestChannel)) != 0 {
		t.Errorf("after a restart the server left was served: %d fetches, %d posts", n, len(fake.Posted(otherDigestChannel)))
	}
	out, _, _ := runWith(t, dir, nil, "", "feeds")
	if !regexp.MustCompile(`Other Times\s+0\s+never\s+-\s+paused: the bot was removed from the server`).MatchString(out) {
		t.Errorf("feeds =\n%s", out)
	}
	out, _, _ = runWith(t, dir, nil, "", "digest", "list")
	if !strings.Contains(out, other+"  "+otherDigestChannel) || !strings.Contains(out, "paused: the bot was removed from the server") {
		t.Errorf("digest list =\n%s", out)
	}
}
