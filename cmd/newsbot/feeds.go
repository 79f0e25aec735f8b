package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/bot"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/ingest"
	"github.com/newsbot-dev/newsbot/ingest/fetch"
	"github.com/newsbot-dev/newsbot/schedule"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// Feed settings. Allowing private networks is a common setting (every
// subcommand that fetches honours it); the polling ones belong to run and
// poll.
var (
	allowPrivateSetting = setting{"allow-private-networks", "NEWSBOT_ALLOW_PRIVATE_NETWORKS", "false",
		"fetch feeds and pages on loopback and private networks (a LAN); off, these addresses are refused, also after redirects"}
	feedIntervalSetting = setting{"feed-interval", "NEWSBOT_FEED_INTERVAL", schedule.DefaultPollInterval.String(),
		"how often each feed is checked, at least 5m (longer when a site's Cache-Control says so)"}
	feedFailuresSetting = setting{"feed-max-failures", "NEWSBOT_FEED_MAX_FAILURES", strconv.Itoa(schedule.DefaultMaxFailures),
		"consecutive failed checks after which a feed is paused and its server told"}
	feedWorkersSetting = setting{"feed-workers", "NEWSBOT_FEED_WORKERS", strconv.Itoa(schedule.DefaultPollWorkers),
		"feeds checked at once (each site also gets at most 2 requests at a time)"}
	feedSettings = []setting{feedIntervalSetting, feedFailuresSetting, feedWorkersSetting}
)

// feedConfig is how feeds are polled.
type feedConfig struct {
	interval    time.Duration
	maxFailures int
	workers     int
}

func parseFeedConfig(values map[string]*string) (feedConfig, error) {
	var fc feedConfig
	var err error
	if fc.interval, err = parseDuration("feed interval", *values[feedIntervalSetting.flag]); err != nil {
		return fc, err
	}
	if fc.interval < schedule.MinPollInterval {
		return fc, fmt.Errorf("feed interval %s: feeds are checked at most every %s, to be kind to the sites", fc.interval, schedule.MinPollInterval)
	}
	for _, v := range []struct {
		s    setting
		into *int
	}{{feedFailuresSetting, &fc.maxFailures}, {feedWorkersSetting, &fc.workers}} {
		n, err := strconv.Atoi(strings.TrimSpace(*values[v.s.flag]))
		if err != nil || n < 1 || n > 1000 {
			return fc, fmt.Errorf("%s %q: want a whole number from 1 to 1000", strings.ReplaceAll(v.s.flag, "-", " "), *values[v.s.flag])
		}
		*v.into = n
	}
	return fc, nil
}

func parseAllowPrivate(s string) (bool, error) {
	b, err := strconv.ParseBool(strings.TrimSpace(s))
	if err != nil {
		return false, fmt.Errorf("allow private networks %q: use 1 or 0 (true or false)", s)
	}
	return b, nil
}

// newWeb wires reading the web: the safe client (the address check on
// unless allowed), the web ingest over the importer, and the guild feed
// subscriptions behind !feed and !read.
func newWeb(cfg Config, db *sqlite.DB, im *ingest.Importer, log *slog.Logger) (*ingest.Web, *ingest.Subscriptions) {
	client := &fetch.Client{AllowPrivate: cfg.AllowPrivate,
		UserAgent: "newsbot/" + version + " (news archive for a Discord bot; +https://github.com/newsbot-dev/newsbot)"}
	web := &ingest.Web{Importer: im, Client: client, Items: db, Log: log}
	return web, &ingest.Subscriptions{Store: db, Web: web}
}

// ingestURLs stores what the http(s) addresses among args hold, a feed's
// items or one page, printing a summary for each, and returns the other
// arguments (files and folders). A refused or failed address is reported
// on stderr, in the sentence a chat user would read, and makes the error
// errReported; the others go on.
func ingestURLs(ctx context.Context, env *Env, a *app, args []string) ([]string, error) {
	var paths []string
	var failed error
	for _, arg := range args {
		if !newsbot.IsWebURL(strings.ToLower(arg)) {
			paths = append(paths, arg)
			continue
		}
		start := time.Now()
		sum, err := a.web.Ingest(ctx, arg)
		if err != nil {
			a.log.Info("ingest a web address", "url", arg, "err", err)
			fmt.Fprintf(env.Stderr, "newsbot: %s: %s\n", arg, newsbot.ErrorMessage(err))
			failed = errReported
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			continue
		}
		fmt.Fprintf(env.Stdout, "%s: %s\n", arg, withTime(sum.String(), time.Since(start)))
	}
	return paths, failed
}

// newPoller sets the schedule's feed poller up over the app.
func newPoller(a *app, fc feedConfig, notify func(context.Context, newsbot.Feed, string) error) *schedule.Poller {
	a.subs.Interval = fc.interval
	return &schedule.Poller{Store: a.db, Check: a.web.Poll, Notify: notify, Interval: fc.interval,
		MaxFailures: fc.maxFailures, Workers: fc.workers, Log: a.log}
}

// groupOldStories fingerprints articles stored before near-duplicate
// grouping existed, so their copies are found; it is quick after the
// first time.
func groupOldStories(ctx context.Context, a *app) {
	for ctx.Err() == nil {
		n, err := a.importer.GroupStories(ctx, 500)
		if err != nil {
			if ctx.Err() == nil {
				a.log.Warn("group stored articles into stories", "err", err)
			}
			return
		}
		if n > 0 {
			a.log.Info("grouped stored articles into stories", "articles", n)
		}
		if n < 500 {
			return
		}
	}
}

// startPoller polls feeds in the background of `newsbot run`, telling
// guilds through the bot, until ctx is done; stop waits for it to end.
func startPoller(ctx context.Context, a *app, fc feedConfig, b *bot.Bot) (stop func()) {
	p := newPoller(a, fc, feedNotifier(b))
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		groupOldStories(ctx, a)
		p.Run(ctx)
	}()
	return func() { cancel(); wg.Wait() }
}

// feedNotifier posts a feed notice in the channel the feed was added from,
// at most once (the delivery key names the feed and the check that paused
// it), and in the guild's notice channel when that channel is gone or
// closed to the bot. Feeds added on the command line have no channel: the
// log is their notice.
func feedNotifier(b *bot.Bot) func(context.Context, newsbot.Feed, string) error {
	return func(ctx context.Context, f newsbot.Feed, message string) error {
		msgs := bot.Render(commands.Reply{Kind: commands.Warning, Title: "Feed paused: " + f.Name, URL: f.URL, Lines: []string{message}})
		if f.GuildID == "" || f.ChannelID == "" {
			return nil
		}
		_, err := b.Deliver(ctx, f.ChannelID, msgs, fmt.Sprintf("feed-%d-%d", f.ID, f.LastCheck.Unix()), true)
		if code := newsbot.ErrorCode(err); code == newsbot.ENOTFOUND || code == newsbot.EFORBIDDEN {
			err = b.Notify(ctx, f.GuildID, f.ChannelID, f.AddedBy, msgs)
			if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
				return nil // nowhere takes it; trying again will not help
			}
		}
		return err
	}
}

// runPoll polls due feeds: once with --once, else until interrupted.
// Notices for guilds wait in the database for `newsbot run`.
func runPoll(ctx context.Context, env *Env, args []string) error {
	fs, values := flagSet(env, "poll", "", feedSettings...)
	once := fs.Bool("once", false, "poll the feeds that are due, then exit")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("poll takes no arguments, got %q", fs.Args())
	}
	cfg, err := parseConfig(values)
	if err != nil {
		return err
	}
	fc, err := parseFeedConfig(values)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, cfg, env, false)
	if err != nil {
		return err
	}
	defer a.Close()
	groupOldStories(ctx, a)
	p := newPoller(a, fc, nil)
	var mu sync.Mutex
	p.Check = func(ctx context.Context, f newsbot.Feed) newsbot.FeedCheck {
		c := a.web.Poll(ctx, f)
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(env.Stdout, "%s <%s>: %s\n", f.Name, f.URL, checkSummary(c))
		return c
	}
	if !*once {
		fmt.Fprintf(env.Stdout, "newsbot %s: polling feeds every %s; Ctrl-C stops.\n", version, fc.interval)
		return p.Run(ctx)
	}
	total := 0
	for {
		n, err := p.PollDue(ctx)
		total += n
		if err != nil {
			return err
		}
		if n == 0 || ctx.Err() != nil {
			break
		}
	}
	fmt.Fprintf(env.Stdout, "polled %d due feeds\n", total)
	return nil
}

func checkSummary(c newsbot.FeedCheck) string {
	switch {
	case c.Err != nil:
		return "failed: " + newsbot.ErrorMessage(c.Err)
	case c.NotModified:
		return "not modified"
	}
	r := c.Report
	s := fmt.Sprintf("%d found, %d added, %d updated, %d unchanged, %d skipped", r.Found, r.Added, r.Updated, r.Unchanged, r.Skipped)
	if r.Pending > 0 {
		s += fmt.Sprintf(", %d left for the next check", r.Pending)
	}
	return s
}

// runFeeds lists every guild's feeds, or manages feeds:
//
//	newsbot feeds [list]
//	newsbot feeds add URL [NAME]
//	newsbot feeds remove|pause|resume NAME|URL
//
// Feeds added here have no guild; --guild acts on a guild's feed instead.
func runFeeds(ctx context.Context, env *Env, args []string) error {
	fs, values := flagSet(env, "feeds", "[list | add URL [NAME] | remove NAME | pause NAME | resume NAME]")
	guild := fs.String("guild", "", "act on this Discord server's feeds (default: the command line's own; list shows all)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	cfg, err := parseConfig(values)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, cfg, env, false)
	if err != nil {
		return err
	}
	defer a.Close()
	action, rest := "list", []string(nil)
	if fs.NArg() > 0 {
		action, rest = strings.ToLower(fs.Arg(0)), fs.Args()[1:]
	}
	ref := strings.Join(rest, " ")
	switch action {
	case "list", "ls":
		var feeds []newsbot.Feed
		if *guild != "" {
			feeds, err = a.db.Feeds(ctx, *guild)
		} else {
			feeds, err = a.db.AllFeeds(ctx)
		}
		if err != nil {
			return err
		}
		printFeeds(env.Stdout, feeds)
		return nil
	case "add":
		if len(rest) == 0 {
			fs.Usage()
			return errors.New("feeds add needs the feed's address")
		}
		f, rep, err := a.subs.Add(ctx, newsbot.Feed{GuildID: *guild, URL: rest[0], Name: strings.Join(rest[1:], " ")})
		if err != nil {
			fmt.Fprintf(env.Stderr, "newsbot: %s\n", newsbot.ErrorMessage(err))
			a.log.Info("add a feed", "url", rest[0], "err", err)
			return errReported
		}
		fmt.Fprintf(env.Stdout, "following %q <%s>: %s\n", f.Name, f.URL,
			checkSummary(newsbot.FeedCheck{Report: rep}))
		return nil
	case "remove", "rm", "pause", "resume":
		if ref == "" {
			fs.Usage()
			return fmt.Errorf("feeds %s needs a feed's name or address", action)
		}
		var f newsbot.Feed
		if action == "remove" || action == "rm" {
			f, err = a.subs.Remove(ctx, *guild, ref)
		} else {
			f, err = a.subs.Pause(ctx, *guild, ref, action == "pause")
		}
		if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
			// The store speaks to a chat server; here there is none.
			if *guild == "" {
				fmt.Fprintf(env.Stderr, "newsbot: no feed added on the command line is called %q; `newsbot feeds` lists every feed, "+
					"and --guild ID acts on a server's.\n", ref)
			} else {
				fmt.Fprintf(env.Stderr, "newsbot: server %s follows no feed called %q; `newsbot feeds --guild %s` lists its feeds.\n", *guild, ref, *guild)
			}
			return errReported
		}
		if err != nil {
			a.log.Info("change a feed", "action", action, "ref", ref, "guild_id", *guild, "err", err)
			fmt.Fprintf(env.Stderr, "newsbot: %s\n", newsbot.ErrorMessage(err))
			return errReported
		}
		fmt.Fprintf(env.Stdout, "%s: %s\n", action, f.Name)
		return nil
	}
	fs.Usage()
	return fmt.Errorf("unknown feeds action %q: use list, add, remove, pause or resume", action)
}

func printFeeds(w io.Writer, feeds []newsbot.Feed) {
	if len(feeds) == 0 {
		fmt.Fprintln(w, "no feeds; add one with `newsbot feeds add URL` or `!feed add URL` in a server")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "GUILD\tNAME\tARTICLES\tLAST SUCCESS\tNEXT CHECK\tSTATE\tURL")
	for _, f := range feeds {
		guild := f.GuildID
		if guild == "" {
			guild = "(command line)"
		}
		last, next := "never", f.NextCheck.Local().Format("2006-01-02 15:04")
		if !f.LastSuccess.IsZero() {
			last = f.LastSuccess.Local().Format("2006-01-02 15:04")
		}
		state := "active"
		switch {
		case f.GuildLeft:
			state, next = "paused: the bot was removed from the server", "-"
		case f.Paused && f.PauseReason == newsbot.PauseByFailures:
			state, next = fmt.Sprintf("paused after %d failures", f.Failures), "-"
		case f.Paused:
			state, next = "paused", "-"
		case f.LastError != "":
			state = fmt.Sprintf("failing (%d): %s", f.Failures, f.LastError)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", guild, f.Name, f.Articles, last, next, state, f.URL)
	}
	tw.Flush()
}
