package quotes

import "testing"

// "Asked whether X “…,” N said yes": the comma that closes a quotation
// inside the question closes the question as well; the main clause after
// it is another statement.
func TestAskedQuestionEndsAtAQuotationsComma(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"poll question", "Asked whether the mayor “has the judgment to lead the city,” 60 percent of voters said yes.",
			"Asked", "the mayor “has the judgment to lead the city,”", ""},
		{"the answer keeps its own", "Asked whether the mayor “has the judgment to lead the city,” 60 percent of voters said yes.",
			"said", "yes", "60 percent of voters"},
		{"a named answerer", "Asked if he is “ready for the job,” the senator said he was.",
			"Asked", "he is “ready for the job,”", ""},
		// Control: without a quotation the plain comma ends it, as before.
		{"plain comma control", "Asked if the plan would pass, most members said so.",
			"Asked", "the plan would pass", ""},
	})
}
