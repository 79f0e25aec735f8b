package schedule

// Feed polling. What is due comes from each feed's next_check_at in the
// database, so a restart neither skips a feed nor polls it twice.

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// Defaults for a zero Poller field.
const (
	DefaultPollInterval = 15 * time.Minute
	MinPollInterval     = 5 * time.Minute
	DefaultMaxFailures  = 10
	DefaultPollWorkers  = 4
	DefaultPollTick     = 30 * time.Second
	DefaultMaxBackoff   = 6 * time.Hour
	pollBatch           = 100
)

// Poller polls due feeds with bounded concurrency and records what it
// learnt; after MaxFailures consecutive failures it pauses a feed and tells
// the guild once, in the channel the feed was added from.
type Poller struct {
	Store newsbot.FeedStore
	// Check polls one feed (ingest.Web.Poll).
	Check func(ctx context.Context, f newsbot.Feed) newsbot.FeedCheck
	// Notify tells a feed's guild something, in f.ChannelID. nil leaves
	// notices pending in the database until a poller that can send runs.
	Notify func(ctx context.Context, f newsbot.Feed, message string) error
	Now    func() time.Time
	// Jitter returns a number in [0, 1) that spreads retries; default
	// math/rand/v2.
	Jitter func() float64

	Interval    time.Duration // between checks of a healthy feed; default 15 minutes, at least 5
	MaxFailures int           // consecutive failures before a feed is paused; default 10
	Workers     int           // feeds polled at once; default 4 (the client bounds each host too)
	Tick        time.Duration // how often Run looks for due feeds; default 30 s
	MaxBackoff  time.Duration // the longest wait after failures, before jitter; default 6 hours
	Log         *slog.Logger
}

func (p *Poller) now() time.Time {
	if p.Now == nil {
		return time.Now().UTC()
	}
	return p.Now().UTC()
}

func (p *Poller) log() *slog.Logger {
	if p.Log == nil {
		return slog.Default()
	}
	return p.Log
}

func (p *Poller) interval() time.Duration {
	if p.Interval <= 0 {
		return DefaultPollInterval
	}
	return max(p.Interval, MinPollInterval)
}

// Run polls due feeds and sends pending notices every Tick until ctx is
// done. Every goroutine it starts has ended when it returns.
func (p *Poller) Run(ctx context.Context) error {
	tick := p.Tick
	if tick <= 0 {
		tick = DefaultPollTick
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		n, err := p.PollDue(ctx)
		if err != nil && ctx.Err() == nil {
			p.log().Error("poll feeds", "err", err)
		}
		if ctx.Err() == nil {
			if err := p.SendNotices(ctx); err != nil && ctx.Err() == nil {
				p.log().Error("send feed notices", "err", err)
			}
		}
		if n == pollBatch && err == nil {
			continue // more are due: no need to wait for the tick
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// PollDue polls the feeds due now, Workers at a time, saves each one's
// next state, and returns how many it polled. A check cut short by ctx is
// not recorded: the feed stays due.
func (p *Poller) PollDue(ctx context.Context) (int, error) {
	due, err := p.Store.DueFeeds(ctx, p.now(), pollBatch)
	if err != nil || len(due) == 0 {
		return 0, err
	}
	workers := p.Workers
	if workers <= 0 {
		workers = DefaultPollWorkers
	}
	jobs := make(chan newsbot.Feed)
	errs := make(chan error, len(due))
	var wg sync.WaitGroup
	for range min(workers, len(due)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				if err := p.poll(ctx, f); err != nil {
					errs <- err
				}
			}
		}()
	}
	n := 0
	for _, f := range due {
		if ctx.Err() != nil {
			break
		}
		jobs <- f
		n++
	}
	close(jobs)
	wg.Wait()
	close(errs)
	return n, <-errs // the first storage error, if any
}

func (p *Poller) poll(ctx context.Context, f newsbot.Feed) error {
	start := time.Now()
	c := p.Check(ctx, f)
	if ctx.Err() != nil {
		return nil // shutting down: the feed stays due for the next start
	}
	if c.Checked.IsZero() {
		c.Checked = p.now()
	}
	if c.Err == nil && c.MovedTo != "" {
		f = p.move(ctx, f, c.MovedTo)
	}
	next := p.Next(f, c, p.jitter())
	log := p.log().With("feed_id", f.ID, "guild_id", f.GuildID, "url", f.URL, "duration", time.Since(start).Round(time.Millisecond),
		"next_check_at", next.NextCheck.Format(time.RFC3339))
	switch {
	case c.Err != nil:
		log.Warn("feed check failed", "failures", next.Failures, "retry_after", c.RetryAfter, "paused", next.Paused, "err", c.Err)
	case c.NotModified:
		log.Debug("feed not modified")
	default:
		r := c.Report
		log.Info("feed checked", "found", r.Found, "added", r.Added, "updated", r.Updated, "unchanged", r.Unchanged,
			"skipped", r.Skipped, "pending", r.Pending)
	}
	if err := p.Store.SaveFeedState(ctx, next); err != nil {
		return fmt.Errorf("save state of feed %d: %w", f.ID, err)
	}
	return nil
}

// move follows a feed to the address it moved to for good, so that the
// next checks go straight there. When its guild already follows that
// address as another feed, this one keeps its own and the log says so: two
// feeds of one guild never share an address, and the check itself went
// well. Any other failure is logged and the move tried again next time.
func (p *Poller) move(ctx context.Context, f newsbot.Feed, to string) newsbot.Feed {
	log := p.log().With("feed_id", f.ID, "guild_id", f.GuildID, "old_url", f.URL, "new_url", to)
	err := p.Store.MoveFeed(ctx, f.ID, to)
	switch code := newsbot.ErrorCode(err); {
	case err == nil:
		log.Info("feed moved permanently; following it at its new address")
		f.URL = to
	case code == newsbot.ECONFLICT:
		log.Warn("feed moved permanently to an address its guild already follows; keeping the old address", "err", err)
	case code == newsbot.ENOTFOUND:
		// Removed meanwhile; saving its state ignores it too.
	default:
		log.Error("follow a feed to its new address; trying again at the next check", "err", err)
	}
	return f
}

func (p *Poller) jitter() float64 {
	if p.Jitter != nil {
		return p.Jitter()
	}
	return rand.Float64()
}

// Next is a feed's state after check c. It is pure; jitter in [0, 1)
// spreads retries.
//
// A feed that answered is checked again after Interval, or later when the
// server said its answer stays fresh longer (Cache-Control max-age,
// Expires). A feed that failed waits Interval·2^(failures-1), at most
// MaxBackoff, plus up to half that again at random so that feeds failing
// together do not retry together, and never less than the server's
// Retry-After. After MaxFailures failures in a row it is paused, with a
// notice pending for its guild.
func (p *Poller) Next(f newsbot.Feed, c newsbot.FeedCheck, jitter float64) newsbot.Feed {
	interval := p.interval()
	f.LastCheck = c.Checked
	if c.Err == nil {
		f.Failures, f.LastError, f.LastSuccess = 0, "", c.Checked
		if c.Report.Title != "" {
			f.Title = c.Report.Title
		}
		f.ETag, f.LastModified = c.ETag, c.LastModified
		f.NextCheck = c.Checked.Add(max(interval, c.FreshFor))
		return f
	}
	f.Failures++
	f.LastError = newsbot.ErrorMessage(c.Err)
	maxBackoff := p.MaxBackoff
	if maxBackoff <= 0 {
		maxBackoff = DefaultMaxBackoff
	}
	backoff := maxBackoff
	if exp := math.Ldexp(float64(interval), f.Failures-1); exp < float64(maxBackoff) {
		backoff = time.Duration(exp)
	}
	wait := backoff + time.Duration(jitter*float64(backoff)/2)
	f.NextCheck = c.Checked.Add(max(wait, c.RetryAfter))
	maxFailures := p.MaxFailures
	if maxFailures <= 0 {
		maxFailures = DefaultMaxFailures
	}
	if f.Failures >= maxFailures && !f.Paused {
		f.Paused, f.PauseReason, f.NoticePending = true, newsbot.PauseByFailures, true
	}
	return f
}

// SendNotices tells guilds what is pending for them (a feed paused after
// repeated failures), once: a notice is cleared when sent, and stays
// pending, to be retried, when sending fails or nobody can send.
func (p *Poller) SendNotices(ctx context.Context) error {
	if p.Notify == nil {
		return nil
	}
	feeds, err := p.Store.PendingNotices(ctx)
	if err != nil {
		return err
	}
	for _, f := range feeds {
		if err := p.Notify(ctx, f, Notice(f)); err != nil {
			p.log().Warn("send a feed notice; will retry", "feed_id", f.ID, "guild_id", f.GuildID, "channel_id", f.ChannelID, "err", err)
			continue
		}
		if err := p.Store.ClearNotice(ctx, f.ID); err != nil {
			return err
		}
		p.log().Info("sent a feed notice", "feed_id", f.ID, "guild_id", f.GuildID, "channel_id", f.ChannelID)
	}
	return nil
}

// Notice is the message a guild gets about a feed paused for failures.
func Notice(f newsbot.Feed) string {
	last := ""
	if f.LastError != "" {
		last = " The last error: " + f.LastError
	}
	return fmt.Sprintf("I paused the feed “%s” (%s) after %d failed checks in a row.%s "+
		"Someone with Manage Server can resume it with the feed resume command (feed resume %s).",
		f.Name, f.URL, f.Failures, last, f.Name)
}
