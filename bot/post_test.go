package bot

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/bot/fakediscord"
	"github.com/newsbot-dev/newsbot/commands"
)

// connected runs a bot against a fresh fake Discord and returns both.
func connected(t *testing.T) (*Bot, *fakediscord.Server) {
	t.Helper()
	t.Parallel()
	fake := fakediscord.New(testToken)
	logs := &logBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(Config{Token: testToken, APIBase: fake.URL, GuildID: fakediscord.GuildID, Cooldown: -1}, newTestRouter(log).Router, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		fake.Close()
		if t.Failed() {
			t.Logf("bot log:\n%s", logs.String())
		}
	})
	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if err := fake.WaitReady(wctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.WaitRequest(wctx, 0, fakediscord.Is("PUT", "/api/v9/applications/*")); err != nil {
		t.Fatal(err)
	}
	return b, fake
}

// settableClock is the fake Discord's clock, moved by the test.
type settableClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *settableClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *settableClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func digestMessages(day string) []Message {
	r := commands.Reply{Kind: commands.Info, Title: "Digest #1 · " + day, Lines: []string{"The top stories since yesterday."}}
	for i := range 12 {
		r.Sections = append(r.Sections, commands.Section{Name: "Story " + string(rune('A'+i)), Items: []commands.Item{
			{Text: strings.Repeat("A long verbatim sentence about the day's news, cited to its source. ", 12) + "[1]"},
			{Text: "[1] Alpha News", Link: "https://alpha.example/story"},
		}})
	}
	r.Footer = "Digest #1 · daily at 08:00 UTC"
	return Render(r)
}

func messagePosts(fake *fakediscord.Server) []fakediscord.Request {
	var out []fakediscord.Request
	for _, r := range fake.Requests() {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/messages") {
			out = append(out, r)
		}
	}
	return out
}

// TestDeliverOnce: a delivery sent again is not posted again, whether
// Discord still remembers its nonces or the channel's history shows it.
func TestDeliverOnce(t *testing.T) {
	b, fake := connected(t)
	clock := &settableClock{t: time.Date(2026, 1, 6, 8, 0, 0, 0, time.UTC)}
	fake.SetClock(clock.Now)
	ctx := context.Background()
	msgs := digestMessages("Tue 6 Jan")
	if len(msgs) < 2 {
		t.Fatalf("test digest renders to %d messages; want several", len(msgs))
	}
	first, err := b.Deliver(ctx, fakediscord.ChannelID, msgs, "dg1.t5", false)
	if err != nil || len(first) != len(msgs) {
		t.Fatalf("Deliver = %v, %v", first, err)
	}
	for i, r := range messagePosts(fake) {
		var body struct {
			Nonce        string          `json:"nonce"`
			EnforceNonce bool            `json:"enforce_nonce"`
			Allowed      json.RawMessage `json:"allowed_mentions"`
		}
		r.Decode(&body)
		if body.Nonce == "" || len(body.Nonce) > 25 || !body.EnforceNonce {
			t.Errorf("part %d: nonce %q, enforce_nonce %v; want a nonce of at most 25 characters, enforced", i+1, body.Nonce, body.EnforceNonce)
		}
		checkNoMentions(t, r)
	}

	// Within Discord's nonce window, the same delivery returns the same
	// messages and creates none.
	clock.Add(time.Minute)
	again, err := b.Deliver(ctx, fakediscord.ChannelID, msgs, "dg1.t5", false)
	if err != nil || strings.Join(again, ",") != strings.Join(first, ",") {
		t.Errorf("Deliver again = %v, %v; want the first messages %v", again, err, first)
	}
	if n := len(fake.Posted(fakediscord.ChannelID)); n != len(msgs) {
		t.Errorf("channel holds %d messages; want %d", n, len(msgs))
	}

	// Long after, the nonces are forgotten: a retry finds the messages in
	// the channel's history instead.
	clock.Add(time.Hour)
	before := len(messagePosts(fake))
	retried, err := b.Deliver(ctx, fakediscord.ChannelID, msgs, "dg1.t5", true)
	if err != nil || strings.Join(retried, ",") != strings.Join(first, ",") {
		t.Errorf("retry = %v, %v; want the first messages %v", retried, err, first)
	}
	if n := len(messagePosts(fake)) - before; n != 0 {
		t.Errorf("retry posted %d messages; want none", n)
	}

	// An attempt that died after its first part: the retry posts the rest.
	msgs2 := digestMessages("Wed 7 Jan")
	if _, err := b.Deliver(ctx, fakediscord.ChannelID, msgs2[:1], "dg1.t6", false); err != nil {
		t.Fatal(err)
	}
	clock.Add(time.Hour)
	if _, err := b.Deliver(ctx, fakediscord.ChannelID, msgs2, "dg1.t6", true); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Posted(fakediscord.ChannelID)); n != len(msgs)+len(msgs2) {
		t.Errorf("channel holds %d messages; want %d", n, len(msgs)+len(msgs2))
	}
}

// TestDeliverWithoutHistory: without Read Message History, a retry within
// the nonce window still posts nothing twice.
func TestDeliverWithoutHistory(t *testing.T) {
	b, fake := connected(t)
	fake.HideHistory(fakediscord.ChannelID)
	ctx := context.Background()
	msgs := digestMessages("Tue 6 Jan")
	if _, err := b.Deliver(ctx, fakediscord.ChannelID, msgs, "dg2.x", false); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Deliver(ctx, fakediscord.ChannelID, msgs, "dg2.x", true); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Posted(fakediscord.ChannelID)); n != len(msgs) {
		t.Errorf("channel holds %d messages; want %d", n, len(msgs))
	}
}

// TestDeliverClassifiesChannelErrors: a deleted channel is ENOTFOUND, a
// channel closed to the bot EFORBIDDEN.
func TestDeliverClassifiesChannelErrors(t *testing.T) {
	b, fake := connected(t)
	fake.DeleteChannel("301")
	fake.DenyChannel("302")
	ctx := context.Background()
	msgs := []Message{{Content: "hello"}}
	for _, tt := range []struct {
		channel string
		retry   bool
		want    string
	}{{"301", false, newsbot.ENOTFOUND}, {"301", true, newsbot.ENOTFOUND}, {"302", false, newsbot.EFORBIDDEN}, {"302", true, newsbot.EFORBIDDEN}} {
		_, err := b.Deliver(ctx, tt.channel, msgs, "k", tt.retry)
		if newsbot.ErrorCode(err) != tt.want || newsbot.ErrorMessage(err) == "" {
			t.Errorf("Deliver to %s (retry %v) = %v; want %s", tt.channel, tt.retry, err, tt.want)
		}
	}
}

// TestNotify: a notice goes to a channel of the guild other than the one
// it is about, else to the member who set the digest up.
func TestNotify(t *testing.T) {
	b, fake := connected(t)
	ctx := context.Background()
	msgs := []Message{{Content: "Digest #1 is paused."}}
	if err := b.Notify(ctx, fakediscord.GuildID, "999", "700", msgs); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Posted(fakediscord.ChannelID)); n != 1 {
		t.Errorf("guild channel got %d notices; want 1", n)
	}
	// The guild's only channel is the one the notice is about: a DM.
	if err := b.Notify(ctx, fakediscord.GuildID, fakediscord.ChannelID, "700", msgs); err != nil {
		t.Fatal(err)
	}
	dm := fake.DMChannel("700")
	if dm == "" || len(fake.Posted(dm)) != 1 {
		t.Errorf("DM channel %q got %d notices; want 1", dm, len(fake.Posted(dm)))
	}
	if n := len(fake.Posted(fakediscord.ChannelID)); n != 1 {
		t.Errorf("the channel the notice is about got it: %d messages", n)
	}
}

func TestNonce(t *testing.T) {
	if got := nonce("dg1.t5", 2); got != "dg1.t5-2" {
		t.Errorf("nonce = %q", got)
	}
	long := nonce("dg"+strings.Repeat("z", 30), 0)
	if len(long) != 25 || long == nonce("dg"+strings.Repeat("z", 30), 1) {
		t.Errorf("nonce of a long key = %q; want 25 characters, distinct per part", long)
	}
}

// TestGuildBeforeGuildCreate: READY lists the guild as unavailable, with no
// roles or channels, until its GUILD_CREATE arrives. A notice or an admin
// check in that moment asks the REST API instead of reading the stub (which
// sent the notice to a DM, and refused a moderator).
func TestGuildBeforeGuildCreate(t *testing.T) {
	b, fake := connected(t)
	st := b.session.State
	g, err := st.Guild(fakediscord.GuildID)
	if err != nil {
		t.Fatal(err)
	}
	st.Lock()
	*g = discordgo.Guild{ID: fakediscord.GuildID, Unavailable: true}
	st.Unlock()

	ctx := context.Background()
	if err := b.Notify(ctx, fakediscord.GuildID, "999", "700", []Message{{Content: "Digest #1 is paused."}}); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Posted(fakediscord.ChannelID)); n != 1 {
		t.Errorf("guild channel got %d notices; want 1", n)
	}
	if dm := fake.DMChannel("700"); dm != "" {
		t.Errorf("the notice went to a DM (%s) though the guild has a channel", dm)
	}
	m := &discordgo.MessageCreate{Message: &discordgo.Message{GuildID: fakediscord.GuildID,
		Author: &discordgo.User{ID: "702"}, Member: &discordgo.Member{Roles: []string{fakediscord.ModRoleID}}}}
	if !b.messageAdmin(m) {
		t.Error("a moderator with Manage Server was refused while the guild was unavailable in the state")
	}
}
