package briefings

import (
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// A ferry strike over a week, written for this test in British style: the
// union leader is "Priya Nandakumar" in the first reports and "Ms
// Nandakumar" in the last, and the first report's statement in single
// marks is reprinted in double marks by another outlet.
var (
	ferryWalkout = article(60, "https://echo.example/walkout", "Ferry crews walk out in pay row", "Harwick Echo",
		"Ferry crews on the Harwick to Lund crossing walked out on Tuesday in a dispute over pay.",
		"Priya Nandakumar, general secretary of the Maritime Crews Union, said: 'Our members have not had a real pay rise in six years and they have run out of patience.'",
		"The operator, Northsea Lines, said it was disappointed by the strike.")
	ferryTalks = article(61, "https://wire.example/talks", "Ferry strike talks collapse", "Coastal Wire",
		"Talks to end the Harwick ferry strike collapsed on Saturday.",
		"\"Our members have not had a real pay rise in six years and they have run out of patience,\" said Priya Nandakumar, the union's general secretary.",
		"Northsea Lines chief executive Gerald Ashby said the union's demands were unaffordable.")
	ferryDeal = article(62, "https://echo.example/deal", "Ferry strike ends with deal", "Harwick Echo",
		"The Harwick ferry strike ended on Monday after the union and Northsea Lines agreed a two-year pay deal.",
		"'This deal shows what our members can win when they stand together,' Ms Nandakumar said.",
		"Mr Ashby said services would return to normal by Wednesday.")
)

// Key quotes name one person one way and show a reprinted statement once:
// "Ms Nandakumar" beside "Priya Nandakumar" read as two people, and the
// statement in single marks and in double marks was shown twice.
func TestBriefKeyQuotesOnePersonOneStatement(t *testing.T) {
	cands := []Candidate{{Article: ferryDeal, Weight: 1}, {Article: ferryTalks, Weight: 0.9}, {Article: ferryWalkout, Weight: 0.8}}
	b := Build(newsbot.ParseTopic("ferry strike"), cands, nil, Options{})
	seen := map[string]bool{}
	for _, q := range b.Quotes {
		if q.Speaker == "Ms Nandakumar" || q.Speaker == "Mr Ashby" {
			t.Errorf("key quote %q under %q; want the full name", q.Text, q.Speaker)
		}
		w := sameWords(q.Text)
		if seen[w] {
			t.Errorf("key quote %q shown twice", q.Text)
		}
		seen[w] = true
	}
	if len(b.Quotes) == 0 {
		t.Errorf("no key quotes")
	}
}

// CompleteNames: a surname, alone or after an honorific, takes the one
// full name among the speakers that ends with it. Written for this test.
func TestCompleteNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ms Nandakumar|Priya Nandakumar", "Priya Nandakumar|Priya Nandakumar"},
		{"Brenner|Mr. Brenner|Tomas Brenner", "Tomas Brenner|Tomas Brenner|Tomas Brenner"},
		{"Professor Okafor|Helena Okafor", "Helena Okafor|Helena Okafor"},
		{"Governor Rennick|Sofia Rennick", "Sofia Rennick|Sofia Rennick"},
		{"Prime Minister Koval|Adrian Koval|Koval", "Adrian Koval|Adrian Koval|Adrian Koval"},
		{"Governor Sofia Rennick|Rennick", "Governor Sofia Rennick|Governor Sofia Rennick"},
		// Guards: two full names; none; descriptions; pronouns; an
		// honorific is no first name; "The …" is no person.
		{"Weiss|Clara Weiss|Anna Weiss", "Weiss|Clara Weiss|Anna Weiss"},
		{"Ms Nandakumar|Ashby", "Ms Nandakumar|Ashby"},
		{"engineer|the city engineer", "engineer|the city engineer"},
		{"she|Marta Kowalczyk", "she|Marta Kowalczyk"},
		{"Mr Ashby|Ashby", "Mr Ashby|Ashby"},
		{"Governor Rennick|Mayor Rennick", "Governor Rennick|Mayor Rennick"},
		{"Lines|The Northsea Lines", "Lines|The Northsea Lines"},
		// Bodies and offices are not surnames: none becomes another.
		{"Justice Department|State Department", "Justice Department|State Department"},
		{"General Motors|Ford Motors", "General Motors|Ford Motors"},
		{"Inspector General|Attorney General", "Inspector General|Attorney General"},
		{"Department|State Department", "Department|State Department"},
		{"Mayor Lindqvist|Harbour Authority|Eva Lindqvist", "Eva Lindqvist|Harbour Authority|Eva Lindqvist"},
	} {
		if got := strings.Join(CompleteNames(strings.Split(tc.in, "|"), nil), "|"); got != tc.want {
			t.Errorf("CompleteNames(%s) = %s; want %s", tc.in, got, tc.want)
		}
	}
}

// A surname is completed only to a full name printed within NameWindow:
// a "Brenner" a year on may be someone else. Written for this test.
func TestCompleteNamesWindow(t *testing.T) {
	day := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		gap  time.Duration
		want string
	}{
		{4 * 24 * time.Hour, "Tomas Brenner"},
		{-10 * 24 * time.Hour, "Tomas Brenner"},
		{365 * 24 * time.Hour, "Brenner"},
	} {
		got := CompleteNames([]string{"Tomas Brenner", "Brenner"}, []time.Time{day, day.Add(tc.gap)})
		if got[1] != tc.want {
			t.Errorf("Brenner %v after Tomas Brenner = %q; want %q", tc.gap, got[1], tc.want)
		}
	}
	// An unknown date does not bar it.
	if got := CompleteNames([]string{"Tomas Brenner", "Brenner"}, []time.Time{day, {}}); got[1] != "Tomas Brenner" {
		t.Errorf("undated Brenner = %q; want Tomas Brenner", got[1])
	}
}
