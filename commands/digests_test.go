package commands_test

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// digestNow is a Tuesday morning in winter.
var digestNow = time.Date(2026, 1, 6, 10, 0, 0, 0, time.UTC)

func digestRouter(t *testing.T) (*commands.Router, *sqlite.DB) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return digestNow }
	var logs bytes.Buffer
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}, Digests: db,
		Now: func() time.Time { return digestNow }, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	return r, db
}

// inChannel is a prefix command typed in the fake server's news channel.
func inChannel(text string, admin bool) commands.Request {
	req, ok := commands.Parse("!", text)
	if !ok {
		panic(text)
	}
	req.GuildID, req.ChannelID, req.UserID, req.Admin = "g1", "c1", "u1", admin
	return req
}

func TestDigestSubscribe(t *testing.T) {
	tests := []struct {
		name  string
		req   commands.Request
		kind  commands.Kind
		want  []string
		avoid []string
	}{
		{"topics", inChannel("!digest subscribe 08:00 Europe/Berlin syria, ukraine", true), commands.Success,
			[]string{"Digest #1 set up", "Every day at 08:00 Europe/Berlin in this channel: the top stories on syria, ukraine.",
				"The first is due Wed 7 Jan 08:00 CET (in 21 h)", "short note"}, nil},
		{"no topics, case forgiven, weekdays, skip", inChannel("!digest subscribe 7:30 america/new_york weekdays quiet:skip", true), commands.Success,
			[]string{"Monday to Friday at 07:30 America/New_York in this channel: the top stories.", "Tue 6 Jan 07:30 EST (in 2 h 30 min)", "posts nothing"}, nil},
		{"flags after topics", inChannel("!digest subscribe 18:45 UTC harbour strike, weekdays", true), commands.Success,
			[]string{"Monday to Friday at 18:45 UTC", "the top stories on harbour strike."}, nil},
		{"bad time", inChannel("!digest subscribe 25:00 Europe/Berlin", true), commands.Warning,
			[]string{"“25:00” is not a time of day", "HH:MM", "for example `!digest subscribe 08:00 Europe/Berlin syria, ukraine`"}, nil},
		{"no time", inChannel("!digest subscribe", true), commands.Warning,
			[]string{"The time is missing.", "Usage: `!digest subscribe <HH:MM> <time zone> [topics, comma separated]`"}, nil},
		{"city without region", inChannel("!digest subscribe 08:00 Berlin", true), commands.Warning,
			[]string{"“Berlin” is not a place-based time zone", "Europe/Berlin", "for example `!digest subscribe 08:00 Europe/Berlin syria, ukraine`"}, nil},
		{"abbreviation", inChannel("!digest subscribe 08:00 CET", true), commands.Warning, []string{"daylight saving"}, nil},
		{"unknown zone", inChannel("!digest subscribe 08:00 Europe/Atlantis", true), commands.Warning,
			[]string{"I don't know the time zone “Europe/Atlantis”", "IANA"}, nil},
		{"bad quiet", inChannel("!digest subscribe 08:00 UTC quiet:loud", true), commands.Warning, []string{"quiet is `note`"}, nil},
		{"too many topics", inChannel("!digest subscribe 08:00 UTC a1, b2, c3, d4, e5, f6", true), commands.Warning, []string{"at most 5 topics"}, nil},
		{"not an admin", inChannel("!digest subscribe 08:00 UTC", false), commands.Warning, []string{"needs the Manage Server permission"}, nil},
		{"outside a server", commands.Request{Name: "digest", Args: "subscribe 08:00 UTC", Prefix: "!", Admin: true}, commands.Warning,
			[]string{"in the channel that should receive it", "`!digest preview` works anywhere"}, nil},
		{"slash", commands.Request{Name: "digest", Prefix: "/", GuildID: "g1", ChannelID: "c2", UserID: "u1", Admin: true,
			Params: map[string]string{"action": "subscribe", "time": "06:15", "zone": "Asia/Tokyo", "topics": "typhoon", "weekdays": "yes"}},
			commands.Success, []string{"Monday to Friday at 06:15 Asia/Tokyo in this channel: the top stories on typhoon."}, nil},
		{"unknown action", inChannel("!digest subscrbe 08:00 UTC", true), commands.Warning,
			[]string{"I don't know `!digest subscrbe`", "subscribe"}, nil},
	}
	r, _ := digestRouter(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reply := r.Handle(context.Background(), tt.req)
			text := commands.Text(reply)
			if reply.Kind != tt.kind {
				t.Errorf("kind %d, want %d:\n%s", reply.Kind, tt.kind, text)
			}
			for _, w := range tt.want {
				if !strings.Contains(text, strings.ReplaceAll(w, "`", "")) {
					t.Errorf("reply lacks %q:\n%s", w, text)
				}
			}
		})
	}
	if reply := r.Handle(context.Background(), inChannel("!digest subscribe 08:00 Europe/Berlin syria, ukraine", true)); !strings.Contains(commands.Text(reply), "already gets that digest") {
		t.Errorf("subscribing twice: %s", commands.Text(reply))
	}
}

func TestDigestListUnsubscribeResume(t *testing.T) {
	r, db := digestRouter(t)
	ctx := context.Background()
	handle := func(text string, admin bool) string { return commands.Text(r.Handle(ctx, inChannel(text, admin))) }
	if got := handle("!digest list", false); !strings.Contains(got, "no digests yet") {
		t.Errorf("empty list: %s", got)
	}
	handle("!digest subscribe 08:00 Europe/Berlin syria", true)
	handle("!digest subscribe 09:00 UTC", true)
	if err := db.PauseSubscription(ctx, 2, newsbot.PauseChannelGone); err != nil {
		t.Fatal(err)
	}
	got := handle("!digest list", false)
	for _, want := range []string{"#1 · 08:00 Europe/Berlin · the top stories on syria — in <#c1> · next Wed 7 Jan 08:00 CET",
		"#2 · 09:00 UTC · the top stories — in <#c1> · paused: its channel no longer exists; !digest resume 2 restarts it"} {
		if !strings.Contains(got, want) {
			t.Errorf("list lacks %q:\n%s", want, got)
		}
	}
	// Another server sees none of them.
	other := inChannel("!digest list", false)
	other.GuildID = "g2"
	if got := commands.Text(r.Handle(ctx, other)); !strings.Contains(got, "no digests yet") {
		t.Errorf("another server's list: %s", got)
	}

	if got := handle("!digest resume 2", false); !strings.Contains(got, "Manage Server") {
		t.Errorf("resume by a member: %s", got)
	}
	if got := handle("!digest resume 1", true); !strings.Contains(got, "is not paused") {
		t.Errorf("resume of a running digest: %s", got)
	}
	if got := handle("!digest resume #2", true); !strings.Contains(got, "Digest #2 is resumed; it is next due Wed 7 Jan 09:00 UTC") {
		t.Errorf("resume: %s", got)
	}
	if got := handle("!digest unsubscribe", true); !strings.Contains(got, "Usage: !digest unsubscribe <number>") {
		t.Errorf("unsubscribe without a number: %s", got)
	}
	if got := handle("!digest unsubscribe 7", true); !strings.Contains(got, "no digest #7") {
		t.Errorf("unsubscribe of a missing digest: %s", got)
	}
	// The hint names the command as this caller types it.
	slash := commands.Request{Name: "digest", Params: map[string]string{"action": "unsubscribe", "id": "7"}, Prefix: "/",
		GuildID: "g1", ChannelID: "c1", UserID: "u1", Admin: true}
	if got := commands.Text(r.Handle(ctx, slash)); !strings.Contains(got, "no digest #7; /digest list shows") {
		t.Errorf("/digest unsubscribe of a missing digest: %s", got)
	}
	if got := handle("!digest unsubscribe 1", true); !strings.Contains(got, "Digest #1 is stopped and removed.") {
		t.Errorf("unsubscribe: %s", got)
	}
	if got := handle("!digest list", false); strings.Contains(got, "#1 ·") || !strings.Contains(got, "#2 ·") {
		t.Errorf("list after unsubscribe: %s", got)
	}
}

// previewArticles are written for this test: two outlets carry the same
// wire report (syndicated), a third reports the same event in its own
// words, and two other events.
var previewArticles = []struct{ url, outlet, title, body string }{
	{"https://alpha.example/ferry", "Alpha News", "Island ferry returns after strike ends",
		"The island ferry between Port Vale and Skerra resumed sailings on Tuesday after crews ended a four-day strike.\n\n" +
			"\"Passengers have waited long enough and we are glad to be back at sea,\" union organiser Mara Lind said on the quay.\n\n" +
			"The operator said timetables would return to normal by the weekend."},
	{"https://beta.example/ferry-strike", "Beta Times", "Island ferry returns after strike ends",
		"The island ferry between Port Vale and Skerra resumed sailings on Tuesday after crews ended a four-day strike.\n\n" +
			"\"Passengers have waited long enough and we are glad to be back at sea,\" union organiser Mara Lind said on the quay.\n\n" +
			"The operator said timetables would return to normal by the weekend."},
	{"https://gamma.example/skerra", "Gamma Gazette", "Skerra ferry crews end strike over rosters",
		"Ferry crews on the Port Vale to Skerra route ended their strike on Tuesday after the operator agreed to new rosters.\n\n" +
			"Mara Lind, who led the talks for the union, said the deal protected rest days."},
	{"https://alpha.example/library", "Alpha News", "Port Vale library wins national design award",
		"The new Port Vale library won a national design award on Monday evening for its timber reading hall.\n\n" +
			"Architect Tomas Ferrer said the building was meant to feel like a harbour shed full of light."},
	{"https://delta.example/bridge", "Delta Daily", "Engineers close Old Mill bridge for repairs",
		"Engineers closed the Old Mill bridge on Tuesday morning after inspectors found cracks in two supports.\n\n" +
			"Drivers face a detour of about six kilometres while repairs continue."},
}

func storeArticles(t *testing.T, db *sqlite.DB, published time.Time) {
	t.Helper()
	for i, f := range previewArticles {
		a := &newsbot.Article{URL: f.url, Title: f.title, Outlet: f.outlet, Body: f.body, Published: published.Add(-time.Duration(i) * time.Minute)}
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDigestPreview(t *testing.T) {
	r, db := digestRouter(t)
	ctx := context.Background()
	preview := func(req commands.Request) (commands.Reply, string) {
		reply := r.Handle(ctx, req)
		return reply, commands.Text(reply)
	}
	// An empty day: a short note, not an error, in the console too.
	console := commands.Request{Name: "digest", Args: "preview", Prefix: "!"}
	if reply, got := preview(console); reply.Kind != commands.Info || !strings.Contains(got, "Nothing new since Mon 10:00 UTC") {
		t.Errorf("preview of an empty archive: %s", got)
	}

	storeArticles(t, db, digestNow.Add(-2*time.Hour))
	reply, got := preview(inChannel("!digest preview", false))
	if !reply.Ephemeral {
		t.Error("a preview is shown to the caller only")
	}
	for _, want := range []string{"Digest preview · Tuesday 6 January", "The top 3 stories since Mon 10:00 UTC, from 5 articles by 4 outlets.",
		"1. ", "Alpha News <https://alpha.example/ferry>", "Beta Times <https://beta.example/ferry-strike>", "Gamma Gazette",
		"Quote of the day", "Mara Lind", "Preview, not posted"} {
		if !strings.Contains(got, want) {
			t.Errorf("preview lacks %q:\n%s", want, got)
		}
	}
	// The syndicated report and the third outlet's are one story, first.
	if len(reply.Sections) < 3 || !strings.Contains(reply.Sections[0].Name, "ferry") {
		t.Fatalf("sections = %+v; want the ferry story first", reply.Sections)
	}
	ferry := commands.Text(commands.Reply{Sections: reply.Sections[:1]})
	for _, outlet := range []string{"Alpha News", "Beta Times", "Gamma Gazette"} {
		if !strings.Contains(ferry, outlet) {
			t.Errorf("the ferry story lacks %s:\n%s", outlet, ferry)
		}
	}
	stories := 0
	for _, sec := range reply.Sections {
		if strings.Contains(strings.ToLower(sec.Name), "ferry") {
			stories++
		}
	}
	if stories != 1 {
		t.Errorf("the ferry strike is %d stories; want the syndicated copies and the rewrite as one:\n%s", stories, got)
	}

	if help := commands.Text(r.Handle(ctx, inChannel("!help digest", false))); !strings.Contains(help, "Manage Server") || !strings.Contains(help, "digest subscribe 08:00 Europe/Berlin") {
		t.Errorf("help digest:\n%s", help)
	}

	// Topics narrow it.
	_, got = preview(inChannel("!digest preview bridge", false))
	if !strings.Contains(got, "Old Mill bridge") || strings.Contains(got, "ferry") || !strings.Contains(got, "The one story on bridge") {
		t.Errorf("preview on bridge:\n%s", got)
	}
}

func TestDigestReply(t *testing.T) {
	sub := newsbot.Subscription{ID: 4, Hour: 8, Zone: "Europe/Berlin", Topics: []string{"ferry"}, WeekdaysOnly: true}
	due := time.Date(2026, 7, 7, 6, 0, 0, 0, time.UTC)
	d := newsbot.Digest{Since: due.Add(-24 * time.Hour), Until: due.Add(3 * time.Hour), Topics: []string{"ferry"}}
	got := commands.Text(commands.DigestReply(d, commands.DigestPost{Subscription: sub, Due: due, Late: 3*time.Hour + 5*time.Minute}))
	for _, want := range []string{"Digest #4: ferry · Tuesday 7 July", "Posted 3 h 5 min late: I was offline at 08:00.",
		"Nothing new on ferry since Mon 08:00 CEST.", "Digest #4 · weekdays at 08:00 Europe/Berlin"} {
		if !strings.Contains(got, want) {
			t.Errorf("reply lacks %q:\n%s", want, got)
		}
	}
	notice := commands.Text(commands.DigestPausedReply(newsbot.Subscription{ID: 4, Hour: 8, Zone: "UTC", ChannelID: "c9", PauseReason: newsbot.PauseNoAccess}, "!"))
	if !strings.Contains(notice, "Digest #4 is paused") || !strings.Contains(notice, "<#c9>") || !strings.Contains(notice, "!digest resume 4") {
		t.Errorf("notice:\n%s", notice)
	}
}

// TestDigestUnsubscribeTakesOneNumber: "unsubscribe 3 4" does nothing
// rather than remove #3 and drop "4".
func TestDigestUnsubscribeTakesOneNumber(t *testing.T) {
	r, db := digestRouter(t)
	ctx := context.Background()
	handle := func(text string) commands.Reply { return r.Handle(ctx, inChannel(text, true)) }
	handle("!digest subscribe 08:00 UTC syria")
	handle("!digest subscribe 09:00 UTC ukraine")
	for _, req := range []commands.Request{inChannel("!digest unsubscribe 1 2", true), inChannel("!digest resume #1 #2", true),
		{Name: "digest", Prefix: "/", GuildID: "g1", ChannelID: "c1", Admin: true, Params: map[string]string{"action": "unsubscribe", "id": "1 2"}}} {
		reply := r.Handle(ctx, req)
		got := commands.Text(reply)
		if reply.Kind != commands.Warning || !strings.Contains(got, "takes one number") {
			t.Errorf("%s %q = %s; want a refusal naming one number", req.Name, req.Args, got)
		}
	}
	if subs, _ := db.Subscriptions(ctx, "g1"); len(subs) != 2 {
		t.Errorf("after refused commands %d digests remain; want both", len(subs))
	}
}

// TestDigestNumbersAreNotReused: after removing the newest digest, the
// next one gets a new number, so an older list never names it.
func TestDigestNumbersAreNotReused(t *testing.T) {
	r, _ := digestRouter(t)
	ctx := context.Background()
	handle := func(text string) string { return commands.Text(r.Handle(ctx, inChannel(text, true))) }
	handle("!digest subscribe 08:00 UTC syria")
	if got := handle("!digest subscribe 09:00 UTC ukraine"); !strings.Contains(got, "Digest #2 set up") {
		t.Fatalf("second subscribe: %s", got)
	}
	handle("!digest unsubscribe 2")
	if got := handle("!digest subscribe 10:00 UTC ferry"); !strings.Contains(got, "Digest #3 set up") {
		t.Errorf("subscribe after removing #2: %s; want #3", got)
	}
	if got := handle("!digest unsubscribe 2"); !strings.Contains(got, "no digest #2") {
		t.Errorf("unsubscribe 2 from an old list: %s; want no such digest", got)
	}
}

// TestDigestSubscribeAgainChangesOptions: the same channel, time, zone and
// topics, whatever their case or order, is one digest; subscribing again
// with other options changes them, and says so.
func TestDigestSubscribeAgainChangesOptions(t *testing.T) {
	r, db := digestRouter(t)
	ctx := context.Background()
	handle := func(text string) commands.Reply { return r.Handle(ctx, inChannel(text, true)) }
	handle("!digest subscribe 08:00 Europe/Berlin syria, ukraine")
	for _, again := range []string{"!digest subscribe 08:00 Europe/Berlin SYRIA, Ukraine", "!digest subscribe 08:00 europe/berlin ukraine, syria, Syria"} {
		reply := handle(again)
		if got := commands.Text(reply); reply.Kind != commands.Warning || !strings.Contains(got, "already gets that digest, #1") || !strings.Contains(got, "Nothing changed") {
			t.Errorf("%s = %s; want: already #1", again, got)
		}
	}
	reply := handle("!digest subscribe 08:00 Europe/Berlin ukraine, syria weekdays quiet:skip")
	got := commands.Text(reply)
	for _, want := range []string{"Digest #1 changed", "Now Monday to Friday at 08:00 Europe/Berlin in this channel: the top stories on syria, ukraine.",
		"The next is due Wed 7 Jan 08:00 CET", "posts nothing"} {
		if reply.Kind != commands.Success || !strings.Contains(got, want) {
			t.Errorf("changing options: reply lacks %q:\n%s", want, got)
		}
	}
	subs, err := db.Subscriptions(ctx, "g1")
	if err != nil || len(subs) != 1 || !subs[0].WeekdaysOnly || subs[0].Quiet != newsbot.QuietSkip {
		t.Errorf("stored = %+v, %v; want one digest, weekdays, quiet skip", subs, err)
	}
	// Back to every day: Saturday's digest is due again.
	handle("!digest subscribe 08:00 Europe/Berlin syria, ukraine")
	if subs, _ := db.Subscriptions(ctx, "g1"); len(subs) != 1 || subs[0].WeekdaysOnly || subs[0].Quiet != newsbot.QuietNote {
		t.Errorf("stored = %+v; want daily with a note again", subs)
	}
	if help := commands.Text(r.Handle(ctx, inChannel("!help digest", false))); !strings.Contains(help, "Subscribing again with the same time, zone and topics") {
		t.Errorf("help digest does not say how options change:\n%s", help)
	}
}

// TestDigestSubscribeOptionTypos: a mistyped option is not followed as a
// topic; the reply says what was probably meant and nothing is set up.
func TestDigestSubscribeOptionTypos(t *testing.T) {
	tests := []struct {
		req  commands.Request
		want string
	}{
		{inChannel("!digest subscribe 07:30 America/New_York weekday", true), "did you mean `weekdays`?"},
		{inChannel("!digest subscribe 07:30 America/New_York syria, weekdys", true), "did you mean `weekdays`?"},
		{inChannel("!digest subscribe 07:30 America/New_York quite:skip", true), "did you mean `quiet:skip`?"},
		{inChannel("!digest subscribe 07:30 America/New_York quiet:", true), "did you mean `quiet:skip`?"},
		{inChannel("!digest subscribe 07:30 America/New_York syria, quiet skip", true), "did you mean `quiet:skip`?"},
		{inChannel("!digest subscribe 07:30 America/New_York weekday:yes", true), "did you mean `weekdays`?"},
		{inChannel("!digest subscribe 07:30 America/New_York weekdays:maybe", true), "weekdays is yes or no"},
		{commands.Request{Name: "digest", Prefix: "/", GuildID: "g1", ChannelID: "c1", Admin: true,
			Params: map[string]string{"action": "subscribe", "time": "07:30", "zone": "UTC", "topics": "syria weekdays"}}, "use the `weekdays` option"},
	}
	r, db := digestRouter(t)
	ctx := context.Background()
	for _, tt := range tests {
		reply := r.Handle(ctx, tt.req)
		got := commands.Text(reply)
		if reply.Kind != commands.Warning || !strings.Contains(got, strings.ReplaceAll(tt.want, "`", "")) || !strings.Contains(got, "set nothing up") && !strings.Contains(tt.want, "yes or no") {
			t.Errorf("%q %v = %s; want a hint with %q", tt.req.Args, tt.req.Params, got, tt.want)
		}
	}
	if subs, _ := db.Subscriptions(ctx, "g1"); len(subs) != 0 {
		t.Errorf("typos set up %d digests: %+v", len(subs), subs)
	}
	// Real topics that only contain such words still work.
	for _, ok := range []string{"!digest subscribe 07:30 UTC quiet diplomacy", "!digest subscribe 07:30 UTC weekend markets", "!digest subscribe 07:30 UTC weekdays:no syria"} {
		if reply := r.Handle(ctx, inChannel(ok, true)); reply.Kind != commands.Success {
			t.Errorf("%s = %s", ok, commands.Text(reply))
		}
	}
}

// TestDigestReplyLeavesOutEmptyStories: a story with no sentence to show
// is not posted as a headline and a citation alone, and the citations of
// what is shown run without gaps.
func TestDigestReplyLeavesOutEmptyStories(t *testing.T) {
	now := time.Date(2026, 7, 7, 6, 0, 0, 0, time.UTC)
	d := newsbot.Digest{Generated: now, Since: now.Add(-24 * time.Hour), Articles: 3,
		Sources: []newsbot.Source{{Title: "No url"}, {Title: "Harbour", Outlet: "Daily One", URL: "https://one.example/h"},
			{Title: "Blank", Outlet: "Daily Two", URL: "https://two.example/b"}},
		Stories: []newsbot.Story{
			{Headline: "No url", Sources: []int{1}},
			{Headline: "Harbour reopens", Sentences: []newsbot.BriefSentence{{Text: "The harbour reopened on Monday.", Citations: []int{2}}}, Sources: []int{2}},
			{Headline: "Blank", Sentences: []newsbot.BriefSentence{{Text: "  ", Citations: []int{3}}}, Sources: []int{3}},
		}}
	reply := commands.DigestReply(d, commands.DigestPost{})
	got := commands.Text(reply)
	if len(reply.Sections) != 1 || reply.Sections[0].Name != "1. Harbour reopens" {
		t.Errorf("sections = %+v; want the harbour story alone, numbered 1", reply.Sections)
	}
	for _, want := range []string{"The one story since Mon 06:00 UTC, from 3 articles by 1 outlet.", "The harbour reopened on Monday. [1]",
		"[1] Daily One <https://one.example/h>"} {
		if !strings.Contains(got, want) {
			t.Errorf("reply lacks %q:\n%s", want, got)
		}
	}
	for _, avoid := range []string{"No url", "unknown outlet", "[2]", "Blank"} {
		if strings.Contains(got, avoid) {
			t.Errorf("reply shows %q:\n%s", avoid, got)
		}
	}
	d.Stories = d.Stories[:1]
	if got := commands.Text(commands.DigestReply(d, commands.DigestPost{})); !strings.Contains(got, "Nothing new since Mon 06:00 UTC") {
		t.Errorf("a digest of empty stories:\n%s", got)
	}
}
