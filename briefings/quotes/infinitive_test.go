package quotes

import "testing"

// A fronted infinitive phrase before a parenthetical cue ("To hit its
// goal, the board said, …") has no verb of its own even when its verb
// looks past ("hit", "put", "set"): the clause after the cue completes
// the statement.
func TestSpeechCueInfinitiveBeforeParenthetical(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"to and a past-looking verb", "The study came out Monday. To hit its goal, the board concluded, the toll has to climb once more by June.", "concluded", "To hit its goal … the toll has to climb once more by June", "the board"},
		{"but to, put", "The report came out Monday. But to put the budget right, the mayor said, the town will sell two lots.", "said", "But to put the budget right … the town will sell two lots", "the mayor"},
		{"a clause with a past verb stays alone", "The report came out Monday. The council put the rate up, the mayor said, the rest of the plan is open.", "said", "The council put the rate up", "the mayor"},
	})
}
