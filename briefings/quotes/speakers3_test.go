package quotes

import "testing"

// A fronted adverb or participle that opens the sentence ("Hastily …,",
// "Appearing …,", "Most recently,") is no subject: a participle or a
// second verb later in the sentence is the main clause subject's.
func TestSpeakerAfterOpeningModifier(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"participle opener", "Appearing before cheering fans Monday at the party office, Ann Lee, 70, said it was too early to celebrate but added, \"I think you all know the results.\"", "added", "Ann Lee"},
		{"adverb opener", "Hastily seizing on the flood, much as he did after the fire last spring, Mayor Lund then cast the blame on the council, and stressed the danger that \"neglect\" poses to the town.", "stressed", "Mayor Lund"},
		{"most recently", "Most recently, Ms. Ruiz then saw her lead shrink after mocking the governor in two debates.", "mocking", "Ms. Ruiz"},
	})
}
