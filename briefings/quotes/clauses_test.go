package quotes

import "testing"

// A conjunction ends the statement before a clause whose verb is a
// plain present ("appear", "prefer") or whose subject is "there" or a
// quantity ("most", "three of the five").
func TestRulesClauseSubjectsAndVerbs(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The economists said voters favor a winner and candidates appear stronger when they lead.",
			"voters favor a winner by The economists"},
		{"The survey found tenants want lower rents and most prefer shorter leases.",
			"tenants want lower rents by The survey"},
		{"The coach said the team would travel on Sunday and there were no objections from the players.",
			"the team would travel on Sunday by The coach"},
		{"The clerk said the ballots had been counted and three of the five members remain unconvinced.",
			"the ballots had been counted by The clerk"},
		{"The planners said we need a new bridge and both towns actually aren't far apart on the cost.",
			"we need a new bridge by The planners"},
	})
}

// After an object with no verb of its own, "and" or "but" before an
// auxiliary opens the speaker's next predicate.
func TestRulesSpeakerAuxiliaryPredicate(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The chairman criticized the toll increase and may not support the budget this spring.",
			"the toll increase by The chairman"},
		{"The coalition, which had opposed the parking levy last winter and still did not back the plan, stayed quiet.",
			"the parking levy last winter by which"},
	})
}

// When the cue stands in a clause that opens the sentence ("Years after
// Lee claimed that ..., "), the statement ends before the main clause.
func TestRulesFrontedClauseEnds(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Weeks after Mayor Lund claimed that the tower was safe, inspectors found cracks in the foundation.",
			"that the tower was safe by Mayor Lund"},
		{"Where the unions hoped to win a raise for every worker, the board offered a one-time bonus.",
			"to win a raise for every worker by the unions"},
	})
}
