package quotes

import "testing"

// The one who supports, in a reduced relative ("groups backing the
// levy"), is the noun phrase right before the participle, not a longer
// mention that reaches over a verb or a preposition.
func TestSpeakerBackerHead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"after a verb and a preposition", "Most of the money for March comes from groups supporting individual mayors.", "supporting", "groups"},
		{"after a preposition", "The board heard from others backing a second bridge over the river.", "backing", "others"},
		{"after an infinitive", "An effort to enlist farmers supporting Mr. Okafor in every county was underway.", "supporting", "farmers"},
		// Guards: "of" and an adjective in "-ed" stay inside the phrase.
		{"of", "Last month a trio of committees backing the mayor spent heavily on ads.", "backing", "a trio of committees"},
		{"adjective", "The plan was drafted by an unelected adviser supporting the mayor.", "supporting", "an unelected adviser"},
	})
}
