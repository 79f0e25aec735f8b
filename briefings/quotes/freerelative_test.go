package quotes

import "testing"

// A statement in a free relative ("what she called …") belongs to the
// clause's subject, whose predicate holds the relative; the pronoun is
// kept after a copula, for a subject of the other number and after
// "which".
func TestSpeakerOfFreeRelative(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"singular", "The mayor returned to what she called sloppy work at the depot.", "called", "The mayor"},
		{"plural", "Several union leaders returned to what they consider unfair shifts at the plant.", "consider", "Several union leaders"},
		{"long name", "Radio host Dana Pike used her show to attack what she described as a reckless budget.", "described", "Radio host Dana Pike"},
		{"copula", "The clue is what he said about the port.", "said", "he"},
		{"other number", "The mayor returned to what they called a modest fee on parking.", "called", "they"},
		{"which", "The mayor praised the depot, which she called a model for the region.", "called", "she"},
	})
}
