package quotes

import "testing"

// A verb of saying after a clause and a comma is parenthetical even when
// a subordinate clause with its own subject ("as she left the room") or,
// for a verb whose object is the one told, an addressee with a time ("a
// council panel Wednesday") runs on to the end of the sentence: the
// clause before the comma is what was said. A thing told ("a joke") or
// promised stays the object.
func TestTrailingCueBeforeClauseOrAddressee(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"said as clause", "The plan will fail, Cole said as she left the room.",
			"said", "The plan will fail", "Cole"},
		{"said time while clause", "The bridge is safe, the engineer said Monday while he was visiting the site.",
			"said", "The bridge is safe", "the engineer"},
		{"told addressee time", "This includes a new unit to help the local police, Police Chief Dan Webb told a council panel Wednesday.",
			"told", "This includes a new unit to help the local police", "Police Chief Dan Webb"},
		{"told possessive addressee as clause", "This is not about me, the mayor told his closest aides as he worked on the speech.",
			"told", "This is not about me", "the mayor"},
		{"told a thing", "On the last day of the tour, Ann Cole told a joke.",
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
