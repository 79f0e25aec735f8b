package quotes

import "testing"

// A fronted infinitive phrase before a parenthetical cue ("To hit its
// target, the panel said, …") has no verb of its own even when its verb
// looks past ("hit", "put", "set"): the clause after the cue completes
// the statement.
func TestSpeechCueInfinitiveBeforeParenthetical(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"to and a past-looking verb", "The report came out Monday. To hit its target, the panel concluded, the tax must start rising again in May.", "concluded", "To hit its target … the tax must start rising again in May", "the panel"},
		{"but to, put", "The report came out Monday. But to put the budget right, the mayor said, the town will sell two lots.", "said", "But to put the budget right … the town will sell two lots", "the mayor"},
		{"a clause with a past verb stays alone", "The report came out Monday. The council put the rate up, the mayor said, the rest of the plan is open.", "said", "The council put the rate up", "the mayor"},
	})
}
