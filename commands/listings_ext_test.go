package commands_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/commands"
)

// A ferry strike over a week, in British style: the union leader is
// "Priya Nandakumar" in two articles and "Ms Nandakumar" in the third, and
// one statement is reprinted in double marks by a second outlet. !quotes
// lists her under one name, the reprint once, and no single marks inside
// double ones. Written for this test.
func TestQuotesOnePersonOneStatement(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	patience := "Our members have not had a real pay rise in six years and they have run out of patience"
	for _, a := range []struct {
		url, outlet, speaker, text string
		day                        int
	}{
		{"https://example.org/walkout", "Harwick Echo", "Priya Nandakumar", "'" + patience + ".'", 25},
		{"https://example.org/talks", "Coastal Wire", "Priya Nandakumar", `"` + patience + `,"`, 29},
		{"https://example.org/deal", "Harwick Echo", "Ms Nandakumar", "'This deal shows what our members can win when they stand together,'", 31},
	} {
		x := &newsbot.Article{URL: a.url, Title: "Ferry strike", Outlet: a.outlet, Body: a.text + " she said.",
			Published: time.Date(2026, 11, a.day, 9, 0, 0, 0, time.UTC),
			Quotes:    []newsbot.Quote{{Speaker: a.speaker, Mention: a.speaker, Cue: "said", Text: a.text, Kind: newsbot.Direct}}}
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "nandakumar", Prefix: "!"}))
	for _, bad := range []string{"Ms Nandakumar", "“'", "'”"} {
		if strings.Contains(got, bad) {
			t.Errorf("the listing shows %q:\n%s", bad, got)
		}
	}
	if n := strings.Count(got, "run out of patience"); n != 1 {
		t.Errorf("the reprinted statement is listed %d times; want once:\n%s", n, got)
	}
	if !strings.HasPrefix(got, "What Priya Nandakumar said") || !strings.Contains(got, "also in 1 other article") {
		t.Errorf("want one speaker's listing, the reprint noted:\n%s", got)
	}
}

// Asked for by full name, a person's statements where an article names
// them by surname alone ("Mr Ashby said …") were missing: the speaker
// search needed both words. They are listed, newest first, when the other
// hits complete the surname to the name asked for; another person with
// the same surname is not. Written for this test.
func TestQuotesFullNameFindsSurname(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	add := func(url, speaker, text string, day int) {
		x := &newsbot.Article{URL: url, Title: "Story " + url[20:], Outlet: "Harwick Echo", Body: text,
			Published: time.Date(2026, 11, day, 9, 0, 0, 0, time.UTC),
			Quotes:    []newsbot.Quote{{Speaker: speaker, Mention: speaker, Cue: "said", Text: text, Kind: newsbot.Indirect}}}
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	add("https://example.org/talks", "Gerald Ashby", "the union's demands were unaffordable", 29)
	add("https://example.org/deal", "Mr Ashby", "services would return to normal by Wednesday", 31)
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "gerald ashby", Prefix: "!"}))
	normal, unaffordable := strings.Index(got, "return to normal"), strings.Index(got, "unaffordable")
	if normal < 0 || unaffordable < 0 || normal > unaffordable || strings.Contains(got, "Mr Ashby") {
		t.Errorf("want Gerald Ashby's two statements, newest first:\n%s", got)
	}
	// Guards: with two Ashbys in the archive, "Mr Ashby" is no one's for
	// sure, and one Ashby's words are never listed as the other's.
	add("https://example.org/cup", "Carla Ashby", "the final would be played in Lund next year", 30)
	got = commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "gerald ashby", Prefix: "!"}))
	if strings.Contains(got, "return to normal") || strings.Contains(got, "Lund") || !strings.Contains(got, "unaffordable") {
		t.Errorf("want Gerald Ashby's own statement only:\n%s", got)
	}
	got = commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "carla ashby", Prefix: "!"}))
	if strings.Contains(got, "return to normal") || !strings.Contains(got, "Lund") {
		t.Errorf("want Carla Ashby's statement only:\n%s", got)
	}
}

// When no quote has every word asked for, the search falls back to any
// word: "!quotes library cuts" listed a software company's job cuts with
// nothing to say that no quote was about library cuts. The reply says so;
// a quote with every word, or a one-word search, needs no such line.
// Written for this test.
func TestQuotesSaysWhenNoQuoteHasEveryWord(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	for i, q := range []newsbot.Quote{
		{Speaker: "Marta Kowalczyk", Cue: "said", Kind: newsbot.Direct, Text: "These job cuts are the hardest decision I have made"},
		{Speaker: "Elsa Varga", Cue: "said", Kind: newsbot.Direct, Text: "Every department has had to find savings, and the libraries are no exception"},
	} {
		x := &newsbot.Article{URL: "https://example.org/" + string(rune('a'+i)), Title: "Story", Outlet: "River Times", Body: q.Text,
			Published: time.Date(2026, 11, 28+i, 9, 0, 0, 0, time.UTC), Quotes: []newsbot.Quote{q}}
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	const line = "No quote mentions every word"
	for _, tc := range []struct {
		args string
		want bool
	}{
		{"library cuts", true},
		{"libraries", false},
		{"job cuts", false},
		{"elsa varga", false},
	} {
		got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: tc.args, Prefix: "!"}))
		if strings.Contains(got, line) != tc.want {
			t.Errorf("!quotes %s: says %q is %v; want %v:\n%s", tc.args, line, !tc.want, tc.want, got)
		}
	}
}

// Asked with a title ("!quotes governor rennick", "!quotes mayor varga"),
// the listing held only the article that printed the title, or fell back
// to any word with a note that no quote had them all: the articles name
// her Sofia Rennick. The title need not be in the name. Written for this
// test.
func TestQuotesTitleAndSurname(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	for i, q := range []newsbot.Quote{
		{Speaker: "Sofia Rennick", Cue: "told", Kind: newsbot.Direct, Text: "We were lucky this time, but the old port will not survive a stronger one"},
		{Speaker: "Governor Rennick", Cue: "said", Kind: newsbot.Indirect, Text: "the city would ask the national government for emergency funds"},
	} {
		x := &newsbot.Article{URL: "https://example.org/quake-" + string(rune('a'+i)), Title: "Quake", Outlet: "Island Times", Body: q.Text,
			Published: time.Date(2026, 12, 1+i, 9, 0, 0, 0, time.UTC), Quotes: []newsbot.Quote{q}}
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	for _, args := range []string{"governor rennick", "sofia rennick", "rennick"} {
		got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: args, Prefix: "!"}))
		funds, lucky := strings.Index(got, "emergency funds"), strings.Index(got, "lucky this time")
		if !strings.HasPrefix(got, "What Sofia Rennick said") || funds < 0 || lucky < funds || strings.Contains(got, "No quote mentions") {
			t.Errorf("!quotes %s: want both of Sofia Rennick's statements, newest first:\n%s", args, got)
		}
	}
	// Guard: a title alone names no one.
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "governor", Prefix: "!"}))
	if strings.HasPrefix(got, "What Sofia Rennick said") {
		t.Errorf("!quotes governor: titled as Sofia Rennick's:\n%s", got)
	}
}

// One outlet prints a chief executive's memo line whole; the next day
// another writes that she took "full responsibility for …". !quotes showed
// the same words twice; it lists the whole quotation once, noting the
// other article. A partial quotation of words she did not say in the
// whole one, and another speaker's, stay. Written for this test.
func TestQuotesPartialReprintOnce(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	for i, q := range [][]newsbot.Quote{
		{{Speaker: "Marta Kowalczyk", Cue: "said", Kind: newsbot.Direct,
			Text: "These are people who built this company, and I take full responsibility for the decisions that brought us here."}},
		{{Speaker: "Marta Kowalczyk", Cue: "wrote", Kind: newsbot.Mixed,
			Text: `that she took "full responsibility for the decisions that brought us here"`},
			{Speaker: "Marta Kowalczyk", Cue: "said", Kind: newsbot.Mixed,
				Text: `the cuts were "the hardest thing I have done"`},
			{Speaker: "Peter Halloran", Cue: "said", Kind: newsbot.Mixed,
				Text: `Lumio had taken "full responsibility for the decisions that brought us here" too late`}},
	} {
		x := &newsbot.Article{URL: "https://example.org/lumio-" + string(rune('a'+i)), Title: "Lumio cuts", Outlet: "Tech Ledger", Body: "Kowalczyk",
			Published: time.Date(2026, 12, 1+i, 9, 0, 0, 0, time.UTC), Quotes: q}
		if _, err := db.UpsertArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "kowalczyk", Prefix: "!"}))
	if n := strings.Count(got, "full responsibility"); n != 1 || !strings.Contains(got, "also in 1 other article") || !strings.Contains(got, "hardest thing") {
		t.Errorf("want the memo line once, noted as in another article, and the other statement:\n%s", got)
	}
	got = commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "responsibility", Prefix: "!"}))
	if !strings.Contains(got, "Peter Halloran") {
		t.Errorf("another speaker's words are dropped:\n%s", got)
	}
}
