package quotes

import (
	"slices"
	"testing"
)

// A stance verb's object that is a name or a pronoun ends before an
// adjunct telling when, where or how: "endorsed Lopez last week". A name
// with its "of" phrase, and an object that is not a name, stay whole.
func TestRulesStanceObjectBeforeAdjunct(t *testing.T) {
	for _, c := range []struct{ text, want string }{
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
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
