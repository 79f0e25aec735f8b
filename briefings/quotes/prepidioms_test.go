package quotes

import "testing"

// "made no mention of" and "took credit for" state a stance on the
// phrase after their preposition, as the other idioms do.
func TestSpeechCueMentionAndCreditIdioms(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"no mention", "The mayor made no mention of the levy.", "made no mention of", "the levy", "The mayor"},
		{"little mention", "The governor makes little mention of her rivals in the ad.", "makes little mention of", "her rivals", "The governor"},
		{"credit", "The group took credit for the new law.", "took credit for", "the new law", "The group"},
		{"full credit", "Lee gladly takes full credit for the ferry timetable.", "takes full credit for", "the ferry timetable", "Lee"},
	})
}
