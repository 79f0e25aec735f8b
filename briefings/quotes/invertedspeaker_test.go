package quotes

import "testing"

// An appositive between the subject and its verb of saying may end in a
// title whose closing quotation mark holds the aside's comma: the title
// names something in the aside, and the name before the aside speaks. A
// quotation opening right after the subject's comma, or one in a
// relative clause whose own verb follows, is not such a title.
func TestTitleInCommaAsideBeforeSayVerb(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"host of a show", `Kell, the host of the cooking show "Rise Up," said bread prices were too high.`,
			"said", "bread prices were too high", "Kell"},
		{"two roles and a trailer", `Nadia Voss, the owner of a corner bakery and star of the radio show "Early Rise," said in a phone call that flour had doubled in price.`,
			"said", "that flour had doubled in price", "Nadia Voss"},
		{"quotation after the comma is the statement", `Still, "the ferry will run," said the harbor master.`,
			"said", `Still, "the ferry will run,"`, "the harbor master"},
	})
	runFalseAlarmCases(t, []falseAlarmCase{
		{"relative clause's own verb", `Ivo Berg, whose first novel "Salt Roads," prompted a long quarrel with his family, moved to the coast last year.`, "prompted"},
	})
}

// A speaker after an inverted cue may be two noun phrases joined by
// "and": both speak, and the trailer check comes after the second. A verb
// or a clause after "and" is no second speaker.
func TestCoordinatedSpeakerAfterInvertedCue(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"name and others, mid-sentence", "The result, said Moreno and others, would be known by June.",
			"said", "The result … would be known by June", "Moreno and others"},
		{"two common noun phrases", "The bridge, said the engineer and several welders, would need new cables.",
			"said", "The bridge … would need new cables", "the engineer and several welders"},
		{"after a quotation, with a trailer", `"The ferry is late again," said Tova Lind and a neighbor on Sunday.`,
			"said", `"The ferry is late again,"`, "Tova Lind and a neighbor"},
		{"a second verb", `"It is over," said Lee and added that she would leave.`,
			"said", `"It is over,"`, "Lee"},
		{"a second clause", `"It is over," said Lee and the crowd cheered.`,
			"said", `"It is over,"`, "Lee"},
	})
}
