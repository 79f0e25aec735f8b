package schedule_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/schedule"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// clock is the injected time.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// channels is a fake of the channels digests are posted in: like Discord
// with message nonces, a key already posted is not posted again.
type channels struct {
	mu          sync.Mutex
	calls       []schedule.Delivery          // every PublishDigest
	posted      map[string]schedule.Delivery // by key: what the channels hold
	order       []string                     // keys in posting order
	notices     []newsbot.Subscription
	before      func(context.Context, schedule.Delivery) error // fails a call before posting
	hold        time.Duration                                  // each post takes this long
	inflight    int
	maxInflight int
}

func newChannels() *channels { return &channels{posted: map[string]schedule.Delivery{}} }

func (c *channels) PublishDigest(ctx context.Context, d schedule.Delivery) error {
	c.mu.Lock()
	c.calls = append(c.calls, d)
	c.inflight++
	c.maxInflight = max(c.maxInflight, c.inflight)
	before := c.before
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.inflight--
		c.mu.Unlock()
	}()
	if before != nil {
		if err := before(ctx, d); err != nil {
			return err
		}
	}
	time.Sleep(c.hold)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.posted[d.Key]; !dup {
		c.posted[d.Key] = d
		c.order = append(c.order, d.Key)
	}
	return nil
}

func (c *channels) NotifyPaused(ctx context.Context, sub newsbot.Subscription) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.notices = append(c.notices, sub)
	return nil
}

// posts returns what the channels hold, in posting order.
func (c *channels) posts() []schedule.Delivery {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]schedule.Delivery, len(c.order))
	for i, k := range c.order {
		out[i] = c.posted[k]
	}
	return out
}

func (c *channels) callCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.calls)
}

// world is a database, a clock and channels; each scheduler made from it
// is one run of the process.
type world struct {
	t     *testing.T
	path  string
	db    *sqlite.DB
	clock *clock
	ch    *channels
	log   *bytes.Buffer
	logMu sync.Mutex
	empty atomic.Bool // the archive has no news
}

func newWorld(t *testing.T, start time.Time) *world {
	t.Helper()
	w := &world{t: t, path: filepath.Join(t.TempDir(), "newsbot.db"), clock: &clock{t: start}, ch: newChannels(), log: &bytes.Buffer{}}
	w.open()
	t.Cleanup(func() {
		w.db.Close()
		if t.Failed() {
			t.Logf("scheduler log:\n%s", w.logText())
		}
	})
	return w
}

func (w *world) Write(p []byte) (int, error) {
	w.logMu.Lock()
	defer w.logMu.Unlock()
	return w.log.Write(p)
}

func (w *world) logText() string {
	w.logMu.Lock()
	defer w.logMu.Unlock()
	return w.log.String()
}

func (w *world) open() {
	db, err := sqlite.Open(context.Background(), w.path)
	if err != nil {
		w.t.Fatal(err)
	}
	db.Now = w.clock.Now
	w.db = db
}

// restart closes and reopens the database: whatever was in memory is gone.
func (w *world) restart() {
	w.db.Close()
	w.open()
}

// scheduler is one run of the process over the world's store (or store).
func (w *world) scheduler(store newsbot.DigestStore) *schedule.Digests {
	if store == nil {
		store = w.db
	}
	return &schedule.Digests{
		Store: store, Publisher: w.ch, Now: w.clock.Now, Workers: 4,
		Log: slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Build: func(ctx context.Context, topics []string, since, now time.Time) (newsbot.Digest, error) {
			d := newsbot.Digest{Generated: now, Since: since, Until: now, Topics: topics}
			if !w.empty.Load() {
				d.Stories = []newsbot.Story{{Headline: "News of " + now.UTC().Format(time.DateTime), Outlets: []string{"Alpha"}}}
			}
			return d, nil
		},
	}
}

func (w *world) subscribe(channel string, hour, minute int, zone string, edit ...func(*newsbot.Subscription)) newsbot.Subscription {
	w.t.Helper()
	s := newsbot.Subscription{GuildID: "g", ChannelID: channel, Hour: hour, Minute: minute, Zone: zone, Quiet: newsbot.QuietNote}
	for _, e := range edit {
		e(&s)
	}
	next, err := s.Next(w.clock.Now())
	if err != nil {
		w.t.Fatal(err)
	}
	s.NextDue = next
	if err := w.db.AddSubscription(context.Background(), &s); err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) tick(s *schedule.Digests) {
	w.t.Helper()
	if err := s.Tick(context.Background()); err != nil {
		w.t.Fatal(err)
	}
}

// runUntil advances the clock from due time to due time (plus a few
// seconds of work) until end, ticking at each: the schedule of weeks runs
// in milliseconds.
func (w *world) runUntil(s *schedule.Digests, end time.Time) {
	w.t.Helper()
	for {
		next, err := w.db.NextDueAt(context.Background())
		if err != nil {
			w.t.Fatal(err)
		}
		if next.IsZero() || next.After(end) {
			w.clock.Set(end)
			return
		}
		w.clock.Set(next.Add(20 * time.Second))
		w.tick(s)
	}
}

func (w *world) sub(id newsbot.SubscriptionID) newsbot.Subscription {
	w.t.Helper()
	all, err := w.db.Subscriptions(context.Background(), "")
	if err != nil {
		w.t.Fatal(err)
	}
	for _, s := range all {
		if s.ID == id {
			return s
		}
	}
	w.t.Fatalf("no digest %d", id)
	return newsbot.Subscription{}
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestDigestsAcrossDaylightSaving runs the weeks around 2026's clock
// changes in Berlin (29 March, 25 October) and New York (8 March, 1
// November): 08:00 local on both sides, a skipped 02:30 at 03:00, a
// repeated 01:30 or 02:30 once.
func TestDigestsAcrossDaylightSaving(t *testing.T) {
	for _, period := range []struct{ from, to string }{
		{"2026-03-01T00:00:00Z", "2026-04-05T00:00:00Z"},
		{"2026-10-18T00:00:00Z", "2026-11-08T00:00:00Z"},
	} {
		t.Run(period.from[:7], func(t *testing.T) {
			w := newWorld(t, date(period.from))
			type want struct {
				hour, minute int
				zone         string
			}
			subs := map[string]want{
				"berlin-0800": {8, 0, "Europe/Berlin"}, "berlin-0230": {2, 30, "Europe/Berlin"},
				"ny-0800": {8, 0, "America/New_York"}, "ny-0230": {2, 30, "America/New_York"}, "ny-0130": {1, 30, "America/New_York"},
			}
			for ch, s := range subs {
				w.subscribe(ch, s.hour, s.minute, s.zone)
			}
			sched := w.scheduler(nil)
			end := date(period.to)
			w.runUntil(sched, end)

			if n := w.ch.callCount(); n != len(w.ch.posts()) {
				t.Errorf("%d publish calls for %d posts; want one each", n, len(w.ch.posts()))
			}
			byChannel := map[string][]schedule.Delivery{}
			for _, p := range w.ch.posts() {
				byChannel[p.Subscription.ChannelID] = append(byChannel[p.Subscription.ChannelID], p)
			}
			offsets := map[string]map[int]bool{}
			for ch, s := range subs {
				loc, _ := time.LoadLocation(s.zone)
				days := map[string]bool{}
				offsets[ch] = map[int]bool{}
				for _, p := range byChannel[ch] {
					local := p.Due.In(loc)
					day := local.Format("2006-01-02")
					if days[day] {
						t.Errorf("%s: posted twice on %s", ch, day)
					}
					days[day] = true
					_, off := local.Zone()
					offsets[ch][off] = true
					if p.Late != 0 {
						t.Errorf("%s: due %s posted %s late", ch, local, p.Late)
					}
					if local.Hour() != s.hour || local.Minute() != s.minute {
						// Only the day the clocks skipped the time: 03:00.
						if s.hour != 2 || local.Hour() != 3 || local.Minute() != 0 {
							t.Errorf("%s: due at %s local; want %02d:%02d", ch, local.Format(time.DateTime+" MST"), s.hour, s.minute)
						} else {
							t.Logf("%s: %02d:%02d does not exist on %s; posted at %s", ch, s.hour, s.minute, day, local.Format("15:04 MST"))
						}
					}
				}
				// One post per local day of the period.
				wantDays := 0
				for d := date(period.from).In(loc); d.Before(end); d = d.AddDate(0, 0, 1) {
					wantDays++
				}
				if got := len(days); got < wantDays-1 || got > wantDays {
					t.Errorf("%s: posted on %d days of %d", ch, got, wantDays)
				}
			}
			for ch, offs := range offsets {
				if len(offs) != 2 {
					t.Errorf("%s: posts under %d UTC offsets; the period crosses a change, want 2", ch, len(offs))
				}
			}
		})
	}
}

// TestDigestsRestart stops the process at each point of a send: before
// posting, between posting and marking it sent, after; the channel gets
// the digest exactly once.
func TestDigestsRestart(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	crash := errors.New("the process died")

	t.Run("before the post", func(t *testing.T) {
		w := newWorld(t, due.Add(-time.Hour))
		sub := w.subscribe("c", 8, 0, "UTC")
		w.clock.Set(due.Add(5 * time.Second))
		ctx, cancel := context.WithCancel(context.Background())
		w.ch.before = func(context.Context, schedule.Delivery) error { cancel(); return ctx.Err() }
		if err := w.scheduler(nil).Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if len(w.ch.posts()) != 0 {
			t.Fatal("posted although the process died before posting")
		}
		w.ch.before = nil
		w.restart()
		w.clock.Set(due.Add(time.Minute))
		w.tick(w.scheduler(nil))
		posts := w.ch.posts()
		if len(posts) != 1 || !posts[0].Retry || posts[0].Key != schedule.Key(sub.ID, due) {
			t.Fatalf("after the restart: %+v; want one post, marked a retry, with the due time's key", posts)
		}
		w.tick(w.scheduler(nil))
		if n := w.ch.callCount(); n != 2 {
			t.Errorf("%d publish calls; want 2 (the interrupted one and the retry)", n)
		}
		if s := w.sub(sub.ID); !s.NextDue.Equal(due.Add(24 * time.Hour)) {
			t.Errorf("next due %s; want the next day", s.NextDue)
		}
	})

	t.Run("between the post and marking it", func(t *testing.T) {
		w := newWorld(t, due.Add(-time.Hour))
		sub := w.subscribe("c", 8, 0, "UTC")
		w.clock.Set(due.Add(5 * time.Second))
		w.tick(w.scheduler(&failingStore{DigestStore: w.db, endSend: crash}))
		if len(w.ch.posts()) != 1 {
			t.Fatalf("first run posted %d", len(w.ch.posts()))
		}
		first := w.ch.posts()[0]
		// Later, after a news article arrived: the retry must post the
		// stored digest, not a new one.
		w.restart()
		w.clock.Set(due.Add(3 * time.Minute))
		w.tick(w.scheduler(nil))
		if n := w.ch.callCount(); n != 2 {
			t.Fatalf("%d publish calls; want the first and one retry", n)
		}
		retry := w.ch.calls[1]
		if !retry.Retry || retry.Key != first.Key || retry.Digest.Stories[0].Headline != first.Digest.Stories[0].Headline || retry.Late != first.Late {
			t.Errorf("retry = %+v; want Retry with the first attempt's key, content and lateness %+v", retry, first)
		}
		if len(w.ch.posts()) != 1 {
			t.Errorf("the channel holds %d digests; want 1", len(w.ch.posts()))
		}
		sends, _ := w.db.DigestSends(context.Background(), sub.ID, 5)
		if len(sends) != 1 || sends[0].State != newsbot.SendSent || sends[0].Attempts != 2 {
			t.Errorf("sends = %+v; want one, sent, after 2 attempts", sends)
		}
	})

	t.Run("after marking", func(t *testing.T) {
		w := newWorld(t, due.Add(-time.Hour))
		w.subscribe("c", 8, 0, "UTC")
		w.clock.Set(due.Add(5 * time.Second))
		w.tick(w.scheduler(nil))
		w.restart()
		w.tick(w.scheduler(nil))
		w.clock.Set(due.Add(2 * time.Hour))
		w.tick(w.scheduler(nil))
		if n := w.ch.callCount(); n != 1 {
			t.Errorf("%d publish calls; want 1", n)
		}
	})
}

// failingStore fails EndSend, as a process that dies after posting
// would never get to mark it.
type failingStore struct {
	newsbot.DigestStore
	endSend error
}

func (f *failingStore) EndSend(ctx context.Context, s newsbot.DigestSend, next time.Time) error {
	if f.endSend != nil {
		return f.endSend
	}
	return f.DigestStore.EndSend(ctx, s, next)
}

// TestDigestsGrace: after downtime, a due time missed by less than the
// grace period is posted late, saying so; older ones are skipped and logged.
func TestDigestsGrace(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	tests := []struct {
		name     string
		restart  time.Time
		wantDue  time.Time // zero: nothing posted
		wantLate time.Duration
		wantNext time.Time
		wantLog  string
	}{
		{"on time", due.Add(30 * time.Second), due, 0, due.Add(24 * time.Hour), "digest posted"},
		{"3 hours late", due.Add(3 * time.Hour), due, 3 * time.Hour, due.Add(24 * time.Hour), "digest posted"},
		{"7 hours late", due.Add(7 * time.Hour), time.Time{}, 0, due.Add(24 * time.Hour), "missed_by=7h0m0s"},
		{"three days down", due.Add(49 * time.Hour), due.Add(48 * time.Hour), time.Hour, due.Add(72 * time.Hour), "also_skipped=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, due.Add(-time.Hour))
			sub := w.subscribe("c", 8, 0, "UTC")
			w.restart()
			w.clock.Set(tt.restart)
			w.tick(w.scheduler(nil))
			posts := w.ch.posts()
			switch {
			case tt.wantDue.IsZero() && len(posts) != 0:
				t.Errorf("posted %+v; want the stale due time skipped", posts)
			case !tt.wantDue.IsZero() && (len(posts) != 1 || !posts[0].Due.Equal(tt.wantDue) || posts[0].Late != tt.wantLate):
				t.Errorf("posts = %+v; want one for %s, %s late", posts, tt.wantDue, tt.wantLate)
			}
			if s := w.sub(sub.ID); !s.NextDue.Equal(tt.wantNext) {
				t.Errorf("next due %s; want %s", s.NextDue, tt.wantNext)
			}
			if !strings.Contains(w.logText(), tt.wantLog) {
				t.Errorf("log lacks %q", tt.wantLog)
			}
		})
	}
}

// TestDigestsGraceLongerThanADay: with a grace period of two days, a
// process down for 30 hours missed two due times, both within the grace.
// Only the latest is posted (late, once); the older one is skipped, not
// posted as well followed by a second, empty digest.
func TestDigestsGraceLongerThanADay(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	w := newWorld(t, due.Add(-time.Hour))
	sub := w.subscribe("c", 8, 0, "UTC")
	w.restart()
	w.clock.Set(due.Add(30 * time.Hour))
	sched := w.scheduler(nil)
	sched.Grace = 48 * time.Hour
	w.tick(sched)
	w.tick(sched)
	posts := w.ch.posts()
	if len(posts) != 1 || !posts[0].Due.Equal(due.Add(24*time.Hour)) || posts[0].Late != 6*time.Hour {
		t.Errorf("posts = %+v; want one, for the latest due time, 6h late", posts)
	}
	if s := w.sub(sub.ID); !s.NextDue.Equal(due.Add(48 * time.Hour)) {
		t.Errorf("next due %s; want %s", s.NextDue, due.Add(48*time.Hour))
	}
}

// TestDigestsClockJumps: a clock that jumps forward posts the latest due
// time once (late), one that jumps back posts nothing again.
func TestDigestsClockJumps(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	w := newWorld(t, due.Add(-time.Hour))
	w.subscribe("c", 8, 0, "Europe/Berlin", func(s *newsbot.Subscription) { s.Hour = 9 }) // 08:00 UTC
	sched := w.scheduler(nil)
	w.runUntil(sched, due.Add(time.Hour))
	if len(w.ch.posts()) != 1 {
		t.Fatalf("posts = %d; want 1", len(w.ch.posts()))
	}

	// Back by a day and a half, then the clock runs again to the next
	// due time: nothing already sent is sent again.
	w.clock.Set(due.Add(-36 * time.Hour))
	for at := w.clock.Now(); at.Before(due.Add(24*time.Hour - time.Minute)); at = at.Add(17 * time.Minute) {
		w.clock.Set(at)
		w.tick(sched)
	}
	if len(w.ch.posts()) != 1 {
		t.Fatalf("after the clock went back: %d posts; want still 1", len(w.ch.posts()))
	}
	w.clock.Set(due.Add(24*time.Hour + 10*time.Second))
	w.tick(sched)
	if len(w.ch.posts()) != 2 {
		t.Fatalf("at the next due time: %d posts; want 2", len(w.ch.posts()))
	}

	// Forward by three days and two hours: one late post, for today.
	w.clock.Set(due.Add(4*24*time.Hour + 2*time.Hour))
	w.tick(sched)
	w.tick(sched)
	posts := w.ch.posts()
	if len(posts) != 3 || !posts[2].Due.Equal(due.Add(4*24*time.Hour)) || posts[2].Late != 2*time.Hour {
		t.Errorf("after the jump forward: %+v; want one post for the latest due time, 2h late", posts[len(posts)-1])
	}
	if n := w.ch.callCount(); n != 3 {
		t.Errorf("%d publish calls; want 3", n)
	}
}

// TestDigestsSameMinute: 100 digests due at once are each posted once,
// never more than Workers at a time.
func TestDigestsSameMinute(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	w := newWorld(t, due.Add(-time.Hour))
	for i := range 100 {
		w.subscribe(fmt.Sprintf("c%03d", i), 8, 0, "UTC", func(s *newsbot.Subscription) { s.GuildID = fmt.Sprint("g", i) })
	}
	w.ch.hold = 3 * time.Millisecond
	sched := w.scheduler(nil)
	w.clock.Set(due.Add(time.Second))
	start := time.Now()
	w.tick(sched)
	w.tick(sched)
	posts := w.ch.posts()
	seen := map[string]bool{}
	for _, p := range posts {
		seen[p.Subscription.ChannelID] = true
	}
	if len(posts) != 100 || len(seen) != 100 || w.ch.callCount() != 100 {
		t.Errorf("%d posts in %d channels from %d calls; want 100 each", len(posts), len(seen), w.ch.callCount())
	}
	if w.ch.maxInflight > 4 || w.ch.maxInflight < 2 {
		t.Errorf("at most %d sends at a time; want 2 to 4 (Workers)", w.ch.maxInflight)
	}
	t.Logf("100 digests in %s, at most %d at a time", time.Since(start).Round(time.Millisecond), w.ch.maxInflight)
}

// TestDigestsPauseWhenChannelGone: a deleted channel or a missing
// permission pauses the digest and tells the guild once; other digests
// go on.
func TestDigestsPauseWhenChannelGone(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	w := newWorld(t, due.Add(-time.Hour))
	gone := w.subscribe("deleted", 8, 0, "UTC")
	closed := w.subscribe("closed", 8, 0, "UTC")
	fine := w.subscribe("fine", 8, 0, "UTC")
	w.ch.before = func(_ context.Context, d schedule.Delivery) error {
		switch d.Subscription.ChannelID {
		case "deleted":
			return &newsbot.Error{Code: newsbot.ENOTFOUND, Message: "The channel no longer exists."}
		case "closed":
			return &newsbot.Error{Code: newsbot.EFORBIDDEN, Message: "I may not post in that channel."}
		}
		return nil
	}
	sched := w.scheduler(nil)
	w.runUntil(sched, due.Add(5*24*time.Hour))
	if s := w.sub(gone.ID); !s.Paused || s.PauseReason != newsbot.PauseChannelGone {
		t.Errorf("deleted channel's digest = %+v; want paused, channel gone", s)
	}
	if s := w.sub(closed.ID); !s.Paused || s.PauseReason != newsbot.PauseNoAccess {
		t.Errorf("closed channel's digest = %+v; want paused, no access", s)
	}
	if len(w.ch.notices) != 2 {
		t.Errorf("guild told %d times; want once per paused digest", len(w.ch.notices))
	}
	n := 0
	for _, p := range w.ch.posts() {
		if p.Subscription.ID == fine.ID {
			n++
		}
	}
	if n != 6 {
		t.Errorf("the other digest posted %d times in 6 days; want 6", n)
	}
	if calls := w.ch.callCount(); calls != 6+2 {
		t.Errorf("%d publish calls; want 6 posts and one try for each paused digest", calls)
	}
}

// TestDigestsRetryAfterFailure: a transient failure is retried after a
// wait, with the same key, and the digest is posted once.
func TestDigestsRetryAfterFailure(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	w := newWorld(t, due.Add(-time.Hour))
	w.subscribe("c", 8, 0, "UTC")
	fails := 2
	w.ch.before = func(context.Context, schedule.Delivery) error {
		if fails > 0 {
			fails--
			return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Err: errors.New("502 Bad Gateway")}
		}
		return nil
	}
	sched := w.scheduler(nil)
	for _, at := range []time.Duration{0, 30 * time.Second, time.Minute, 2 * time.Minute, 3*time.Minute + time.Second, 4 * time.Minute} {
		w.clock.Set(due.Add(at))
		w.tick(sched)
	}
	if n := w.ch.callCount(); n != 3 {
		t.Errorf("%d publish calls; want 3 (two failures a minute then two apart, then success)", n)
	}
	keys := map[string]bool{}
	for _, c := range w.ch.calls {
		keys[c.Key] = true
	}
	if len(keys) != 1 || !w.ch.calls[1].Retry || !w.ch.calls[2].Retry || len(w.ch.posts()) != 1 {
		t.Errorf("calls = %+v; want the same key, retries marked, one post", w.ch.calls)
	}
}

// TestDigestsQuietDay: an empty day posts a short note, or nothing for a
// digest set to skip quiet days; LastSent moves only when something was posted.
func TestDigestsQuietDay(t *testing.T) {
	due := date("2026-01-06T08:00:00Z")
	w := newWorld(t, due.Add(-time.Hour))
	w.empty.Store(true)
	note := w.subscribe("note", 8, 0, "UTC")
	skip := w.subscribe("skip", 8, 0, "UTC", func(s *newsbot.Subscription) { s.Quiet = newsbot.QuietSkip })
	w.clock.Set(due.Add(time.Second))
	w.tick(w.scheduler(nil))
	posts := w.ch.posts()
	if len(posts) != 1 || posts[0].Subscription.ID != note.ID || !posts[0].Digest.Empty() {
		t.Fatalf("posts = %+v; want the empty digest of the note-taking subscription only", posts)
	}
	s := w.sub(skip.ID)
	if !s.NextDue.Equal(due.Add(24*time.Hour)) || !s.LastSent.IsZero() {
		t.Errorf("skipping digest = %+v; want next due tomorrow and nothing sent", s)
	}
	sends, _ := w.db.DigestSends(context.Background(), skip.ID, 5)
	if len(sends) != 1 || sends[0].State != newsbot.SendSkipped {
		t.Errorf("sends = %+v; want one skipped", sends)
	}
}

// TestDigestsWeekdaysOnly posts Monday to Friday by the local calendar.
func TestDigestsWeekdaysOnly(t *testing.T) {
	w := newWorld(t, date("2026-01-04T00:00:00Z")) // a Sunday
	w.subscribe("c", 7, 0, "Pacific/Auckland", func(s *newsbot.Subscription) { s.WeekdaysOnly = true })
	w.runUntil(w.scheduler(nil), date("2026-01-18T00:00:00Z"))
	loc, _ := time.LoadLocation("Pacific/Auckland")
	var days []string
	for _, p := range w.ch.posts() {
		local := p.Due.In(loc)
		if wd := local.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Errorf("posted on a %s", wd)
		}
		days = append(days, local.Format("Mon 2"))
	}
	if len(days) != 10 {
		t.Errorf("posted on %q; want the 10 weekdays of two weeks", days)
	}
}

// TestRunPostsAndStops runs the real loop on the real clock: a digest due
// now is posted, and Run returns when cancelled.
func TestRunPostsAndStops(t *testing.T) {
	w := newWorld(t, time.Now())
	s := w.subscribe("c", 0, 0, "UTC")
	if err := w.db.EndSend(context.Background(), newsbot.DigestSend{Subscription: s.ID, Due: s.NextDue.Add(-24 * time.Hour), State: newsbot.SendSkipped},
		time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	sched := w.scheduler(nil)
	sched.Now, sched.Poll = time.Now, 20*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sched.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for len(w.ch.posts()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
	if len(w.ch.posts()) != 1 {
		t.Errorf("posts = %d; want 1", len(w.ch.posts()))
	}
}
