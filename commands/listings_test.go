package commands

import (
	"testing"

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
