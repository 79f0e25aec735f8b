package schedule_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/schedule"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// pollClock is the poller's injected time.
type pollClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *pollClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *pollClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

var t0 = time.Date(2026, 4, 13, 9, 0, 0, 0, time.UTC)

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func openPollDB(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func addFeed(t *testing.T, db *sqlite.DB, name string, next time.Time) newsbot.Feed {
	t.Helper()
	f := newsbot.Feed{GuildID: "g", ChannelID: "chan-" + name, URL: "https://" + name + ".example/feed", Name: name, NextCheck: next}
	if err := db.AddFeed(context.Background(), &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// checks records the feeds checked, answering with ok.
type checks struct {
	mu      sync.Mutex
	checked []string
	answer  func(f newsbot.Feed) newsbot.FeedCheck
}

func (c *checks) check(_ context.Context, f newsbot.Feed) newsbot.FeedCheck {
	c.mu.Lock()
	c.checked = append(c.checked, f.Name)
	c.mu.Unlock()
	if c.answer != nil {
		return c.answer(f)
	}
	return newsbot.FeedCheck{Report: newsbot.FeedReport{Title: strings.ToUpper(f.Name)}, ETag: `"` + f.Name + `"`}
}

func (c *checks) names() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.checked, ",")
}

func TestNext(t *testing.T) {
	p := &schedule.Poller{Interval: 10 * time.Minute, MaxFailures: 3}
	f := newsbot.Feed{Name: "x", ETag: `"old"`, Failures: 2, LastError: "boom"}
	ok := newsbot.FeedCheck{Checked: t0, ETag: `"new"`, LastModified: "lm", Report: newsbot.FeedReport{Title: "X News"}}
	next := p.Next(f, ok, 0.9)
	if !next.NextCheck.Equal(t0.Add(10*time.Minute)) || next.Failures != 0 || next.LastError != "" || next.ETag != `"new"` ||
		next.LastModified != "lm" || next.Title != "X News" || !next.LastSuccess.Equal(t0) || !next.LastCheck.Equal(t0) {
		t.Errorf("after a success: %+v", next)
	}
	fresh := ok
	fresh.FreshFor = 2 * time.Hour
	if next := p.Next(f, fresh, 0); !next.NextCheck.Equal(t0.Add(2 * time.Hour)) {
		t.Errorf("Cache-Control longer than the interval: next %v", next.NextCheck)
	}
	fresh.FreshFor = time.Minute
	if next := p.Next(f, fresh, 0); !next.NextCheck.Equal(t0.Add(10 * time.Minute)) {
		t.Errorf("Cache-Control shorter than the interval: next %v; the interval wins", next.NextCheck)
	}
	notModified := newsbot.FeedCheck{Checked: t0, NotModified: true, ETag: `"old"`}
	if next := p.Next(newsbot.Feed{Title: "Kept", ETag: `"old"`}, notModified, 0); next.Title != "Kept" || next.ETag != `"old"` {
		t.Errorf("after a 304: %+v", next)
	}

	fail := newsbot.FeedCheck{Checked: t0, Err: newsbot.Errorf(newsbot.EUNAVAILABLE, "That site is having trouble (HTTP 500).")}
	f = newsbot.Feed{Name: "x", ETag: `"keep"`}
	var waits []time.Duration
	for i := 1; i <= 3; i++ {
		f = p.Next(f, fail, 0)
		waits = append(waits, f.NextCheck.Sub(t0))
		if f.Failures != i || f.LastError != "That site is having trouble (HTTP 500)." || f.ETag != `"keep"` {
			t.Errorf("failure %d: %+v", i, f)
		}
	}
	if waits[0] != 10*time.Minute || waits[1] != 20*time.Minute || waits[2] != 40*time.Minute {
		t.Errorf("backoff without jitter = %v; want 10m, 20m, 40m", waits)
	}
	if !f.Paused || f.PauseReason != newsbot.PauseByFailures || !f.NoticePending {
		t.Errorf("after MaxFailures failures: %+v; want paused with a notice pending", f)
	}
	// Jitter adds up to half the backoff, never less than the backoff.
	one := newsbot.Feed{}
	if d := p.Next(one, fail, 0.999).NextCheck.Sub(t0); d < 10*time.Minute || d >= 15*time.Minute {
		t.Errorf("jittered first backoff = %v; want in [10m, 15m)", d)
	}
	// The backoff is capped.
	long := newsbot.Feed{Failures: 40}
	if d := (&schedule.Poller{MaxBackoff: time.Hour, MaxFailures: 100}).Next(long, fail, 0).NextCheck.Sub(t0); d != time.Hour {
		t.Errorf("capped backoff = %v; want 1h", d)
	}
	// Retry-After wins when longer.
	busy := fail
	busy.RetryAfter = 3 * time.Hour
	if d := p.Next(newsbot.Feed{}, busy, 0).NextCheck.Sub(t0); d != 3*time.Hour {
		t.Errorf("with Retry-After 3h, next in %v", d)
	}
	// The interval is at least five minutes.
	if d := (&schedule.Poller{Interval: time.Minute}).Next(newsbot.Feed{}, ok, 0).NextCheck.Sub(t0); d != schedule.MinPollInterval {
		t.Errorf("interval 1m gives %v; want the 5m minimum", d)
	}
}

func TestPollDuePollsWhatIsDue(t *testing.T) {
	ctx := context.Background()
	db := openPollDB(t, filepath.Join(t.TempDir(), "p.db"))
	defer db.Close()
	clk := &pollClock{t: t0}
	addFeed(t, db, "due", t0.Add(-time.Minute))
	addFeed(t, db, "now", t0)
	addFeed(t, db, "later", t0.Add(time.Minute))
	paused := addFeed(t, db, "paused", t0.Add(-time.Hour))
	db.SetFeedPaused(ctx, paused.ID, true, newsbot.PauseByAdmin, time.Time{})
	c := &checks{}
	p := &schedule.Poller{Store: db, Check: c.check, Now: clk.Now, Log: quietLog()}
	n, err := p.PollDue(ctx)
	if err != nil || n != 2 || c.names() != "due,now" {
		t.Fatalf("PollDue = %d, %v, checked %s; want the two due feeds, most overdue first", n, err, c.names())
	}
	f, _ := db.FindFeed(ctx, "g", "due")
	if !f.NextCheck.Equal(t0.Add(15*time.Minute)) || f.Title != "DUE" || f.ETag != `"due"` || !f.LastSuccess.Equal(t0) {
		t.Errorf("state saved = %+v", f)
	}
	if n, _ := p.PollDue(ctx); n != 0 {
		t.Errorf("polling again at the same time polled %d", n)
	}
}

// TestPollFollowsPermanentMoves: a check that found the feed moved for
// good moves it, and the next check asks the new address; when the guild
// already follows the new address the feed keeps its own, the check counts
// as a success and the log says why; a failed check moves nothing.
func TestPollFollowsPermanentMoves(t *testing.T) {
	ctx := context.Background()
	db := openPollDB(t, filepath.Join(t.TempDir(), "p.db"))
	defer db.Close()
	clk := &pollClock{t: t0}
	moving := addFeed(t, db, "moving", t0)
	blocked := addFeed(t, db, "blocked", t0)
	taken := addFeed(t, db, "taken", t0.Add(time.Hour))
	failing := addFeed(t, db, "failing", t0)
	moves := map[string]string{moving.URL: "https://moving.example/rss.xml", blocked.URL: taken.URL, failing.URL: "https://failing.example/new"}
	var asked []string
	c := &checks{answer: func(f newsbot.Feed) newsbot.FeedCheck {
		asked = append(asked, f.URL)
		check := newsbot.FeedCheck{Report: newsbot.FeedReport{Title: f.Name}, MovedTo: moves[f.URL]}
		if f.Name == "failing" {
			check.Err = newsbot.Errorf(newsbot.EUNAVAILABLE, "That site is having trouble (HTTP 500).")
		}
		return check
	}}
	var logs strings.Builder
	p := &schedule.Poller{Store: db, Check: c.check, Now: clk.Now, Workers: 1,
		Log: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	if _, err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	got, _ := db.FindFeed(ctx, "g", "moving")
	if got.URL != "https://moving.example/rss.xml" || got.Failures != 0 || !got.NextCheck.Equal(t0.Add(15*time.Minute)) {
		t.Errorf("moved feed = %+v; want its new address, checked fine", got)
	}
	got, _ = db.FindFeed(ctx, "g", "blocked")
	if got.URL != blocked.URL || got.Failures != 0 || got.LastError != "" || !got.NextCheck.Equal(t0.Add(15*time.Minute)) {
		t.Errorf("feed moved onto an address the guild follows = %+v; want its old address, checked fine", got)
	}
	if got, _ := db.FindFeed(ctx, "g", "taken"); got.ID != taken.ID || got.URL != taken.URL {
		t.Errorf("the feed already at the new address = %+v; want it untouched", got)
	}
	if got, _ := db.FindFeed(ctx, "g", "failing"); got.URL != failing.URL || got.Failures != 1 {
		t.Errorf("failed check = %+v; want no move, one failure", got)
	}
	for _, want := range []string{
		`msg="feed moved permanently; following it at its new address" feed_id=` + strconv.Itoa(int(moving.ID)) +
			` guild_id=g old_url=https://moving.example/feed new_url=https://moving.example/rss.xml`,
		`msg="feed moved permanently to an address its guild already follows; keeping the old address" feed_id=` +
			strconv.Itoa(int(blocked.ID)) + ` guild_id=g old_url=https://blocked.example/feed new_url=https://taken.example/feed`,
	} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}

	clk.Set(t0.Add(15 * time.Minute))
	asked = nil
	if _, err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	if strings.Join(asked, " ") != "https://moving.example/rss.xml https://blocked.example/feed" {
		t.Errorf("the next checks asked %v; want the moved feed at its new address", asked)
	}
}

// TestRestartResumesSchedule: the schedule lives in the database; a new
// process (new DB handle, new poller) picks it up where it was.
func TestRestartResumesSchedule(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	db := openPollDB(t, path)
	addFeed(t, db, "a", t0)
	addFeed(t, db, "b", t0.Add(5*time.Minute))
	c := &checks{}
	clk := &pollClock{t: t0}
	p := &schedule.Poller{Store: db, Check: c.check, Now: clk.Now, Log: quietLog()}
	if n, _ := p.PollDue(ctx); n != 1 {
		t.Fatalf("first process polled %d; want 1", n)
	}
	db.Close()

	db = openPollDB(t, path)
	defer db.Close()
	clk.Set(t0.Add(10 * time.Minute))
	p = &schedule.Poller{Store: db, Check: c.check, Now: clk.Now, Log: quietLog()}
	if n, _ := p.PollDue(ctx); n != 1 || c.names() != "a,b" {
		t.Fatalf("after a restart at t0+10m: polled %d (%s); want b only, a is not due again", n, c.names())
	}
	clk.Set(t0.Add(15 * time.Minute))
	if n, _ := p.PollDue(ctx); n != 1 || c.names() != "a,b,a" {
		t.Errorf("at t0+15m: polled %d (%s); want a again", n, c.names())
	}
}

type notices struct {
	mu   sync.Mutex
	sent []string
	fail bool
}

func (n *notices) notify(_ context.Context, f newsbot.Feed, msg string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.fail {
		return errors.New("discord is down")
	}
	n.sent = append(n.sent, f.ChannelID+": "+msg)
	return nil
}

func TestFailuresPauseAndTellTheGuildOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	db := openPollDB(t, path)
	addFeed(t, db, "gazette", t0)
	c := &checks{answer: func(newsbot.Feed) newsbot.FeedCheck {
		return newsbot.FeedCheck{Err: &newsbot.Error{Code: newsbot.EUNAVAILABLE, Message: "That site is having trouble (HTTP 500 Internal Server Error).",
			Err: errors.New("fetch: HTTP 500")}}
	}}
	clk := &pollClock{t: t0}
	sink := &notices{fail: true}
	p := &schedule.Poller{Store: db, Check: c.check, Notify: sink.notify, Now: clk.Now, Log: quietLog(), Jitter: func() float64 { return 0.5 }}
	for i := 0; i < 30; i++ {
		if _, err := p.PollDue(ctx); err != nil {
			t.Fatal(err)
		}
		p.SendNotices(ctx)
		f, _ := db.FindFeed(ctx, "g", "gazette")
		if f.Paused {
			break
		}
		clk.Set(f.NextCheck)
	}
	f, _ := db.FindFeed(ctx, "g", "gazette")
	if !f.Paused || f.Failures != 10 || strings.Count(c.names(), "gazette") != 10 {
		t.Fatalf("after polling a failing feed: %+v, checked %d times; want paused after 10", f, strings.Count(c.names(), "gazette"))
	}
	if len(sink.sent) != 0 {
		t.Fatalf("notices sent while sending fails: %v", sink.sent)
	}
	db.Close()

	// Restart with Discord back: the notice goes out once, in the channel
	// the feed was added from, and never again.
	db = openPollDB(t, path)
	defer db.Close()
	sink.fail = false
	p = &schedule.Poller{Store: db, Check: c.check, Notify: sink.notify, Now: clk.Now, Log: quietLog()}
	for i := 0; i < 3; i++ {
		clk.Set(clk.Now().Add(24 * time.Hour))
		if n, _ := p.PollDue(ctx); n != 0 {
			t.Errorf("a paused feed was polled")
		}
		if err := p.SendNotices(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if len(sink.sent) != 1 {
		t.Fatalf("notices = %q; want exactly one", sink.sent)
	}
	msg := sink.sent[0]
	for _, want := range []string{"chan-gazette: ", "paused the feed “gazette”", "10 failed checks", "HTTP 500 Internal Server Error", "feed resume gazette"} {
		if !strings.Contains(msg, want) {
			t.Errorf("notice %q lacks %q", msg, want)
		}
	}
	if strings.Contains(msg, "fetch:") {
		t.Errorf("notice leaks the error chain: %q", msg)
	}
}

func TestWorkersBoundConcurrency(t *testing.T) {
	ctx := context.Background()
	db := openPollDB(t, filepath.Join(t.TempDir(), "p.db"))
	defer db.Close()
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		addFeed(t, db, n, t0)
	}
	var cur, peak atomic.Int32
	check := func(ctx context.Context, f newsbot.Feed) newsbot.FeedCheck {
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		cur.Add(-1)
		return newsbot.FeedCheck{}
	}
	p := &schedule.Poller{Store: db, Check: check, Workers: 2, Now: func() time.Time { return t0 }, Log: quietLog()}
	if n, err := p.PollDue(ctx); n != 7 || err != nil {
		t.Fatalf("PollDue = %d, %v", n, err)
	}
	if peak.Load() != 2 {
		t.Errorf("peak concurrent checks = %d; want 2", peak.Load())
	}
}

// TestRunStopsOnCancel: Run ends when its context does, after the check in
// flight returns, and a check cut short is not recorded as a failure.
func TestRunStopsOnCancel(t *testing.T) {
	db := openPollDB(t, filepath.Join(t.TempDir(), "p.db"))
	defer db.Close()
	addFeed(t, db, "slow", t0)
	started := make(chan struct{})
	var inFlight atomic.Bool
	check := func(ctx context.Context, f newsbot.Feed) newsbot.FeedCheck {
		inFlight.Store(true)
		defer inFlight.Store(false)
		close(started)
		<-ctx.Done()
		return newsbot.FeedCheck{Err: ctx.Err()}
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &schedule.Poller{Store: db, Check: check, Now: func() time.Time { return t0 }, Tick: 10 * time.Millisecond, Log: quietLog()}
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	<-started
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
	if inFlight.Load() {
		t.Errorf("Run returned with a check still running")
	}
	f, _ := db.FindFeed(context.Background(), "g", "slow")
	if f.Failures != 0 || !f.NextCheck.Equal(t0) {
		t.Errorf("an interrupted check was recorded: %+v", f)
	}
}
