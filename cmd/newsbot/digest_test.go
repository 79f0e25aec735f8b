package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/bot"
	"github.com/newsbot-dev/newsbot/bot/fakediscord"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/schedule"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// digestArticles are written for these tests: a wire report carried word
// for word by two outlets and retold by a third (one story), and five
// other events of the same day.
var digestArticles = []struct{ url, outlet, title, body string }{
	{"https://alpha.example/ferry", "Alpha News", "Skerra ferry sails again as strike ends",
		"The ferry between Port Vale and the island of Skerra sailed again on Tuesday after crews ended a four-day strike over rosters.\n\n" +
			"\"Islanders have been patient and we owe them a reliable service,\" union organiser Mara Lind said on the quay at Port Vale.\n\n" +
			"The operator said the timetable would be back to normal by Saturday."},
	{"https://beta.example/news/ferry-strike-ends", "Beta Times", "Skerra ferry sails again as strike ends",
		"The ferry between Port Vale and the island of Skerra sailed again on Tuesday after crews ended a four-day strike over rosters.\n\n" +
			"\"Islanders have been patient and we owe them a reliable service,\" union organiser Mara Lind said on the quay at Port Vale.\n\n" +
			"The operator said the timetable would be back to normal by Saturday."},
	{"https://gamma.example/skerra-deal", "Gamma Gazette", "Crews accept new rosters, ending Skerra ferry strike",
		"Ferry crews on the Port Vale to Skerra crossing accepted new rosters on Tuesday, ending their four-day strike.\n\n" +
			"Mara Lind, who spoke for the union in the talks, said the deal guaranteed two rest days a week."},
	{"https://delta.example/library-award", "Delta Daily", "Port Vale library wins national design prize",
		"The Port Vale public library won a national design prize on Monday evening for its timber reading hall.\n\n" +
			"Architect Tomas Ferrer said the building was meant to feel like a boat shed full of light."},
	{"https://alpha.example/old-mill-bridge", "Alpha News", "Old Mill bridge closed after cracks found",
		"Engineers closed the Old Mill bridge on Tuesday morning after inspectors found cracks in two of its supports.\n\n" +
			"Drivers face a detour of about six kilometres while repairs continue, the county council said."},
	{"https://beta.example/marathon", "Beta Times", "Record field for the Port Vale harbour marathon",
		"A record 4,200 runners have entered Sunday's Port Vale harbour marathon, organisers said on Tuesday.\n\n" +
			"The course follows the sea wall before climbing to the lighthouse at Gull Point."},
	{"https://gamma.example/school-meals", "Gamma Gazette", "Council votes to extend free school meals",
		"Port Vale council voted on Monday night to extend free school meals to every primary pupil from September.\n\n" +
			"Councillor Ines Ortega said the scheme would cost about two million a year."},
	{"https://delta.example/museum", "Delta Daily", "Maritime museum reopens after roof repairs",
		"The Port Vale maritime museum reopened on Tuesday after a year of repairs to its leaking roof.\n\n" +
			"Visitors can again see the restored lifeboat that anchors its main gallery."},
}

// storeDigestArticles fills a fresh archive at path, published before now.
func storeDigestArticles(t *testing.T, path string, now time.Time) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, f := range digestArticles {
		a := &newsbot.Article{URL: f.url, Title: f.title, Outlet: f.outlet, Body: f.body,
			Published: now.Add(-time.Hour - time.Duration(i)*time.Minute), Fetched: now}
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}

// restartRun starts `newsbot run` again against the same fake Discord
// and waits for its (second) registration of the slash commands.
func restartRun(t *testing.T, fake *fakediscord.Server, dir string, vars map[string]string) *discordRun {
	t.Helper()
	r := &discordRun{t: t, fake: fake, stdout: &lockedBuffer{}, stderr: &lockedBuffer{}, done: make(chan error, 1)}
	env := &Env{Stdin: strings.NewReader(""), Stdout: r.stdout, Stderr: r.stderr, Getenv: func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		if k == "NEWSBOT_DB" {
			return filepath.Join(dir, "data", "newsbot.db")
		}
		return ""
	}}
	after := fake.Len()
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { r.done <- Main(ctx, env, []string{"run"}) }()
	t.Cleanup(func() {
		if r.cancel != nil {
			r.stop()
		}
	})
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer wcancel()
	if _, err := fake.WaitRequest(wctx, after, fakediscord.Is("PUT", "/api/v9/applications/*")); err != nil {
		cancel()
		t.Fatalf("newsbot run did not register its commands again: %v\nstderr:\n%s", err, r.stderr.String())
	}
	return r
}

// digestPost matches a scheduled post in the fake channel: a message that
// carries a nonce and replies to nothing.
func digestPost(r fakediscord.Request) bool {
	if !postMessage(r) {
		return false
	}
	var body struct {
		Nonce     string          `json:"nonce"`
		Reference json.RawMessage `json:"message_reference"`
	}
	return r.Decode(&body) == nil && body.Nonce != "" && len(body.Reference) == 0
}

// TestDigestAcceptance is issue 5's acceptance, tried as a new user would
// with the bot against a fake Discord on loopback: !digest subscribe for
// the next minute in UTC posts one digest in that channel within the
// minute after; restarting the bot right after does not post it again;
// !digest list shows the next due time a day later. It waits for a real
// minute to turn, so it runs in parallel with the rest.
func TestDigestAcceptance(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	storeDigestArticles(t, filepath.Join(dir, "data", "newsbot.db"), time.Now())
	fake := fakediscord.New("x")
	defer fake.Close()
	vars := map[string]string{"DISCORD_TOKEN": "x", "DISCORD_API_BASE": fake.URL, "NEWSBOT_LOG_LEVEL": "info"}
	r := startRun(t, fake, dir, vars)

	now := time.Now().UTC()
	due := now.Truncate(time.Minute).Add(time.Minute)
	if due.Sub(now) < 5*time.Second {
		due = due.Add(time.Minute) // too close to subscribe in time
	}
	hhmm := due.Format("15:04")
	req := r.send("MESSAGE_CREATE", fakediscord.Message("m1", fakediscord.OwnerID, "!digest subscribe "+hhmm+" UTC", fakediscord.GuildID), postMessage)
	var reply messageBody
	req.Decode(&reply)
	if got := plainText(reply.Embeds); !strings.Contains(got, "Digest #1 set up") || !strings.Contains(got, "The first is due "+due.Format("Mon 2 Jan 15:04")+" UTC") {
		t.Fatalf("!digest subscribe %s UTC answered:\n%s", hhmm, got)
	}

	// The digest, within the minute after its due time.
	ctx, cancel := context.WithDeadline(context.Background(), due.Add(time.Minute))
	defer cancel()
	first, err := fake.WaitRequest(ctx, 0, digestPost)
	if err != nil {
		t.Fatalf("no digest by %s: %v\nstderr:\n%s", due.Add(time.Minute).Format(time.TimeOnly), err, r.stderr.String())
	}
	if at := time.Now(); at.Before(due) {
		t.Errorf("digest posted at %s, before it was due at %s", at.Format(time.TimeOnly), due.Format(time.TimeOnly))
	}
	var posted messageBody
	first.Decode(&posted)
	checkNoMentions(t, "digest", posted.AllowedMentions)
	checkPostedLimits(t, posted)
	text := plainText(posted.Embeds)
	stories := 0
	if m := regexp.MustCompile(`The top (\d+) stories since`).FindStringSubmatch(text); m != nil {
		stories, _ = strconv.Atoi(m[1])
	}
	if stories < 5 || stories > 10 {
		t.Errorf("digest: want 5 to 10 stories:\n%s", text)
	}
	for _, want := range []string{"Digest #1 · " + due.Format("Monday 2 January"), "Skerra ferry", "Alpha News", "Beta Times", "Gamma Gazette", "Quote of the day"} {
		if !strings.Contains(text, want) {
			t.Errorf("digest lacks %q:\n%s", want, text)
		}
	}
	// The syndicated report is one story: one headline, three outlets.
	if n := strings.Count(text, "Skerra ferry sails again as strike ends"); n != 1 {
		t.Errorf("the syndicated story is headlined %d times:\n%s", n, text)
	}

	// Restart right after: nothing is posted again.
	if err := r.stop(); err != nil { // waits for the scheduler, so every part is out
		t.Fatal(err)
	}
	parts := len(fake.Posted(fakediscord.ChannelID)) - 1 // less the reply to !digest subscribe
	if strings.Count(r.stderr.String(), "digest posted") != 1 {
		t.Errorf("want one digest posted; log:\n%s", r.stderr.String())
	}
	n := fake.Len()
	r = restartRun(t, fake, dir, vars)
	req = r.send("MESSAGE_CREATE", fakediscord.Message("m2", fakediscord.OwnerID, "!digest list", fakediscord.GuildID), postMessage)
	time.Sleep(2 * time.Second) // the scheduler looks at the store at once; give it time to (wrongly) post
	for _, q := range fake.Requests()[n:] {
		if digestPost(q) {
			t.Errorf("after the restart the digest was posted again: %s", q.Body)
		}
	}
	if got := len(fake.Posted(fakediscord.ChannelID)) - 2; got != parts { // less the two replies
		t.Errorf("channel holds %d digest messages after the restart; want %d", got, parts)
	}
	var list messageBody
	req.Decode(&list)
	next := due.Add(24 * time.Hour)
	if got := plainText(list.Embeds); !strings.Contains(got, "#1 · "+hhmm+" UTC · the top stories — in <#"+fakediscord.ChannelID+"> · next "+next.Format("Mon 2 Jan 15:04")+" UTC") {
		t.Errorf("!digest list:\n%s\nwant the next due time %s", got, next.Format("Mon 2 Jan 15:04"))
	}
	if err := r.stop(); err != nil {
		t.Error(err)
	}
}

// clock is an injected clock shared by the scheduler and the fake Discord.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// digestRig is the production wiring of digests over a real archive, bot
// and fake Discord, with an injected clock.
type digestRig struct {
	t     *testing.T
	db    *sqlite.DB
	fake  *fakediscord.Server
	bot   *bot.Bot
	app   *app
	clock *clock
	logs  *lockedBuffer
}

func newDigestRig(t *testing.T, now time.Time) *digestRig {
	t.Helper()
	t.Parallel()
	path := filepath.Join(t.TempDir(), "newsbot.db")
	storeDigestArticles(t, path, now)
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	g := &digestRig{t: t, db: db, fake: fakediscord.New("x"), clock: &clock{t: now}, logs: &lockedBuffer{}}
	db.Now = g.clock.Now
	g.fake.SetClock(g.clock.Now)
	log := slog.New(slog.NewTextHandler(g.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	g.app = &app{log: log, db: db, engine: &briefings.Engine{Store: db}}
	g.app.router = commands.New(&commands.Service{Store: db, Briefer: g.app.engine, Digests: db, Now: g.clock.Now, Log: log})
	g.bot, err = bot.New(bot.Config{Token: "x", APIBase: g.fake.URL, GuildID: fakediscord.GuildID, Cooldown: -1}, g.app.router, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.bot.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		g.fake.Close()
		db.Close()
		if t.Failed() {
			t.Logf("log:\n%s", g.logs.String())
		}
	})
	wctx, wcancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer wcancel()
	if _, err := g.fake.WaitRequest(wctx, 0, fakediscord.Is("PUT", "/api/v9/applications/*")); err != nil {
		t.Fatal(err)
	}
	return g
}

// scheduler is one run of the process; store may wrap the archive.
func (g *digestRig) scheduler(store newsbot.DigestStore) *schedule.Digests {
	s := digestScheduler(g.app, g.bot, "!", digestConfig{grace: schedule.DefaultGrace, workers: 4})
	s.Now = g.clock.Now
	if store != nil {
		s.Store = store
	}
	return s
}

func (g *digestRig) subscribe(channel string, hour int) newsbot.Subscription {
	g.t.Helper()
	s := newsbot.Subscription{GuildID: fakediscord.GuildID, ChannelID: channel, CreatedBy: fakediscord.OwnerID, Hour: hour, Zone: "UTC"}
	s.NextDue, _ = s.Next(g.clock.Now())
	if err := g.db.AddSubscription(context.Background(), &s); err != nil {
		g.t.Fatal(err)
	}
	return s
}

func (g *digestRig) tick(s *schedule.Digests) {
	g.t.Helper()
	if err := s.Tick(context.Background()); err != nil {
		g.t.Fatal(err)
	}
}

// unmarked fails EndSend, as a process that dies between posting and
// marking never marks.
type unmarked struct{ newsbot.DigestStore }

func (unmarked) EndSend(context.Context, newsbot.DigestSend, time.Time) error {
	return errors.New("the process died")
}

// TestDigestCrashBetweenPostAndMark: a process that posted a digest but
// died before marking it does not post it twice after a restart, whether
// the restart comes within Discord's nonce window (the nonces answer) or
// long after (the channel's history answers), with or without permission
// to read that history.
func TestDigestCrashBetweenPostAndMark(t *testing.T) {
	for _, tt := range []struct {
		name        string
		downFor     time.Duration
		hideHistory bool
	}{
		{"restart within the nonce window", 30 * time.Second, false},
		{"restart within the nonce window, history hidden", 30 * time.Second, true},
		{"restart an hour later", time.Hour, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			due := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
			g := newDigestRig(t, due.Add(-time.Minute))
			channel := "310000000000000001"
			if tt.hideHistory {
				g.fake.HideHistory(channel)
			}
			sub := g.subscribe(channel, 8)
			g.clock.Set(due.Add(2 * time.Second))
			g.tick(g.scheduler(unmarked{g.db}))
			posted := len(g.fake.Posted(channel))
			if posted == 0 {
				t.Fatal("the first run posted nothing")
			}
			if s, _ := g.db.DigestSends(context.Background(), sub.ID, 1); len(s) != 1 || s[0].State != newsbot.SendPosting {
				t.Fatalf("sends after the crash = %+v; want one still posting", s)
			}

			g.clock.Set(due.Add(2*time.Second + tt.downFor))
			// News arrives meanwhile: the retry must post what the first
			// attempt rendered, not a new digest, or it would not be found.
			late := &newsbot.Article{URL: "https://delta.example/late-news", Title: "Lighthouse keeper retires after forty years",
				Outlet: "Delta Daily", Published: due.Add(time.Second), Fetched: due.Add(time.Second),
				Body: "The keeper of the Gull Point lighthouse retired on Tuesday after forty years of service.\n\nHe said he would miss the storms most of all."}
			briefings.Analyze(late)
			if _, err := g.db.UpsertArticle(context.Background(), late); err != nil {
				t.Fatal(err)
			}
			g.tick(g.scheduler(nil))
			if got := len(g.fake.Posted(channel)); got != posted {
				t.Errorf("after the restart the channel holds %d messages; want the first run's %d", got, posted)
			}
			sends, _ := g.db.DigestSends(context.Background(), sub.ID, 1)
			if len(sends) != 1 || sends[0].State != newsbot.SendSent || sends[0].Attempts != 2 {
				t.Errorf("sends = %+v; want one, sent on the second attempt", sends)
			}
			if !strings.Contains(g.logs.String(), "digest posted") {
				t.Error("the second run did not mark the digest posted")
			}
		})
	}
}

// TestDigestPausedWhenChannelDeleted: a digest whose channel was deleted
// is paused, the guild is told once (in another channel), and !digest
// list says so.
func TestDigestPausedWhenChannelDeleted(t *testing.T) {
	due := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	g := newDigestRig(t, due.Add(-time.Minute))
	gone := "310000000000000002"
	g.fake.DeleteChannel(gone)
	g.subscribe(gone, 8)
	s := g.scheduler(nil)
	for i := range 3 {
		g.clock.Set(due.Add(time.Duration(i) * 24 * time.Hour))
		g.tick(s)
	}
	notices := g.fake.Posted(fakediscord.ChannelID)
	if len(notices) != 1 {
		t.Fatalf("the guild was told %d times; want once", len(notices))
	}
	var embeds []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
	}
	notices[0].Embeds(&embeds)
	if len(embeds) == 0 || embeds[0].Title != "Digest #1 is paused" || !strings.Contains(embeds[0].Description, "no longer exists") {
		t.Errorf("notice = %+v", embeds)
	}
	req := commands.Request{Name: "digest", Args: "list", Prefix: "!", GuildID: fakediscord.GuildID, ChannelID: fakediscord.ChannelID}
	if got := commands.Text(g.app.router.Handle(context.Background(), req)); !strings.Contains(got, "paused: its channel no longer exists") {
		t.Errorf("!digest list:\n%s", got)
	}
}

// TestDigestEmptyDay: a day without news posts a short note; the one after
// covers only what arrived since.
func TestDigestEmptyDay(t *testing.T) {
	due := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	g := newDigestRig(t, due.Add(-time.Minute))
	channel := "310000000000000003"
	g.subscribe(channel, 8)
	s := g.scheduler(nil)
	g.clock.Set(due)
	g.tick(s)
	g.clock.Set(due.Add(24 * time.Hour)) // nothing was published since
	g.tick(s)
	posts := g.fake.Posted(channel)
	if len(posts) < 2 {
		t.Fatalf("%d posts; want the first digest and a quiet-day note", len(posts))
	}
	var embeds []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
	}
	posts[len(posts)-1].Embeds(&embeds)
	if len(embeds) != 1 || embeds[0].Title != "Digest #1 · Wednesday 11 March" || !strings.Contains(embeds[0].Description, "Nothing new since Tue 08:00 UTC") {
		t.Errorf("quiet-day post = %+v", embeds)
	}
}

// TestDigestFitsDiscord: ten long stories render within Discord's limits,
// in a few messages, nothing trimmed.
func TestDigestFitsDiscord(t *testing.T) {
	d := newsbot.Digest{Since: time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC), Until: time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC), Articles: 60}
	long := strings.Repeat("Officials described the long negotiations in detail to reporters who had waited outside all night. ", 6)
	for i := range 10 {
		st := newsbot.Story{Headline: fmt.Sprintf("Story %d: %s", i+1, strings.Repeat("a headline that goes on ", 8))}
		for k := range 6 {
			d.Sources = append(d.Sources, newsbot.Source{Title: "t", Outlet: fmt.Sprintf("Outlet %d", k), URL: fmt.Sprintf("https://news%d.example/2026/03/10/a-rather-long-path-for-story-%d", k, i)})
			st.Sources = append(st.Sources, len(d.Sources))
		}
		st.Sentences = []newsbot.BriefSentence{{Text: long, Citations: []int{st.Sources[0]}}, {Text: long, Citations: st.Sources[:3]}}
		d.Stories = append(d.Stories, st)
	}
	q := &newsbot.BriefQuote{Quote: newsbot.Quote{Speaker: "Mara Lind", Text: "We are glad to be back at sea after a long week on the quay.", Kind: newsbot.Direct, Cue: "said"}, Citation: 1}
	d.QuoteOfDay = q
	sub := newsbot.Subscription{ID: 12, Hour: 8, Zone: "Europe/Berlin", Topics: []string{"negotiations"}}
	msgs := bot.Render(commands.DigestReply(d, commands.DigestPost{Subscription: sub, Due: d.Until}))
	if len(msgs) > bot.MaxMessages {
		t.Fatalf("%d messages", len(msgs))
	}
	var all strings.Builder
	for _, m := range msgs {
		var mb messageBody
		for _, e := range m.Embeds {
			x := embed{Title: e.Title, Description: e.Description}
			for _, f := range e.Fields {
				x.Fields = append(x.Fields, struct {
					Name  string `json:"name"`
					Value string `json:"value"`
				}{f.Name, f.Value})
			}
			if e.Footer != nil {
				x.Footer = &struct {
					Text string `json:"text"`
				}{e.Footer.Text}
			}
			mb.Embeds = append(mb.Embeds, x)
		}
		checkPostedLimits(t, mb)
		all.WriteString(plainText(mb.Embeds))
	}
	text := all.String()
	if strings.Contains(text, "trimmed") {
		t.Errorf("the digest was trimmed to fit:\n%s", text)
	}
	for i := range 10 {
		if !strings.Contains(text, fmt.Sprintf("%d. Story %d", i+1, i+1)) {
			t.Errorf("story %d is missing", i+1)
		}
	}
	if !strings.Contains(text, "Quote of the day") || !strings.Contains(text, "Digest #12 · daily at 08:00 Europe/Berlin") {
		t.Errorf("quote or footer missing:\n%s", text)
	}
	t.Logf("ten long stories: %d messages", len(msgs))
}

// TestDigestSubcommand: newsbot digest preview prints what !digest
// preview answers; newsbot digest list lists every server's digests.
func TestDigestSubcommand(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "newsbot.db")
	storeDigestArticles(t, path, time.Now())
	run := func(args ...string) (string, error) {
		var stdout bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: io.Discard, Getenv: func(k string) string {
			if k == "NEWSBOT_DB" {
				return path
			}
			return ""
		}}
		err := Main(context.Background(), env, append([]string{"digest"}, args...))
		return stdout.String(), err
	}
	out, err := run("preview")
	if err != nil || !strings.Contains(out, "Digest preview") || !strings.Contains(out, "Skerra ferry") {
		t.Errorf("digest preview = %v:\n%s", err, out)
	}
	out, err = run("preview", "bridge")
	if err != nil || !strings.Contains(out, "The one story on bridge") {
		t.Errorf("digest preview bridge = %v:\n%s", err, out)
	}
	if out, err := run("list"); err != nil || !strings.Contains(out, "No digests are scheduled") {
		t.Errorf("digest list = %v:\n%s", err, out)
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s := newsbot.Subscription{GuildID: "g1", ChannelID: "c1", Hour: 8, Zone: "Europe/Berlin", Topics: []string{"ferry"}, WeekdaysOnly: true,
		NextDue: time.Date(2026, 3, 10, 7, 0, 0, 0, time.UTC)}
	db.AddSubscription(context.Background(), &s)
	db.Close()
	out, err = run("list")
	if err != nil || !regexp.MustCompile(`1\s+g1\s+c1\s+08:00 Europe/Berlin weekdays\s+ferry\s+Tue 10 Mar 08:00 CET\s+never\s+active`).MatchString(out) {
		t.Errorf("digest list = %v:\n%s", err, out)
	}
	if _, err := run("send"); err == nil {
		t.Error("digest send succeeded")
	}
}

func TestDigestSettings(t *testing.T) {
	for _, tt := range []struct {
		grace, workers string
		ok             bool
	}{{"6h", "4", true}, {"90m", "1", true}, {"0", "4", false}, {"soon", "4", false}, {"6h", "0", false}, {"6h", "many", false}} {
		_, err := parseDigestConfig(map[string]*string{"digest-grace": &tt.grace, "digest-workers": &tt.workers})
		if (err == nil) != tt.ok {
			t.Errorf("grace %q workers %q: %v", tt.grace, tt.workers, err)
		}
	}
}

// TestDigestSlash: /digest takes the same actions as options; subscribing
// needs Manage Server; a preview is shown to the caller only.
func TestDigestSlash(t *testing.T) {
	g := newDigestRig(t, time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC))
	callback := fakediscord.Is("POST", "/api/v9/interactions/*")
	slash := func(id string, perms int64, opts map[string]string) (int, string) {
		t.Helper()
		n := g.fake.Len()
		if err := g.fake.Dispatch("INTERACTION_CREATE", fakediscord.Command(id, "701", "digest", opts, perms)); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		req, err := g.fake.WaitRequest(ctx, n, callback)
		if err != nil {
			t.Fatal(err)
		}
		var cb struct {
			Data struct {
				Flags  int     `json:"flags"`
				Embeds []embed `json:"embeds"`
			} `json:"data"`
		}
		req.Decode(&cb)
		return cb.Data.Flags, plainText(cb.Data.Embeds)
	}
	sub := map[string]string{"action": "subscribe", "time": "08:00", "zone": "Europe/Berlin", "topics": "ferry, bridge", "quiet": "skip"}
	if _, got := slash("i1", fakediscord.PermMember, sub); !strings.Contains(got, "Manage Server") {
		t.Errorf("/digest subscribe by a member:\n%s", got)
	}
	if _, got := slash("i2", fakediscord.PermManageGuild, sub); !strings.Contains(got, "Every day at 08:00 Europe/Berlin in this channel: the top stories on ferry, bridge.") ||
		!strings.Contains(got, "Wed 11 Mar 08:00 CET") {
		t.Errorf("/digest subscribe:\n%s", got)
	}
	if _, got := slash("i3", fakediscord.PermMember, map[string]string{"action": "list"}); !strings.Contains(got, "#1 · 08:00 Europe/Berlin · the top stories on ferry, bridge") {
		t.Errorf("/digest list:\n%s", got)
	}
	flags, got := slash("i4", fakediscord.PermMember, map[string]string{"action": "preview", "topics": "ferry"})
	if flags&64 == 0 || !strings.Contains(got, "Digest preview") || !strings.Contains(got, "Skerra") {
		t.Errorf("/digest preview: flags %d (want ephemeral)\n%s", flags, got)
	}
}
