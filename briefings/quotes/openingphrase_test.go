package quotes

import "testing"

// An opening prepositional phrase that a parenthetical cue interrupts
// belongs to the clause after the cue, and so to the statement; a short
// linking phrase or a participle's scene does not.
func TestRulesOpeningPhraseBeforeAside(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"time span", "Over the next decade, the planners said, the new line will pay for itself.",
			"Over the next decade … the new line will pay for itself by the planners"},
		{"setting", "In a small town, the owner said, rents will fall for both firms.",
			"In a small town … rents will fall for both firms by the owner"},
		// A two-word linking phrase stays out.
		{"linking phrase", "In addition, the mayor said, the parking fees will rise next year.",
			"the parking fees will rise next year by the mayor"},
		// So does a phrase with a participle: the writer's scene.
		{"participle", "With prices rising across the county, officials said, the budget will stay tight.",
			"the budget will stay tight by officials"},
		// Before a quotation the phrase sets the scene of the saying.
		{"quotation", "In a statement on Friday, the governor said, \"We will rebuild the road.\"",
			"\"We will rebuild the road.\" by the governor"},
	})
}
