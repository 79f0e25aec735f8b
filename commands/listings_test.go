package commands

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// British style puts a quotation in single marks ('We are ready to talk at
// any hour,' Ms Nandakumar added). Listed in double marks it read
// “'We are ready to talk at any hour,'”. The marks are taken off; an
// apostrophe inside or at a word's end is kept. Written for this test.
func TestQuoteTextSingleMarks(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"'We are ready to talk at any hour of the day or night,'", "“We are ready to talk at any hour of the day or night”"},
		{"'Our members have not had a real pay rise in six years.'", "“Our members have not had a real pay rise in six years.”"},
		{"‘This deal shows what our members can win’.", "“This deal shows what our members can win”"},
		{"'The ferries will sail again' … 'and the crews will be paid'", "“The ferries will sail again … and the crews will be paid”"},
		// Guards: apostrophes are not quote marks.
		{"We will not gamble with anyone's life on that bridge,", "“We will not gamble with anyone's life on that bridge”"},
		{"'Tis the season for the crews' strike", "“'Tis the season for the crews' strike”"},
		{"The players' union has not been asked", "“The players' union has not been asked”"},
	} {
		if got := QuoteText(newsbot.Quote{Kind: newsbot.Direct, Text: tc.text}, 300); got != tc.want {
			t.Errorf("QuoteText(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// A statement reprinted by a second outlet is listed once, even when one
// outlet printed it in single marks with a full stop and the other in
// double marks with a comma before its attribution. Written for this test.
func TestStatementKeyReprints(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"'Our members have run out of patience.'", `"Our members have run out of patience,"`, true},
		{"‘Our members have run out of patience’", "“Our members have run out of patience.”", true},
		{`"We have made a fair offer,"`, "We have made a fair offer", true},
		// Guards: different words are different statements.
		{"'Our members have run out of patience.'", "'Our members have run out of money.'", false},
		{"We are ready", "We are ready?", false},
	} {
		a := statementKey(newsbot.Quote{Speaker: "Priya Nandakumar", Text: tc.a})
		b := statementKey(newsbot.Quote{Speaker: "Priya Nandakumar", Text: tc.b})
		if got := a == b; got != tc.same {
			t.Errorf("statementKey(%q) == statementKey(%q) is %v; want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// An article that follows an earlier one may name its speaker only by
// surname ("Brenner") or with an honorific ("Ms Nandakumar"): listed
// beside the same person's other statements under their full name, the
// bare surname read as someone else. The one full name among the hits that
// the surname ends with completes it. Written for this test.
func TestFullSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name     string
		speakers []string
		want     []string
	}{
		{"honorific", []string{"Ms Nandakumar", "Priya Nandakumar"}, []string{"Priya Nandakumar", "Priya Nandakumar"}},
		{"surname", []string{"Tomas Brenner", "Brenner", "Mr. Brenner"}, []string{"Tomas Brenner", "Tomas Brenner", "Tomas Brenner"}},
		{"title", []string{"Dr Okafor", "Professor Okafor", "Helena Okafor"}, []string{"Helena Okafor", "Helena Okafor", "Helena Okafor"}},
		// Guards: two people share the surname; no full name; not names.
		{"two Weisses", []string{"Weiss", "Clara Weiss", "Anna Weiss"}, []string{"Weiss", "Clara Weiss", "Anna Weiss"}},
		{"no full name", []string{"Ms Nandakumar", "Ashby"}, []string{"Ms Nandakumar", "Ashby"}},
		{"descriptions", []string{"the engineer", "The city engineer", "engineer"}, []string{"the engineer", "The city engineer", "engineer"}},
		{"honorific is no first name", []string{"Mr Ashby", "Ashby"}, []string{"Mr Ashby", "Ashby"}},
		{"pronoun", []string{"she", "Marta Kowalczyk"}, []string{"she", "Marta Kowalczyk"}},
	} {
		hits := make([]newsbot.QuoteHit, len(tc.speakers))
		for i, s := range tc.speakers {
			hits[i].Speaker = s
		}
		fullSpeakers(hits)
		var got []string
		for _, h := range hits {
			got = append(got, h.Speaker)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: fullSpeakers(%q) = %q; want %q", tc.name, tc.speakers, got, tc.want)
		}
	}
}

// A preview of a quiet day said "The next digest covers whatever arrives
// by then", promising a digest the reader never set up; a scheduled
// digest still says it. Written for this test.
func TestQuietPreviewPromisesNoDigest(t *testing.T) {
	d := newsbot.Digest{Topics: []string{"zebra crossing"}, Since: time.Date(2026, 12, 1, 11, 30, 0, 0, time.UTC),
		Generated: time.Date(2026, 12, 2, 11, 30, 0, 0, time.UTC)}
	for _, tc := range []struct {
		post DigestPost
		want bool
	}{
		{DigestPost{}, false},
		{DigestPost{Subscription: newsbot.Subscription{ID: 3, Zone: "UTC", Topics: []string{"zebra crossing"}}}, true},
	} {
		got := Text(DigestReply(d, tc.post))
		if !strings.Contains(got, "Nothing new on zebra crossing since Tue 11:30 UTC.") || strings.Contains(got, "next digest") != tc.want {
			t.Errorf("subscription %d: want \"next digest\" %v:\n%s", tc.post.Subscription.ID, tc.want, got)
		}
	}
}
