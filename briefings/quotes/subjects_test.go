package quotes

import "testing"

// A quantified subject ("more than half of young men", "about 7 in 10
// older women") and the people a survey asked ("students polled") are
// the speakers of a stance or a belief.
func TestRulesQuantifiedSubject(t *testing.T) {
	runContentCases(t, []contentCase{
		{"More than half of young men preferred Lopez.",
			"Lopez by More than half of young men"},
		{"About 7 in 10 older women supported Pike.",
			"Pike by About 7 in 10 older women"},
		{"More than 60 percent of Democrats support the bill.",
			"the bill by More than 60 percent of Democrats"},
		{"Fewer than a third of parents believe the school is safe.",
			"the school is safe by Fewer than a third of parents"},
		{"Only about 3 in 10 teachers in each district want the new schedule.",
			"the new schedule by Only about 3 in 10 teachers"},
		{"Students polled support the plan.",
			"the plan by Students polled"},
	})
}
