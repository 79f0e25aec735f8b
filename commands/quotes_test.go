package commands_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// openDB opens a fresh archive in a temporary directory.
func openDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestQuotesListsAStatementOnce: a wire story printed by three outlets
// carries the same statement three times; !quotes lists it once, from the
// newest copy, and the speaker's other statements still show.
func TestQuotesListsAStatementOnce(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	said := "We are delighted to bring the crossings back to the island"
	for i, outlet := range []string{"Island Post", "Harbour Gazette", "Coast Herald"} {
		body := "“" + said + ",” said Maria Lindqvist, the harbour director."
		a := &newsbot.Article{URL: "https://example.org/pier-" + outlet[:1], Title: "Pier reopens", Outlet: outlet,
			Published: time.Date(2026, 3, 2+i, 9, 0, 0, 0, time.UTC), Body: body,
			Quotes: []newsbot.Quote{{Speaker: "Maria Lindqvist", Mention: "Maria Lindqvist", Cue: "said", Text: said,
				Kind: newsbot.Direct, Content: newsbot.Span{Start: 1, End: 1 + len([]rune(said))}}}}
		if outlet == "Island Post" {
			a.Quotes = append(a.Quotes, newsbot.Quote{Speaker: "Maria Lindqvist", Mention: "she", Cue: "said",
				Text: "the schedule would be reviewed in the autumn", Kind: newsbot.Indirect},
				newsbot.Quote{Speaker: "she", Mention: "she", Cue: "said", Unsure: true,
					Text: "the island crossings had been missed by everyone at the harbour", Kind: newsbot.Indirect})
		}
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "lindqvist", Prefix: "!"}))
	if n := strings.Count(got, "delighted to bring the crossings back"); n != 1 {
		t.Errorf("the statement is listed %d times; want once:\n%s", n, got)
	}
	if !strings.Contains(got, "Coast Herald · 4 Mar 2026 · also in 2 other articles") || !strings.Contains(got, "reviewed in the autumn") {
		t.Errorf("want the newest copy (Coast Herald) and the other statement:\n%s", got)
	}
	// A statement whose speaker stayed "she" names no one: not listed.
	got = commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "crossings", Prefix: "!"}))
	if strings.Contains(got, "missed by everyone") || !strings.Contains(got, "delighted to bring the crossings back") {
		t.Errorf("!quotes crossings lists an unnamed speaker's statement, or lacks the named one:\n%s", got)
	}
}

// A briefing that answers only part of the question says which words
// nothing mentions.
func TestBriefingReplyNamesMissingWords(t *testing.T) {
	r := commands.BriefingReply(newsbot.Briefing{Topic: "ukraine war", Missing: []string{"ukraine"},
		Sentences: []newsbot.BriefSentence{{Text: "The border war entered its third year.", Citations: []int{1}}},
		Sources:   []newsbot.Source{{Title: "Border war", Outlet: "Beta Times"}}, Matched: 1}, "!")
	if r.Intro != "None of the best-matching articles mentions “ukraine”; this is what matches the rest." {
		t.Errorf("intro %q; want a note naming “ukraine”", r.Intro)
	}
	// The note is not one of the verbatim sentences: it is not bulleted
	// among them.
	if got := commands.Text(r); !strings.Contains(got, "\n\nNone of the best-matching") || strings.Contains(got, "• None") {
		t.Errorf("the note reads as a bullet:\n%s", got)
	}
}

// TestQuotesShowsOnlyWhatWasSaid: "has not agreed" and "is trying" are
// what an article says of someone, not their words; a listing titled
// "What X said" is for a search that names X.
func TestQuotesShowsOnlyWhatWasSaid(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	a := &newsbot.Article{URL: "https://example.org/talks", Title: "Ferry talks stall", Outlet: "Island Post",
		Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Body: "(written for this test)",
		Quotes: []newsbot.Quote{
			{Speaker: "Maria Lindqvist", Mention: "Lindqvist", Cue: "has not agreed", Kind: newsbot.Indirect,
				Text: "to a new timetable for the winter ferry crossings to the island"},
			{Speaker: "Maria Lindqvist", Mention: "Lindqvist", Cue: "is trying", Kind: newsbot.Indirect,
				Text: "to win support from the council for a second ferry"},
			{Speaker: "Maria Lindqvist", Mention: "Lindqvist", Cue: "said", Kind: newsbot.Indirect,
				Text: "the ferry crossings would resume once the harbour wall is repaired"},
		}}
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "lindqvist", Prefix: "!"}))
	if strings.Contains(got, "new timetable") || strings.Contains(got, "win support") || !strings.Contains(got, "would resume once") {
		t.Errorf("!quotes lindqvist should list only the statement:\n%s", got)
	}
	if !strings.Contains(got, "What Maria Lindqvist said") {
		t.Errorf("!quotes lindqvist should be titled by the speaker:\n%s", got)
	}
	got = commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "ferry", Prefix: "!"}))
	if strings.Contains(got, "What Maria Lindqvist said") || !strings.Contains(got, "Quotes: ferry") {
		t.Errorf("!quotes ferry should not be titled by the speaker:\n%s", got)
	}
}

// TestBriefRespellsCompounds: "ceasefire" finds an archive that prints
// "cease-fire", and "cease-fire" one that prints "ceasefire".
func TestBriefRespellsCompounds(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct{ body, ask, want string }{
		{"The two sides agreed to a cease-fire on Monday after a week of shelling, officials said.", "ceasefire", "agreed to a cease-fire"},
		{"Aid convoys waited at the border for the ceasefire to take hold in the northern hills.", "cease-fire", "for the ceasefire to take hold"},
	} {
		db := openDB(t)
		a := &newsbot.Article{URL: "https://example.org/truce", Title: "Truce talks", Outlet: "Island Post",
			Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Body: tt.body}
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
		got := commands.Text(r.Handle(ctx, commands.Request{Name: "brief", Args: tt.ask, Prefix: "!"}))
		if !strings.Contains(got, tt.want) {
			t.Errorf("!brief %s lacks %q:\n%s", tt.ask, tt.want, got)
		}
	}
}

// TestQuotesAboutWhenTheSpeakerSaidNothing: "!quotes harbourton" matches a
// speaker, Harbourton, whose only quote is not a statement ("Harbourton
// agreed to …"); what others said about Harbourton answers instead of
// "no quotes". When Harbourton said something, only that is listed.
func TestQuotesAboutWhenTheSpeakerSaidNothing(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	a := &newsbot.Article{URL: "https://example.org/port", Title: "Port deal", Outlet: "Island Post",
		Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Body: "(written for this test)",
		Quotes: []newsbot.Quote{
			{Speaker: "Harbourton", Mention: "Harbourton", Cue: "agreed", Kind: newsbot.Indirect,
				Text: "that fishing crews should keep their berths through the winter"},
			{Speaker: "Maria Lindqvist", Mention: "Lindqvist", Cue: "said", Kind: newsbot.Indirect,
				Text: "Harbourton would take over the ferry service from the spring"},
		}}
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "harbourton", Prefix: "!"}))
	if !strings.Contains(got, "would take over the ferry service") || strings.Contains(got, "keep their berths") {
		t.Errorf("!quotes harbourton should list what Lindqvist said about Harbourton:\n%s", got)
	}
	if strings.Contains(got, "What Harbourton said") {
		t.Errorf("!quotes harbourton is not what Harbourton said:\n%s", got)
	}

	a.Quotes = append(a.Quotes, newsbot.Quote{Speaker: "Harbourton", Mention: "Harbourton", Cue: "said", Kind: newsbot.Indirect,
		Text: "the new quay would open to ferries before the summer"})
	a.AnalysisVersion++
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	got = commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: "harbourton", Prefix: "!"}))
	if !strings.Contains(got, "What Harbourton said") || !strings.Contains(got, "new quay") || strings.Contains(got, "take over the ferry") {
		t.Errorf("!quotes harbourton should list only what Harbourton said:\n%s", got)
	}
}

// TestQuotesTitleNamesSomeone: "What X said" names someone. A speaker that
// leans on its article ("Their union", "a spokesman") would title the
// reply "What Their union said"; one that opened its sentence reads in
// lower case inside the title. Written for this test.
func TestQuotesTitleNamesSomeone(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	a := &newsbot.Article{URL: "https://courier.example/dock-strike", Title: "Dock workers vote to strike", Outlet: "Calder Courier",
		Published: time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC), Body: "(written for this test)",
		Quotes: []newsbot.Quote{
			{Speaker: "Their union", Mention: "Their union", Cue: "said", Kind: newsbot.Indirect,
				Text: "the company's offer of 2% was an insult to the workers"},
			{Speaker: "The coast guard", Mention: "The coast guard", Cue: "said", Kind: newsbot.Indirect,
				Text: "two tugs would stand by at the harbour mouth during the walkout"},
			{Speaker: "Olav Brekke", Mention: "Olav Brekke", Cue: "said", Kind: newsbot.Indirect,
				Text: "ships would be diverted to Northby during the walkout"},
		}}
	if _, err := db.UpsertArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}})
	for _, tc := range []struct{ who, title string }{
		{"union", "Quotes: union"},
		{"coast guard", "What the coast guard said"},
		{"brekke", "What Olav Brekke said"},
	} {
		got := commands.Text(r.Handle(ctx, commands.Request{Name: "quotes", Args: tc.who, Prefix: "!"}))
		if !strings.HasPrefix(got, tc.title+"\n") {
			t.Errorf("!quotes %s is titled %q; want %q", tc.who, strings.SplitN(got, "\n", 2)[0], tc.title)
		}
	}
}

// A briefing that told one of several stories the topic matched names the
// others, each with the command that briefs it alone.
func TestBriefingReplyNamesOtherStories(t *testing.T) {
	r := commands.BriefingReply(newsbot.Briefing{Topic: "strike", Matched: 8,
		Sentences: []newsbot.BriefSentence{{Text: "Train drivers walked out on Monday.", Citations: []int{1}}},
		Sources:   []newsbot.Source{{Title: "Rail strike halts trains", Outlet: "Meridian Wire"}},
		Others: []newsbot.OtherStory{{Headline: "Air strike on Kessa market kills nine", Articles: 2, Topic: "kessa strike"},
			{Headline: "Lindqvist wins tenpin title", Articles: 1}}, MoreStories: 2}, "!")
	got := commands.Text(r)
	for _, want := range []string{"Also matching “strike”", "Air strike on Kessa market kills nine — 2 articles · !brief kessa strike",
		"Lindqvist wins tenpin title — 1 article\n", "and 2 more stories", "Verbatim from 1 of 8 matching articles"} {
		if !strings.Contains(got, want) {
			t.Errorf("reply lacks %q:\n%s", want, got)
		}
	}
}
