package quotes

import "testing"

// A subject kept from its verb of saying by an aside between commas that
// npBack cannot step over (a state label with full stops, a phrase after
// a preposition, "including", "along with", a relative clause) is the
// noun phrase opening the sentence.
func TestSpeakerBeforeLongAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"state label", "Rep. Dana Whitfield, D-N.M., a first-term member of the farm panel, said the subsidy would expire in May.", "said", "Rep. Dana Whitfield"},
		{"including", "Four weekly papers in the valley, including the oldest one, said the sheriff should step down.", "said", "Four weekly papers"},
		{"coordinated names", "Ana and Luis Ferro, the owners of the corner bakery whose lease ran out, say they will reopen downtown.", "say", "Ana and Luis Ferro"},
		{"relative clause", "Managers at the cannery, which hired forty seasonal workers last summer, say the plant will close in the fall.", "say", "Managers at the cannery"},
	})
}

// A run of three apostrophes after a word or a mark closes a single
// quotation and then the double one written with two apostrophes: the
// quotation ends there and the cue after it attributes it.
func TestInnerQuoteClosedByThreeApostrophes(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"question inside", "''My aunt would lean over and ask, 'Who invited him?''' Ms. Varga said, smiling at the crowd.", "''My aunt would lean over and ask, 'Who invited him?''' by Ms. Varga"},
		{"inverted cue", "''The clerk kept telling us, 'Come back on Monday,''' said Tomas Reyes, a baker from the east side.", "''The clerk kept telling us, 'Come back on Monday,''' by Tomas Reyes"},
	})
}
