package quotes

import "testing"

// A subject kept from its verb of saying by an aside between commas that
// npBack cannot step over (a state label with full stops, "including", a
// relative clause, an appositive after coordinated names) is the noun
// phrase opening the sentence.
func TestSpeakerBeforeLongAside(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"state label", "Rep. Dana Whitfield, D-N.M., a first-term member of the farm panel, said the subsidy would expire in May.", "said", "Rep. Dana Whitfield"},
		{"including", "Several clinics across the county, including the one on Main Street, said the vaccine had run out.", "said", "Several clinics"},
		{"coordinated names", "Ana and Luis Ferro, two bakers from the river district, say the rent doubled in a year.", "say", "Ana and Luis Ferro"},
		{"relative clause", "Managers at the cannery, whose owners live abroad, say the plant will close in the fall.", "say", "Managers at the cannery"},
	})
}

// A run of three apostrophes after a word or a mark closes a single
// quotation and then the double one written with two apostrophes: the
// quotation ends there and the cue after it attributes it.
func TestInnerQuoteClosedByThreeApostrophes(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"sign inside", "''The card on the door only read 'Closed for repairs,''' Ms. Varga said of the old mill.", "''The card on the door only read 'Closed for repairs,''' by Ms. Varga"},
		{"inverted cue", "''The clerk kept telling us, 'Come back on Monday,''' said Tomas Reyes, who runs the repair shop.", "''The clerk kept telling us, 'Come back on Monday,''' by Tomas Reyes"},
	})
}
