package quotes

import "testing"

// A cue set off in the middle of a sentence interrupts the clause that
// opened after a lone dash: the narrative before the dash is not what
// was said.
func TestRulesParentheticalAfterDash(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"noun head", "The council passed the budget - a plan, the mayor said, that will cut three bus routes.",
			"a plan … that will cut three bus routes by the mayor"},
		{"em dash", "Crews closed the old bridge on Friday — a step, the engineer said, that should have come years ago.",
			"a step … that should have come years ago by the engineer"},
		{"coordinator after the dash", "The club booked a hall for the dinner - and the caterer, its manager said, had been hard to find.",
			"the caterer … had been hard to find by its manager"},
		{"according to", "The school board delayed the vote - a move, according to two trustees, that angered many parents.",
			"a move … that angered many parents by two trustees"},
		// A dash that closes an aside leaves the clause whole.
		{"closed aside", "The new rules - long promised and often delayed - will start in May, the agency said, and cover all drivers.",
			"The new rules - long promised and often delayed - will start in May … and cover all drivers by the agency"},
		// Before a cue that ends the sentence, the dash's elaboration is
		// part of the statement.
		{"final cue", "Turnout was the highest in years - nearly seven in ten voters, the clerk said.",
			"Turnout was the highest in years - nearly seven in ten voters by the clerk"},
	})
}
