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

// TestTopicAsksForAPeriod: "!brief halloran today" asks for the last day's
// news on Halloran. Searched as words, "today" found only an article that
// printed it (here, inside a quotation), whatever its date. Now the period
// limits what is read, the reply says which period, and an empty period
// says when the newest article on the topic is from. Written for this test.
func TestTopicAsksForAPeriod(t *testing.T) {
	ctx := context.Background()
	db := openDB(t)
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	for _, a := range []*newsbot.Article{
		{URL: "https://herald.example/trial-opens", Title: "Former mayor goes on trial", Outlet: "Westmoor Herald",
			Published: now.Add(-9 * 24 * time.Hour),
			Body: "The former mayor of Brennick, Tomas Halloran, went on trial on Monday accused of taking bribes over a housing plan.\n\n" +
				"“I have never taken a cent from anyone, and I will say so today and every day,” Halloran told reporters outside the court."},
		{URL: "https://daily.example/developer", Title: "Developer tells court he paid mayor's relative", Outlet: "Brennick Daily",
			Published: now.Add(-5 * 24 * time.Hour),
			Body: "A property developer told the trial of former Brennick mayor Tomas Halloran that he had paid money to the mayor's brother-in-law.\n\n" +
				"Gerald Pike said he transferred three payments to a consulting firm in 2021."},
		{URL: "https://herald.example/cleared", Title: "Halloran cleared of bribery", Outlet: "Westmoor Herald",
			Published: now.Add(-6 * time.Hour),
			Body: "Former Brennick mayor Tomas Halloran was cleared of all bribery charges after a jury deliberated for less than four hours.\n\n" +
				"Halloran said the verdict had given him back his name."},
	} {
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	r := commands.New(&commands.Service{Store: db, Briefer: &briefings.Engine{Store: db}, Now: func() time.Time { return now }})
	for _, tc := range []struct {
		name, args  string
		want, avoid []string
	}{
		{"brief", "halloran today",
			[]string{"Briefing: halloran, the past 24 hours", "cleared of all bribery charges", "articles matching in the past 24 hours"},
			[]string{"went on trial", "paid money"}},
		{"brief", "halloran this week",
			[]string{"Briefing: halloran, the past 7 days", "cleared of all bribery charges", "paid money"},
			[]string{"went on trial"}},
		{"brief", "halloran", // any time, as before
			[]string{"Briefing: halloran\n", "went on trial", "cleared of all bribery charges"}, nil},
		{"brief", "pike today",
			[]string{"Nothing on “pike” was published in the past 24 hours; the newest is from 27 Nov 2026.", "!brief pike"},
			[]string{"Briefing"}},
		{"articles", "halloran past 3 days",
			[]string{"Articles: halloran, the past 3 days", "1 matching", "Halloran cleared of bribery"},
			[]string{"goes on trial", "Developer tells"}},
		{"articles", "trial yesterday",
			[]string{"Nothing on “trial” was published in the past 2 days; the newest is from 27 Nov 2026."}, nil},
		{"quotes", "halloran today",
			[]string{"What Tomas Halloran said in the past 24 hours", "given him back his name"},
			[]string{"never taken a cent"}},
		{"quotes", "pike today",
			[]string{"I have no quotes from or about “pike” published in the past 24 hours. Try !quotes pike for any time."}, nil},
	} {
		got := commands.Text(r.Handle(ctx, commands.Request{Name: tc.name, Args: tc.args, Prefix: "!"}))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("!%s %s: no %q in\n%s", tc.name, tc.args, w, got)
			}
		}
		for _, w := range tc.avoid {
			if strings.Contains(got, w) {
				t.Errorf("!%s %s: %q should not show:\n%s", tc.name, tc.args, w, got)
			}
		}
	}
}
