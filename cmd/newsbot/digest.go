package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	_ "time/tzdata" // digests follow IANA zones even where the system has no zone database

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/bot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/schedule"
)

// Settings of the digest scheduler, which `newsbot run` starts.
var (
	digestGraceSetting   = setting{"digest-grace", "NEWSBOT_DIGEST_GRACE", "6h", "after downtime, how late a missed digest may still be posted, with a note; older ones are skipped"}
	digestWorkersSetting = setting{"digest-workers", "NEWSBOT_DIGEST_WORKERS", strconv.Itoa(schedule.DefaultDigestWorkers), "how many digests may be posted at the same time"}
)

// addSettings adds settings to a subcommand's flags after flagSet made
// them, the same way: the environment supplies each default.
func addSettings(env *Env, fs *flag.FlagSet, values map[string]*string, settings ...setting) {
	for _, s := range settings {
		def := s.def
		if v := env.Getenv(s.env); v != "" {
			def = v
		}
		values[s.flag] = fs.String(s.flag, def, fmt.Sprintf("%s (env %s)", s.help, s.env))
	}
}

// digestConfig is what the digest scheduler is configured by.
type digestConfig struct {
	grace   time.Duration
	workers int
}

func parseDigestConfig(values map[string]*string) (digestConfig, error) {
	var dc digestConfig
	var err error
	if dc.grace, err = parseDuration("digest grace", *values["digest-grace"]); err != nil {
		return dc, err
	}
	if dc.grace <= 0 {
		return dc, errors.New("digest grace 0: use a duration such as 6h (a missed digest is posted late within it)")
	}
	n, err := strconv.Atoi(strings.TrimSpace(*values["digest-workers"]))
	if err != nil || n < 1 || n > 64 {
		return dc, fmt.Errorf("digest workers %q: use a number from 1 to 64", *values["digest-workers"])
	}
	dc.workers = n
	return dc, nil
}

// digestPublisher posts digests through the Discord bot: rendered as the
// commands render them, delivered at most once per due time.
type digestPublisher struct {
	bot    *bot.Bot
	prefix string
}

func (p digestPublisher) PublishDigest(ctx context.Context, d schedule.Delivery) error {
	reply := commands.DigestReply(d.Digest, commands.DigestPost{Subscription: d.Subscription, Due: d.Due, Late: d.Late})
	_, err := p.bot.Deliver(ctx, d.Subscription.ChannelID, bot.Render(reply), d.Key, d.Retry)
	return err
}

func (p digestPublisher) NotifyPaused(ctx context.Context, sub newsbot.Subscription) error {
	msgs := bot.Render(commands.DigestPausedReply(sub, p.prefix))
	return p.bot.Notify(ctx, sub.GuildID, sub.ChannelID, sub.CreatedBy, msgs)
}

// digestScheduler returns the scheduler of a's digests, posting through b.
func digestScheduler(a *app, b *bot.Bot, prefix string, dc digestConfig) *schedule.Digests {
	return &schedule.Digests{
		Store: a.db,
		Build: func(ctx context.Context, topics []string, since, now time.Time) (newsbot.Digest, error) {
			return a.engine.Digest(ctx, topics, since, now, briefings.DigestOptions{})
		},
		Publisher: digestPublisher{bot: b, prefix: prefix},
		Now:       time.Now,
		Log:       a.log.With("component", "digests"),
		Grace:     dc.grace,
		Workers:   dc.workers,
	}
}

// startDigests runs the digest scheduler until ctx is done or the
// function it returns is called, which waits for it to stop (sends in
// flight get the scheduler's shutdown bound to finish).
func startDigests(ctx context.Context, a *app, b *bot.Bot, prefix string, dc digestConfig) (stop func()) {
	s := digestScheduler(a, b, prefix, dc)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := s.Run(ctx); err != nil {
			a.log.Error("digest scheduler", "err", err)
		}
	})
	return func() {
		cancel()
		wg.Wait()
	}
}

// runDigest previews a digest or lists the scheduled ones, for the operator.
func runDigest(ctx context.Context, env *Env, args []string) error {
	a, fs, err := setup(ctx, env, "digest", "preview [topics, comma separated] | list", args, true)
	if err != nil {
		return err
	}
	defer a.Close()
	switch fs.Arg(0) {
	case "preview":
		reply := a.router.Handle(ctx, commands.Request{Name: "digest", Args: strings.Join(fs.Args(), " "), Prefix: "!"})
		fmt.Fprintln(env.Stdout, commands.Text(reply))
		if reply.Kind == commands.Warning || reply.Kind == commands.Failure {
			return errReported
		}
		return nil
	case "list":
		return listDigests(ctx, env, a)
	}
	fs.Usage()
	return errors.New(`digest needs "preview [topics]" or "list"`)
}

// listDigests prints every server's digests.
func listDigests(ctx context.Context, env *Env, a *app) error {
	subs, err := a.db.Subscriptions(ctx, "")
	if err != nil {
		return err
	}
	if len(subs) == 0 {
		fmt.Fprintln(env.Stdout, "No digests are scheduled. In a Discord server's channel, !digest subscribe 08:00 Europe/Berlin sets one up.")
		return nil
	}
	w := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tSERVER\tCHANNEL\tTIME\tTOPICS\tNEXT (LOCAL)\tLAST SENT (UTC)\tSTATE")
	for _, s := range subs {
		topics := strings.Join(s.Topics, ", ")
		if topics == "" {
			topics = "(top stories)"
		}
		when := s.Clock() + " " + s.Zone
		if s.WeekdaysOnly {
			when += " weekdays"
		}
		next := "-"
		if loc, err := s.Location(); err == nil {
			next = s.NextDue.In(loc).Format("Mon 2 Jan 15:04 MST")
		}
		last := "never"
		if !s.LastSent.IsZero() {
			last = s.LastSent.UTC().Format("2006-01-02 15:04")
		}
		state := "active"
		switch {
		case s.GuildLeft:
			state = "paused: the bot was removed from the server"
		case s.Paused:
			state = "paused: " + s.PauseReason
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s.ID, s.GuildID, s.ChannelID, when, topics, next, last, state)
	}
	return w.Flush()
}
