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
