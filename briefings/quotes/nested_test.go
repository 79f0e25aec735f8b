package quotes

import (
	"slices"
	"testing"
)

// nestedCase is a sentence with one attribution nested in another's
// reach, and the attributions the rules alone should find in it, as
// "content by speaker".
type nestedCase struct {
	name, text string
	want       []string
}

func runNestedCases(t *testing.T, cases []nestedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := rulesContents(c.text); !slices.Equal(got, c.want) {
				t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
			}
		})
	}
}

// A poll's share counted by a number ("3 in 10 say", "all five say") is a
// plural subject: the statement is the share's, with the clause after
// "say" whole, not the "they want" inside it.
func TestNestedCountedShareSays(t *testing.T) {
	runNestedCases(t, []nestedCase{
		{"number word", "Of the council's members, five say they want the bridge rebuilt.",
			[]string{"they want the bridge rebuilt by five"}},
	})
}

// "made it clear that …" reports what was made clear, whatever stands
// between the verb and "that"; the clause's own verb ("he felt") is part
// of the statement, not a second one.
func TestNestedMadeItClear(t *testing.T) {
	runNestedCases(t, []nestedCase{
		{"listener and day", "Ann Lee made it clear to the tenants on Monday that the rent will not rise.",
			[]string{"that the rent will not rise by Ann Lee"}},
		{"inner stance verb", "After the match the coach made it clear that he felt the late goal should stand.",
			[]string{"that he felt the late goal should stand by the coach"}},
	})
}

// "said Mr. Ortiz envisioned a campaign that …": the "that" of a relative
// clause inside the reported clause does not start the content, and the
// reported clause's verb is no statement of its own.
func TestNestedClauseWithRelative(t *testing.T) {
	runNestedCases(t, []nestedCase{
		{"name subject", "Ms. Park said Mr. Ortiz envisioned a campaign that exploited regional loyalties.",
			[]string{"Mr. Ortiz envisioned a campaign that exploited regional loyalties by Ms. Park"}},
		{"common noun subject", "Ms. Park, the pollster, said the governor wanted a race that pitted town against country.",
			[]string{"the governor wanted a race that pitted town against country by Ms. Park"}},
	})
}

// A parenthetical cue inside a clause ("Mara, they said, told …"): the
// clause goes on after it, and its verb is what they said, not a
// statement of Bob's.
func TestNestedParentheticalInClause(t *testing.T) {
	runNestedCases(t, []nestedCase{
		{"verb after the cue", "Mara, the clerks said, told them to close the shop.",
			[]string{"Mara … told them to close the shop by the clerks"}},
		{"clause after the cue", "To win their votes, marchers said, the party must adopt plans to close the camps.",
			[]string{"To win their votes … the party must adopt plans to close the camps by marchers"}},
	})
}
