package quotes

import (
	"slices"
	"testing"
)

// A stance verb's object that is a name or a pronoun ends before an
// adjunct telling when, where or how: "endorsed Lopez last week". A name
// with its "of" phrase, and an object that is not a name, stay whole.
func TestRulesStanceObjectBeforeAdjunct(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Walsh endorsed Lopez in late May, but only after weeks of hesitation.",
			"Lopez by Walsh"},
		{"Carson endorsed Gov. Rita Lopez at a rally in Ohio.",
			"Gov. Rita Lopez by Carson"},
		{"They supported her by a wide margin.",
			"her by They"},
		{"The farmers' union, which backed Lopez last spring, is now split.",
			"Lopez by which"},
		{"The mayor criticized Pike on Tuesday for the delays.",
			"Pike by The mayor"},
		{"She endorsed Senator Tom Pike of Ohio on Friday.",
			"Senator Tom Pike of Ohio by She"},
		{"Most teachers opposed the new testing rules in the district.",
			"the new testing rules in the district by Most teachers"},
	})
}

// "appear to" reports an impression as "appears to" and "seemed to" do:
// the content is the subject with what it appears to do, and there is no
// speaker. "appear" without "to" is a showing up, not an impression.
func TestRulesAppearTo(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // nil when none
	}{
		{"The new figures appear to be wrong.",
			[]string{"The new figures … to be wrong by "}},
		{"Most of the bidders appear to have links to one builder.",
			[]string{"Most of the bidders … to have links to one builder by "}},
		{"Both candidates will appear on the ballot.", nil},
	} {
		if got := rulesContents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
