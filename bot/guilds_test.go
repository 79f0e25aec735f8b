package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot/bot/fakediscord"
)

// guildCalls records what the bot tells its guild store, in order:
// "sync ID,ID", "join ID", "leave ID", and "ready" when OnReady is called.
type guildCalls struct {
	mu    sync.Mutex
	calls []string
}

func (g *guildCalls) add(call string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls = append(g.calls, call)
}

func (g *guildCalls) list() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.Clone(g.calls)
}

func (g *guildCalls) JoinGuild(_ context.Context, id string) (bool, error) {
	g.add("join " + id)
	return false, nil
}

func (g *guildCalls) LeaveGuild(_ context.Context, id string) (bool, error) {
	g.add("leave " + id)
	return true, nil
}

func (g *guildCalls) SyncGuilds(_ context.Context, present []string) ([]string, error) {
	time.Sleep(100 * time.Millisecond) // a slow store: OnReady must still wait for it
	g.add("sync " + strings.Join(present, ","))
	return []string{"200000000000000077"}, nil
}

// waitFor waits until the calls include want n times.
func (g *guildCalls) waitFor(t *testing.T, want string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		calls := g.list()
		got := 0
		for _, c := range calls {
			if c == want {
				got++
			}
		}
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the guild store was not told %q %d times: %q", want, n, calls)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestGuildEventsReachTheStore: READY's guild list is recorded before
// OnReady; GUILD_CREATE records the guild joined; a GUILD_DELETE records it
// left, unless it marks the guild unavailable, which is an outage.
func TestGuildEventsReachTheStore(t *testing.T) {
	g := &guildCalls{}
	h := start(t, Config{Guilds: g, OnReady: func(string) { g.add("ready") }})
	g.waitFor(t, "join "+fakediscord.GuildID, 1)
	g.waitFor(t, "ready", 1)
	calls := g.list()
	if sync := slices.Index(calls, "sync "+fakediscord.GuildID); sync < 0 || sync > slices.Index(calls, "ready") {
		t.Errorf("calls %q; want READY's guilds recorded before OnReady", calls)
	}
	if !strings.Contains(h.log.String(), "removed from a guild while offline") || !strings.Contains(h.log.String(), "guild_id=200000000000000077") {
		t.Errorf("the log does not name the guild left while offline:\n%s", h.log.String())
	}

	const other = "200000000000000009"
	if err := h.fake.Dispatch("GUILD_DELETE", fakediscord.GuildDelete(fakediscord.GuildID, true)); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.Dispatch("GUILD_DELETE", fakediscord.GuildDelete(other, false)); err != nil {
		t.Fatal(err)
	}
	g.waitFor(t, "leave "+other, 1)
	// Handlers run in goroutines of their own: wait until the outage is
	// handled too before looking for what it must not have done.
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(h.log.String(), "a guild is unavailable"); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the outage was not logged:\n%s", h.log.String())
		}
	}
	if slices.Contains(g.list(), "leave "+fakediscord.GuildID) {
		t.Errorf("an outage (GUILD_DELETE, unavailable) was recorded as leaving: %q", g.list())
	}

	if err := h.fake.Dispatch("GUILD_CREATE", fakediscord.Guild()); err != nil {
		t.Fatal(err)
	}
	g.waitFor(t, "join "+fakediscord.GuildID, 2)
	if err := h.fake.Dispatch("GUILD_DELETE", fakediscord.GuildDelete(fakediscord.GuildID, false)); err != nil {
		t.Fatal(err)
	}
	g.waitFor(t, "leave "+fakediscord.GuildID, 1)
	if !strings.Contains(h.log.String(), `msg="removed from a guild; its feeds and digests are paused until the bot is added back" guild_id=`+fakediscord.GuildID) {
		t.Errorf("the log does not say the guild was left:\n%s", h.log.String())
	}
}
