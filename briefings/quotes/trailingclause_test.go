package quotes

import "testing"

// A verb of saying after a clause and a comma is parenthetical even when
// a subordinate clause with its own subject ("as she left the room") or,
// for a verb whose object is the one told, an addressee with a time ("a
// county board Tuesday") runs on to the end of the sentence: the
// clause before the comma is what was said. A thing told ("a joke") or
// promised stays the object.
func TestTrailingCueBeforeClauseOrAddressee(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"said as clause", "The plan will fail, Cole said as she left the room.",
			"said", "The plan will fail", "Cole"},
		{"said time while clause", "The bridge is safe, the engineer said Monday while he was visiting the site.",
			"said", "The bridge is safe", "the engineer"},
		{"told addressee time", "The fund will pay for two new boats, Harbor Master Dan Webb told a county board Tuesday.",
			"told", "The fund will pay for two new boats", "Harbor Master Dan Webb"},
		{"told possessive addressee as clause", "The numbers are fine, the coach told his assistants as he packed the van.",
			"told", "The numbers are fine", "the coach"},
		{"told a thing", "Near the end of her visit, Ann Cole told a joke.",
			"told", "a joke", "Ann Cole"},
		{"promised a thing", "Listing her plans for the schools, Cole promised a town of new chances.",
			"promised", "a town of new chances", "Cole"},
	})
}

// Two full names joined by "and" are a plural subject for a base form of
// saying, as two single names are: "Ann Cole and Dan Webb say".
func TestCoordinatedFullNamesSay(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"titled full names", "Council members Ann Cole and Dan Webb say Mayor Lee has not been tested.",
			"say", "Mayor Lee has not been tested", "Council members Ann Cole and Dan Webb"},
		{"full names", "Ann Cole and Dan Webb say the budget is too small.",
			"say", "the budget is too small", "Ann Cole and Dan Webb"},
	})
}
