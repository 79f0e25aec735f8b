package quotes

import "testing"

// After a perfect auxiliary a past participle opens the verb's object,
// not a noun phrase: the participle after the clause is the subject's
// ("The senator has abandoned years of party support for …, calling"),
// and "have begun urging" is a verb of phase before the cue.
func TestSpeakerNotAPerfectParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"has", "The senator has abandoned years of party backing for free trade, calling for steep tariffs on imported steel.", "calling for", "The senator"},
		{"had", "On Friday, he joined other mayors in pouncing on news that the county's server had handled records later deemed sealed, saying in a post online: \"The new release is a disaster for the county.\"", "saying", "he"},
		{"begun", "The hearing opened as more council members have begun urging the board to drop the fee.", "urging", "more council members"},
	})
}
