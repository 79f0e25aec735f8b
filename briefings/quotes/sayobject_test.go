package quotes

import "testing"

// A poll's share ends before ", compared with" and another share: the
// comparison is the narrator's.
func TestRulesShareEndsBeforeComparison(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "compared with a percent",
			text: "Sixty percent of renters say the new fees are unfair, compared with 25 percent of owners who say so.",
			want: "the new fees are unfair by Sixty percent of renters",
		},
		{
			name: "compared to a count",
			text: "Most farmers say the subsidy helps them, compared to two in 10 who say it hurts.",
			want: "the subsidy helps them by Most farmers",
		},
	})
}

// The noun object of a verb of saying ends before an adverbial clause, as
// a stance verb's does; "say", whose object is a clause, and "when" after
// a noun of time ("recalled the days when …") are left alone.
func TestRulesSayObjectBeforeAdverbialClause(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "after and a participle",
			text: "The shoe company announced the new partnership after cutting ties with its old supplier.",
			want: "the new partnership by The shoe company",
		},
		{
			name: "because and a clause",
			text: "The landlord disclosed the terms of the deal because the judge ordered it.",
			want: "the terms of the deal by The landlord",
		},
		{
			name: "when after a noun of time stays",
			text: "The old miner recalled the days when the pits ran all night.",
			want: "the days when the pits ran all night by The old miner",
		},
		{
			name: "say takes a clause",
			text: "The clerk said the board after a long debate approved the plan.",
			want: "the board after a long debate approved the plan by The clerk",
		},
	})
}

// The content ends before ", even as" or ", even though" and the
// narrator's concession; one set in the middle of the content's own
// clause stays.
func TestRulesContentEndsBeforeEvenAs(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "even as",
			text: "The mayor said that she will back the plan, even as she has criticized its cost.",
			want: "that she will back the plan by The mayor",
		},
		{
			name: "even though",
			text: "The writer said his own posts were rare, even though he sometimes uses the site to share stories.",
			want: "his own posts were rare by The writer",
		},
		{
			name: "a concession in the middle stays",
			text: "The engineer said the bridge, even though it was old, was safe.",
			want: "the bridge, even though it was old, was safe by The engineer",
		},
	})
}
