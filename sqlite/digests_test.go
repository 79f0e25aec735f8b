package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

func TestDigestSubscriptions(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	due := time.Date(2026, 1, 6, 7, 0, 0, 0, time.UTC)
	add := func(guild, channel string, hour int, topics ...string) (newsbot.Subscription, error) {
		s := newsbot.Subscription{GuildID: guild, ChannelID: channel, CreatedBy: "u1", Hour: hour, Zone: "Europe/Berlin",
			Topics: topics, NextDue: due}
		err := db.AddSubscription(ctx, &s)
		return s, err
	}
	a, err := add("g1", "c1", 8, "syria", "ukraine")
	if err != nil || a.ID == 0 || a.Created.IsZero() || a.Quiet != newsbot.QuietNote {
		t.Fatalf("AddSubscription = %+v, %v", a, err)
	}
	if _, err := add("g1", "c1", 8, "syria", "ukraine"); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("the same digest twice: %v; want ECONFLICT", err)
	}
	if _, err := add("g1", "c1", 9, "syria", "ukraine"); err != nil {
		t.Errorf("another time: %v", err)
	}
	if _, err := add("g2", "c9", 8); err != nil {
		t.Errorf("another guild: %v", err)
	}
	g1, err := db.Subscriptions(ctx, "g1")
	if err != nil || len(g1) != 2 || !slices.Equal(g1[0].Topics, []string{"syria", "ukraine"}) || !g1[0].NextDue.Equal(due) {
		t.Fatalf("Subscriptions(g1) = %+v, %v", g1, err)
	}
	if all, _ := db.Subscriptions(ctx, ""); len(all) != 3 {
		t.Errorf("all subscriptions = %d; want 3", len(all))
	}
	if g2, _ := db.Subscriptions(ctx, "g2"); len(g2) != 1 || g2[0].Topics == nil || len(g2[0].Topics) != 0 {
		t.Errorf("Subscriptions(g2) = %+v; want one with no topics", g2)
	}
	if err := db.RemoveSubscription(ctx, "g2", a.ID); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("removing another guild's digest = %v; want ENOTFOUND", err)
	}
	if err := db.RemoveSubscription(ctx, "g1", a.ID); err != nil {
		t.Errorf("RemoveSubscription: %v", err)
	}
	if err := db.RemoveSubscription(ctx, "g1", a.ID); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("removing twice = %v; want ENOTFOUND", err)
	}
	for i := range 25 {
		if _, err := add("g3", "c", i%24, fmt.Sprint("topic ", i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := add("g3", "c", 0, "more"); newsbot.ErrorCode(err) != newsbot.ECONFLICT || !strings.Contains(newsbot.ErrorMessage(err), "25") {
		t.Errorf("26th digest = %v; want ECONFLICT naming the limit", err)
	}
}

// TestDigestNumbersAreNeverReused: a removed digest's number, even the
// highest, never comes back for another digest, in its guild or any other,
// and across a reopen.
func TestDigestNumbersAreNeverReused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { db.Close() }()
	due := time.Date(2026, 1, 6, 7, 0, 0, 0, time.UTC)
	add := func(guild string, hour int) newsbot.SubscriptionID {
		t.Helper()
		s := newsbot.Subscription{GuildID: guild, ChannelID: "c1", Hour: hour, Zone: "UTC", NextDue: due}
		if err := db.AddSubscription(ctx, &s); err != nil {
			t.Fatal(err)
		}
		return s.ID
	}
	seen := map[newsbot.SubscriptionID]bool{}
	fresh := func(id newsbot.SubscriptionID) {
		t.Helper()
		if seen[id] {
			t.Errorf("digest number %d was given twice", id)
		}
		seen[id] = true
	}
	for h := range 5 {
		fresh(add("g1", h))
	}
	if err := db.RemoveSubscription(ctx, "g1", 5); err != nil {
		t.Fatal(err)
	}
	fresh(add("g1", 10))
	if err := db.RemoveSubscription(ctx, "g1", 6); err != nil {
		t.Fatal(err)
	}
	fresh(add("g2", 10))
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	if err := db.RemoveSubscription(ctx, "g2", 7); err != nil {
		t.Fatal(err)
	}
	if id := add("g1", 11); id != 8 {
		t.Errorf("after removing the highest, #7, the next digest is #%d; want #8", id)
	}
	// Nothing else can reuse a number either.
	if _, err := db.db.ExecContext(ctx, `INSERT INTO digests (guild_id, channel_id, hour, minute, zone, next_due_at, created_at)
		VALUES ('g1', 'c1', 1, 0, 'UTC', 0, 0)`); err == nil {
		t.Error("an insert without a fresh number succeeded")
	}
}

// TestDigestNumbersMigration: digests stored before numbers were kept keep
// their numbers, and new ones follow the highest.
func TestDigestNumbersMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// The database as version 5 left it: row IDs only.
	if _, err := db.db.ExecContext(ctx, `DROP TRIGGER digests_number_fresh; DROP TRIGGER digests_number_mark; DROP TABLE digest_numbers;
		DELETE FROM schema_migrations WHERE version = 6;
		INSERT INTO digests (id, guild_id, channel_id, hour, minute, zone, next_due_at, created_at) VALUES
			(3, 'g1', 'c1', 8, 0, 'UTC', 0, 0), (9, 'g2', 'c2', 9, 0, 'UTC', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	all, err := db.Subscriptions(ctx, "")
	if err != nil || len(all) != 2 || all[0].ID != 3 || all[1].ID != 9 {
		t.Fatalf("after the migration: %+v, %v; want #3 and #9 as they were", all, err)
	}
	if err := db.RemoveSubscription(ctx, "g2", 9); err != nil {
		t.Fatal(err)
	}
	s := newsbot.Subscription{GuildID: "g1", ChannelID: "c1", Hour: 10, Zone: "UTC", NextDue: time.Unix(1, 0)}
	if err := db.AddSubscription(ctx, &s); err != nil || s.ID != 10 {
		t.Errorf("next digest = #%d, %v; want #10", s.ID, err)
	}
}

// TestDigestDuplicatesAndOptions: the same channel, time, zone and topics
// is one digest whatever the topics' case and order; its options change in
// place.
func TestDigestDuplicatesAndOptions(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	due := time.Date(2026, 1, 6, 7, 0, 0, 0, time.UTC)
	add := func(zone string, topics ...string) error {
		s := newsbot.Subscription{GuildID: "g1", ChannelID: "c1", Hour: 8, Zone: zone, Topics: topics, NextDue: due, WeekdaysOnly: len(topics) == 3}
		return db.AddSubscription(ctx, &s)
	}
	if err := add("Europe/Berlin", "syria", "ukraine"); err != nil {
		t.Fatal(err)
	}
	for _, topics := range [][]string{{"SYRIA", "Ukraine"}, {"ukraine", "syria"}, {"Ukraine", " syria ", "syria"}} {
		err := add("Europe/Berlin", topics...)
		if newsbot.ErrorCode(err) != newsbot.ECONFLICT || !strings.Contains(newsbot.ErrorMessage(err), "#1") {
			t.Errorf("%q = %v; want ECONFLICT naming #1", topics, err)
		}
	}
	if err := add("Europe/Berlin", "syria"); err != nil {
		t.Errorf("other topics: %v", err)
	}
	next := due.Add(24 * time.Hour)
	got, err := db.SetSubscriptionOptions(ctx, "g1", 1, true, newsbot.QuietSkip, next)
	if err != nil || !got.WeekdaysOnly || got.Quiet != newsbot.QuietSkip || !got.NextDue.Equal(next) || got.ID != 1 {
		t.Errorf("SetSubscriptionOptions = %+v, %v", got, err)
	}
	if _, err := db.SetSubscriptionOptions(ctx, "g2", 1, true, newsbot.QuietSkip, next); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("another guild's digest = %v; want ENOTFOUND", err)
	}
}

// TestDigestSendLifecycle: a due time is begun before posting, resumed
// with the same key and content after a crash, and ended once; the state
// lives in the file, across a reopen.
func TestDigestSendLifecycle(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "digests.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	due := time.Date(2026, 3, 29, 6, 0, 0, 0, time.UTC)
	sub := newsbot.Subscription{GuildID: "g", ChannelID: "c", Hour: 8, Zone: "Europe/Berlin", NextDue: due}
	if err := db.AddSubscription(ctx, &sub); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.DueSubscriptions(ctx, due.Add(-time.Second), 10); len(got) != 0 {
		t.Errorf("due a second early: %+v", got)
	}
	if got, _ := db.DueSubscriptions(ctx, due, 10); len(got) != 1 {
		t.Fatalf("DueSubscriptions at the due time = %+v; want the digest", got)
	}
	if next, err := db.NextDueAt(ctx); err != nil || !next.Equal(due) {
		t.Errorf("NextDueAt = %s, %v", next, err)
	}
	content := newsbot.Digest{Until: due.Add(time.Minute), Stories: []newsbot.Story{{Headline: "Harbour reopens",
		Sentences: []newsbot.BriefSentence{{Text: "The harbour reopened.", Citations: []int{1}}}, Outlets: []string{"Alpha"}}}}
	first := newsbot.DigestSend{Subscription: sub.ID, Due: due, Key: "k1", Late: 90 * time.Second, Digest: content, Started: due.Add(time.Minute)}
	if resumed, err := db.BeginSend(ctx, &first); err != nil || resumed || first.ID == 0 || first.Attempts != 1 {
		t.Fatalf("BeginSend = %v, %v, %+v", resumed, err, first)
	}
	db.Close()

	// The process died; a new one finds the send begun.
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	again := newsbot.DigestSend{Subscription: sub.ID, Due: due, Key: "other", Digest: newsbot.Digest{}}
	resumed, err := db.BeginSend(ctx, &again)
	if err != nil || !resumed {
		t.Fatalf("BeginSend after a restart = %v, %v; want resumed", resumed, err)
	}
	if again.ID != first.ID || again.Key != "k1" || again.Late != 90*time.Second || again.Attempts != 2 ||
		len(again.Digest.Stories) != 1 || again.Digest.Stories[0].Sentences[0].Text != "The harbour reopened." {
		t.Errorf("resumed send = %+v; want the first attempt's key, lateness and content", again)
	}
	next := due.Add(24 * time.Hour)
	again.State, again.Finished = newsbot.SendSent, due.Add(2*time.Minute)
	if err := db.EndSend(ctx, again, next); err != nil {
		t.Fatal(err)
	}
	if _, err := db.BeginSend(ctx, &newsbot.DigestSend{Subscription: sub.ID, Due: due, Key: "k2"}); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("BeginSend of a due time already sent = %v; want ECONFLICT", err)
	}
	subs, _ := db.Subscriptions(ctx, "g")
	if !subs[0].NextDue.Equal(next) || !subs[0].LastSent.Equal(content.Until) {
		t.Errorf("after sending: next %s, last sent %s; want %s and %s", subs[0].NextDue, subs[0].LastSent, next, content.Until)
	}
	sends, err := db.DigestSends(ctx, sub.ID, 10)
	if err != nil || len(sends) != 1 || sends[0].State != newsbot.SendSent || sends[0].Attempts != 2 || sends[0].Key != "k1" {
		t.Errorf("DigestSends = %+v, %v", sends, err)
	}

	// A skipped due time is recorded without having been begun, and does
	// not move LastSent.
	skip := newsbot.DigestSend{Subscription: sub.ID, Due: next, State: newsbot.SendSkipped, Note: "missed by 7h"}
	if err := db.EndSend(ctx, skip, next.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	subs, _ = db.Subscriptions(ctx, "g")
	if !subs[0].LastSent.Equal(content.Until) || !subs[0].NextDue.Equal(next.Add(24*time.Hour)) {
		t.Errorf("after a skip: %+v", subs[0])
	}
	if sends, _ := db.DigestSends(ctx, sub.ID, 10); len(sends) != 2 || sends[0].State != newsbot.SendSkipped || sends[0].Note != "missed by 7h" {
		t.Errorf("sends after a skip = %+v", sends)
	}
	// Not due at that time any more.
	if _, err := db.BeginSend(ctx, &newsbot.DigestSend{Subscription: sub.ID, Due: due.Add(time.Hour)}); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("BeginSend at a time that is not the next due = %v; want ECONFLICT", err)
	}
}

func TestDigestPauseAndNotice(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	due := time.Date(2026, 1, 6, 8, 0, 0, 0, time.UTC)
	sub := newsbot.Subscription{GuildID: "g", ChannelID: "c", Hour: 8, Zone: "UTC", NextDue: due}
	if err := db.AddSubscription(ctx, &sub); err != nil {
		t.Fatal(err)
	}
	if err := db.PauseSubscription(ctx, sub.ID, newsbot.PauseChannelGone); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.DueSubscriptions(ctx, due.Add(time.Hour), 10); len(got) != 0 {
		t.Errorf("a paused digest is due: %+v", got)
	}
	if next, _ := db.NextDueAt(ctx); !next.IsZero() {
		t.Errorf("NextDueAt with only a paused digest = %s; want none", next)
	}
	if _, err := db.BeginSend(ctx, &newsbot.DigestSend{Subscription: sub.ID, Due: due}); newsbot.ErrorCode(err) != newsbot.ECONFLICT {
		t.Errorf("BeginSend of a paused digest = %v; want ECONFLICT", err)
	}
	pending, err := db.PendingDigestNotices(ctx)
	if err != nil || len(pending) != 1 || !pending[0].Paused || pending[0].PauseReason != newsbot.PauseChannelGone {
		t.Fatalf("PendingDigestNotices = %+v, %v", pending, err)
	}
	if err := db.ClearDigestNotice(ctx, sub.ID); err != nil {
		t.Fatal(err)
	}
	if pending, _ := db.PendingDigestNotices(ctx); len(pending) != 0 {
		t.Errorf("notice still pending after ClearDigestNotice")
	}
	if _, err := db.ResumeSubscription(ctx, "other", sub.ID, due); newsbot.ErrorCode(err) != newsbot.ENOTFOUND {
		t.Errorf("resuming another guild's digest = %v; want ENOTFOUND", err)
	}
	next := due.Add(48 * time.Hour)
	got, err := db.ResumeSubscription(ctx, "g", sub.ID, next)
	if err != nil || got.Paused || got.PauseReason != "" || !got.NextDue.Equal(next) {
		t.Errorf("ResumeSubscription = %+v, %v", got, err)
	}

	// Ending a send of a digest removed meanwhile is not an error.
	s := newsbot.DigestSend{Subscription: sub.ID, Due: next, Key: "k"}
	if _, err := db.BeginSend(ctx, &s); err != nil {
		t.Fatal(err)
	}
	if err := db.RemoveSubscription(ctx, "g", sub.ID); err != nil {
		t.Fatal(err)
	}
	s.State = newsbot.SendSent
	if err := db.EndSend(ctx, s, next.Add(24*time.Hour)); err != nil {
		t.Errorf("EndSend after unsubscribe = %v", err)
	}
}
