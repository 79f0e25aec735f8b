package quotes

import "testing"

// A phrase of place after a noun qualifies it: the people near, outside
// or along a place spoke, not the place. Shown as a key quote, "the
// bridge said" or "the town hall said" would name the wrong speaker.
func TestSpeakerBeforePlacePhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"near", "Shop owners near the bridge said months of detours had cut their trade by half.", "said", "Shop owners near the bridge"},
		{"outside, a name", "Protesters outside the Town Hall said they would stay until the vote.", "said", "Protesters outside the Town Hall"},
		{"along", "Farmers along the canal said the floods had ruined the barley.", "said", "Farmers along the canal"},
		{"inside", "One aide inside the ministry told colleagues the plan was dead.", "told", "One aide inside the ministry"},
		{"after the statement", "The strike will go on, workers outside the mill said on Monday.", "said", "workers outside the mill"},
		// Unchanged.
		{"of", "Residents of the valley said the water had risen overnight.", "said", "Residents of the valley"},
		{"after a participle's phrase", "Pushing her bike along the towpath, the mayor told reporters that fees would fall.", "told", "the mayor"},
	})
}

// A participle's object is not a subject, with a phrase of place or
// without. (Behind a stray comma after the real subject, the rules still
// take the place itself; the phrase of place must not make that worse.)
func TestSpeakerNotAParticiplesObject(t *testing.T) {
	text := "Steering the boat along the Marl canal, Ode and the harbour master, praised the new locks."
	if got := rulesSpeaker(t, text, "praised"); got == "the boat along the Marl canal" {
		t.Errorf("speaker of %q in %q = %q, the participle's object", "praised", text, got)
	}
}
