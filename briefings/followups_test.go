package briefings_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// storeOf stores invented articles, each given as URL, title, outlet, age
// before now and paragraphs, for an engine over a real archive.
func storeOf(t *testing.T, now time.Time, arts ...[]string) *briefings.Engine {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "newsbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, f := range arts {
		age, err := time.ParseDuration(f[3])
		if err != nil {
			t.Fatal(err)
		}
		a := &newsbot.Article{URL: f[0], Title: f[1], Outlet: f[2], Published: now.Add(-age), Body: strings.Join(f[4:], "\n\n")}
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	return &briefings.Engine{Store: db}
}

// A story's later chapter need not print every word the reader asked for:
// "halloran trial" should reach the verdict, whose report says "cleared"
// and "jury" but never "trial". An article with one of the words that
// tells another story, or comes before the story, is not read. Written
// for this test.
func TestBriefFollowsTheStory(t *testing.T) {
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	e := storeOf(t, now,
		[]string{"https://herald.example/trial", "Former mayor goes on trial over land deal", "Westmoor Herald", "216h",
			"The former mayor of Brennick, Tomas Halloran, went on trial on Monday at Westmoor Crown Court accused of taking bribes to approve a housing development on protected farmland.",
			"Prosecutors told the jury that Halloran received 240,000 euros through a company registered to his brother-in-law."},
		[]string{"https://daily.example/evidence", "Developer tells court he paid mayor's relative", "Brennick Daily", "120h",
			"A property developer told the trial of former Brennick mayor Tomas Halloran at Westmoor Crown Court that he had paid money to the mayor's brother-in-law.",
			"Gerald Pike said he had never discussed the payments with Halloran himself."},
		[]string{"https://herald.example/cleared", "Halloran cleared of bribery", "Westmoor Herald", "20h",
			"Former Brennick mayor Tomas Halloran was cleared of all bribery charges at Westmoor Crown Court on Monday after the jury deliberated for less than four hours.",
			"Halloran said the verdict had given him back his name."},
		// Another Halloran, another story: it shares the name only.
		[]string{"https://sport.example/halloran", "Halloran signs for Dunmore Athletic", "SportsDesk", "30h",
			"Winger Kevin Halloran has signed a two-year contract with Dunmore Athletic, the club said on Tuesday.",
			"The 23-year-old scored eleven goals last season."},
		// Before the trial: background with one of the words.
		[]string{"https://herald.example/charged", "Halloran charged over land deal", "Westmoor Herald", "2000h",
			"Tomas Halloran, the mayor of Brennick, was charged on Friday with taking bribes over a housing development on protected farmland at Westmoor.",
			"He resigned as mayor the same day."},
	)
	b, err := e.Brief(context.Background(), "halloran trial", now)
	if err != nil {
		t.Fatal(err)
	}
	cited := map[string]bool{}
	for _, s := range b.Sources {
		cited[s.URL] = true
	}
	if !cited["https://herald.example/cleared"] {
		t.Errorf("halloran trial: the verdict is not in the briefing: %+v", b.Sources)
	}
	for _, url := range []string{"https://sport.example/halloran", "https://herald.example/charged"} {
		if cited[url] {
			t.Errorf("halloran trial: %s is cited; it is not a later chapter of the trial", url)
		}
	}
	if b.Matched < len(b.Sources) {
		t.Errorf("halloran trial: Matched = %d, fewer than the %d sources cited", b.Matched, len(b.Sources))
	}
	// A topic of one word reads what has the word, as before.
	one, err := e.Brief(context.Background(), "trial", now)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range one.Sources {
		if s.URL == "https://herald.example/cleared" {
			t.Errorf("trial: the verdict, without the word, is cited for a one-word topic")
		}
	}
}
