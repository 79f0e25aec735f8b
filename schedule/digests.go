// Package schedule runs work that falls due, deciding what is due from
// persisted state only (a subscription's next due time, a send recorded
// before posting), so that a restart neither skips nor repeats anything.
// Its clock is injected: tests run weeks of schedule in milliseconds.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// Publisher posts digests where they belong; the Discord front end
// implements it.
type Publisher interface {
	// PublishDigest posts a digest to its subscription's channel. Posting
	// the same Key again must not post twice: the front end derives
	// message nonces from it and, on a Retry, first looks for the parts
	// already in the channel. Errors are classified: ENOTFOUND when the
	// channel is gone, EFORBIDDEN when the bot may not post there (both
	// pause the digest); any other error is retried.
	PublishDigest(ctx context.Context, d Delivery) error
	// NotifyPaused tells a subscription's guild, once, that its digest was
	// paused and why. EUNAVAILABLE is retried; any other error gives up.
	NotifyPaused(ctx context.Context, sub newsbot.Subscription) error
}

// Delivery is one digest to post.
type Delivery struct {
	Subscription newsbot.Subscription
	Digest       newsbot.Digest
	Due          time.Time
	Late         time.Duration // > 0: posted this long after Due, which it should say
	Key          string        // identifies the due time; see Publisher
	Retry        bool          // an earlier attempt may have posted some or all of it
}

// BuildFunc builds the digest of the news published in [since, now] on
// topics (none: the top stories); briefings.Engine.Digest in production.
type BuildFunc func(ctx context.Context, topics []string, since, now time.Time) (newsbot.Digest, error)

// Defaults for zero fields of Digests.
const (
	DefaultGrace           = 6 * time.Hour
	DefaultDigestWorkers   = 4
	DefaultDigestPoll      = 10 * time.Second
	DefaultLateAfter       = 10 * time.Minute
	DefaultDigestRetry     = time.Minute
	DefaultShutdownTimeout = 10 * time.Second
	maxRetryAfter          = 30 * time.Minute
	digestBatch            = 200
)

// Digests posts each subscription's digest once per due time. Due times
// come from the store; a due time missed by less than Grace (the process
// was down) is posted late, with a note, and older ones are skipped and
// logged. Sends run at most Workers at a time.
type Digests struct {
	Store     newsbot.DigestStore
	Build     BuildFunc
	Publisher Publisher
	Now       func() time.Time // default time.Now
	Log       *slog.Logger

	Grace           time.Duration // how late a missed due time may still be posted
	Workers         int           // sends at a time
	Poll            time.Duration // longest sleep between looks at the store (new subscriptions)
	LateAfter       time.Duration // a digest posted later than this after its due time says so
	RetryAfter      time.Duration // first wait after a failed post, doubling up to 30 minutes
	ShutdownTimeout time.Duration // how long sends in flight may finish after Run's ctx is done

	mu      sync.Mutex
	retries map[newsbot.SubscriptionID]retry
}

type retry struct {
	at    time.Time
	delay time.Duration
}

func (d *Digests) init() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.retries == nil {
		d.retries = map[newsbot.SubscriptionID]retry{}
	}
}

func (d *Digests) now() time.Time {
	if d.Now == nil {
		return time.Now()
	}
	return d.Now()
}

func (d *Digests) log() *slog.Logger {
	if d.Log == nil {
		return slog.Default()
	}
	return d.Log
}

func orDefault[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// Key is the identity of one due time of a subscription, short enough to
// stem Discord message nonces (at most 25 characters).
func Key(id newsbot.SubscriptionID, due time.Time) string {
	return "dg" + strconv.FormatInt(int64(id), 36) + "." + strconv.FormatInt(due.Unix(), 36)
}

// Run posts digests as they fall due until ctx is done. Then it starts no
// more, lets sends in flight finish within ShutdownTimeout (then cancels
// them: they resume after a restart) and returns once every goroutine it
// started has ended.
func (d *Digests) Run(ctx context.Context) error {
	d.init()
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wg.Go(func() {
		select {
		case <-ctx.Done():
		case <-work.Done():
			return
		}
		t := time.NewTimer(orDefault(d.ShutdownTimeout, DefaultShutdownTimeout))
		defer t.Stop()
		select {
		case <-t.C:
			d.log().Warn("digest sends still in flight at the shutdown bound; cancelling them (they resume after a restart)")
			cancel()
		case <-work.Done():
		}
	})
	d.log().Info("digest scheduler started", "grace", orDefault(d.Grace, DefaultGrace), "workers", orDefault(d.Workers, DefaultDigestWorkers))
	for {
		n, err := d.tick(ctx, work)
		if err != nil && ctx.Err() == nil {
			d.log().Error("look for due digests", "err", err)
		}
		if ctx.Err() != nil {
			d.log().Info("digest scheduler stopped")
			return nil
		}
		wait := d.sleep(ctx, n)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			d.log().Info("digest scheduler stopped")
			return nil
		case <-t.C:
		}
	}
}

// sleep is how long Run may wait: until the next due time or retry, at
// most Poll, so that subscriptions added meanwhile are seen.
func (d *Digests) sleep(ctx context.Context, handled int) time.Duration {
	if handled >= digestBatch {
		return 0 // more are due
	}
	poll := orDefault(d.Poll, DefaultDigestPoll)
	now := d.now()
	wait := poll
	next, err := d.Store.NextDueAt(ctx)
	if err == nil && next.After(now) {
		wait = min(wait, next.Sub(now))
	}
	d.mu.Lock()
	for _, r := range d.retries {
		if r.at.After(now) {
			wait = min(wait, r.at.Sub(now))
		}
	}
	d.mu.Unlock()
	return max(wait, 50*time.Millisecond)
}

// Tick posts every digest due now and waits for the sends to end, then
// tells guilds about digests that were paused. Run calls it; tests drive
// the schedule with it and an injected clock.
func (d *Digests) Tick(ctx context.Context) error {
	d.init()
	_, err := d.tick(ctx, ctx)
	return err
}

// tick takes due subscriptions while ctx lasts and sends under work.
func (d *Digests) tick(ctx, work context.Context) (handled int, err error) {
	now := d.now()
	due, err := d.Store.DueSubscriptions(ctx, now, digestBatch)
	if err != nil {
		return 0, fmt.Errorf("due digests: %w", err)
	}
	sem := make(chan struct{}, orDefault(d.Workers, DefaultDigestWorkers))
	var wg sync.WaitGroup
	for _, sub := range due {
		if d.waiting(sub.ID, now) {
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		handled++
		wg.Go(func() {
			defer func() { <-sem }()
			d.process(work, sub, now)
		})
	}
	wg.Wait()
	if ctx.Err() == nil {
		d.notices(work)
	}
	return handled, nil
}

// waiting reports whether a subscription is backing off after a failure.
func (d *Digests) waiting(id newsbot.SubscriptionID, now time.Time) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	r, ok := d.retries[id]
	return ok && r.at.After(now)
}

// backoff schedules the next attempt after a failure, and returns its delay.
func (d *Digests) backoff(id newsbot.SubscriptionID, now time.Time) time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	r := d.retries[id]
	r.delay = min(max(r.delay*2, orDefault(d.RetryAfter, DefaultDigestRetry)), maxRetryAfter)
	r.at = now.Add(r.delay)
	d.retries[id] = r
	return r.delay
}

func (d *Digests) settled(id newsbot.SubscriptionID) {
	d.mu.Lock()
	delete(d.retries, id)
	d.mu.Unlock()
}

// process handles one due subscription: skips due times missed by more
// than the grace period, and any that a later due time has overtaken,
// then posts the latest one due.
func (d *Digests) process(ctx context.Context, sub newsbot.Subscription, now time.Time) {
	log := d.log().With("digest_id", sub.ID, "guild_id", sub.GuildID, "channel_id", sub.ChannelID)
	grace := orDefault(d.Grace, DefaultGrace)
	due := sub.NextDue
	// The process may have been down (or the clock jumped): find the
	// latest due time that has passed. With a grace period of a day or
	// more, several may lie within it; only the latest is posted, or a
	// second digest would follow the first at once, covering nothing.
	latest, between := due, 0
	for {
		n, err := sub.Next(latest)
		if err != nil {
			log.Error("digest has an unknown time zone; it stays where it is", "zone", sub.Zone, "err", err)
			d.backoff(sub.ID, now)
			return
		}
		if n.After(now) {
			break
		}
		latest, between = n, between+1
	}
	if missed := now.Sub(due); missed > grace || latest.After(due) {
		post := latest.After(due) && now.Sub(latest) <= grace
		next := latest
		if !post {
			next, _ = sub.Next(now)
			between++ // latest is skipped too
		}
		why := fmt.Sprintf("missed by %s, more than the grace period of %s", missed.Round(time.Second), grace)
		if missed <= grace {
			why = fmt.Sprintf("missed by %s, and a later due time has passed too", missed.Round(time.Second))
		}
		skip := newsbot.DigestSend{Subscription: sub.ID, Due: due, Key: Key(sub.ID, due), State: newsbot.SendSkipped,
			Finished: d.now(), Note: why}
		if err := d.Store.EndSend(ctx, skip, next); err != nil {
			log.Error("record a skipped digest", "due", due, "err", err)
			d.backoff(sub.ID, now)
			return
		}
		log.Warn("digest skipped: its due time was missed by more than the grace period or overtaken by a later one",
			"due", due, "missed_by", missed.Round(time.Second), "grace", grace, "also_skipped", between-1, "next_due", next)
		if !post {
			return
		}
		sub.NextDue, due = latest, latest
	}
	d.send(ctx, log, sub, due, now)
}

// send posts one due time: recorded in the store before anything is
// posted, marked after.
func (d *Digests) send(ctx context.Context, log *slog.Logger, sub newsbot.Subscription, due, now time.Time) {
	next, err := sub.Next(due)
	if err != nil {
		log.Error("digest has an unknown time zone", "zone", sub.Zone, "err", err)
		d.backoff(sub.ID, now)
		return
	}
	s := newsbot.DigestSend{Subscription: sub.ID, Due: due, Key: Key(sub.ID, due), Started: d.now()}
	if late := now.Sub(due); late > orDefault(d.LateAfter, DefaultLateAfter) {
		s.Late = late
	}
	// The content is built first so that it is stored with the send: a
	// retry posts exactly it. When the send was begun before, the store
	// hands back the first attempt's content instead.
	s.Digest, err = d.Build(ctx, sub.Topics, sub.LastSent, now)
	if err != nil {
		delay := d.backoff(sub.ID, now)
		log.Error("build a digest", "due", due, "retry_in", delay, "err", err)
		return
	}
	resumed, err := d.Store.BeginSend(ctx, &s)
	if newsbot.ErrorCode(err) == newsbot.ECONFLICT {
		log.Info("digest no longer due", "due", due, "err", err)
		return
	}
	if err != nil {
		delay := d.backoff(sub.ID, now)
		log.Error("record a digest send", "due", due, "retry_in", delay, "err", err)
		return
	}
	if !resumed && s.Digest.Empty() && sub.Quiet == newsbot.QuietSkip {
		s.State, s.Finished, s.Note = newsbot.SendSkipped, d.now(), "nothing new; this digest skips quiet days"
		if err := d.Store.EndSend(ctx, s, next); err != nil {
			log.Error("record a quiet day", "due", due, "err", err)
			return
		}
		d.settled(sub.ID)
		log.Info("digest skipped: nothing new", "due", due, "next_due", next)
		return
	}
	err = d.Publisher.PublishDigest(ctx, Delivery{Subscription: sub, Digest: s.Digest, Due: due, Late: s.Late, Key: s.Key, Retry: resumed})
	switch code := newsbot.ErrorCode(err); {
	case err == nil:
		s.State, s.Finished = newsbot.SendSent, d.now()
		if err := d.Store.EndSend(ctx, s, next); err != nil {
			// Posted but not marked: the next look resumes the send, which
			// finds the messages in the channel and posts nothing more.
			log.Error("mark a digest sent", "due", due, "err", err)
			d.backoff(sub.ID, now)
			return
		}
		d.settled(sub.ID)
		log.Info("digest posted", "due", due, "late", s.Late.Round(time.Second), "stories", len(s.Digest.Stories),
			"attempt", s.Attempts, "next_due", next)
	case ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)):
		log.Info("digest send interrupted; it resumes after a restart", "due", due)
	case code == newsbot.ENOTFOUND || code == newsbot.EFORBIDDEN:
		reason := newsbot.PauseNoAccess
		if code == newsbot.ENOTFOUND {
			reason = newsbot.PauseChannelGone
		}
		s.State, s.Finished, s.Note = newsbot.SendFailed, d.now(), newsbot.ErrorMessage(err)
		if err := d.Store.EndSend(ctx, s, next); err != nil {
			log.Error("record a failed digest", "due", due, "err", err)
		}
		if err := d.Store.PauseSubscription(ctx, sub.ID, reason); err != nil {
			log.Error("pause a digest", "err", err)
			return
		}
		d.settled(sub.ID)
		log.Warn("digest paused: its channel cannot be posted in", "reason", reason, "due", due, "err", err)
	default:
		delay := d.backoff(sub.ID, now)
		log.Warn("post a digest; retrying", "due", due, "attempt", s.Attempts, "retry_in", delay, "err", err)
	}
}

// notices tells guilds about digests that were paused, once each.
func (d *Digests) notices(ctx context.Context) {
	pending, err := d.Store.PendingDigestNotices(ctx)
	if err != nil {
		d.log().Error("pending digest notices", "err", err)
		return
	}
	for _, sub := range pending {
		log := d.log().With("digest_id", sub.ID, "guild_id", sub.GuildID, "channel_id", sub.ChannelID)
		err := d.Publisher.NotifyPaused(ctx, sub)
		switch {
		case err != nil && ctx.Err() != nil:
			return
		case newsbot.ErrorCode(err) == newsbot.EUNAVAILABLE:
			log.Warn("tell a guild its digest was paused; trying again later", "err", err)
			continue
		case err != nil:
			log.Error("could not tell the guild its digest was paused; not trying again", "reason", sub.PauseReason, "err", err)
		default:
			log.Info("told the guild its digest was paused", "reason", sub.PauseReason)
		}
		if err := d.Store.ClearDigestNotice(ctx, sub.ID); err != nil {
			log.Error("clear a digest notice", "err", err)
		}
	}
}
