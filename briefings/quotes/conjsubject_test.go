package quotes

import "testing"

// A noun phrase with a determiner after "before" or "after" and before a
// finite verb is the subject of the clause the conjunction opens, not the
// object of a preposition: it speaks, and so does a verb coordinated with
// its verb.
func TestSpeakerAfterConjunction(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"before a judge", "Ten weeks passed before a judge ordered the county to release the files.", "ordered", "a judge"},
		{"after a time phrase", "The board waited for weeks before a judge ordered the county to release the files.", "ordered", "a judge"},
		{"coordinated verb", "The actress quit the show after her former fans mocked her accent and even questioned her motives.", "questioned", "her former fans"},
		// A preposition's object with no verb of its own stays one.
		{"preposition", "The mayor testified before the council and said the budget would pass.", "said", "The mayor"},
	})
}
