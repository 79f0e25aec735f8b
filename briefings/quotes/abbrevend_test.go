package quotes

import "testing"

// A place, company or name abbreviation that keeps its period still ends
// a sentence before a common sentence opener; a title or a month before
// a name does not; and in lower case the words such abbreviations spell
// ("ill", "miss") are words, whose period is the sentence's.
func TestRulesTrailingAbbreviationEndsSentence(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Officials said the storm damaged dozens of homes near Tulsa, Okla. The mayor said repairs would take months.",
			"the storm damaged dozens of homes near Tulsa, Okla. by Officials"},
		{"The company said it would move its plant to a suburb of Austin, Tex. It expects to hire 300 workers.",
			"it would move its plant to a suburb of Austin, Tex. by The company"},
		{"Critics said the fund was run by Acme Holdings Co. Its owners said the charge was false.",
			"the charge was false by Its owners"},
		{"Neighbors said the dog was easy to miss. He hid under the porch all day.",
			"the dog was easy to miss by Neighbors"},
		{"Her lawyer said the charge was a way to make her ill. She denied it.",
			"the charge was a way to make her ill by Her lawyer"},
		// A title before a name that looks like an opener stays.
		{"Officials said they met Ms. An Tran about the plan.",
			"they met Ms. An Tran about the plan by Officials"},
	})
}

// A quotation that opens with an ellipsis after an abbreviation starts a
// sentence of its own, so it goes on the speaker's earlier quotation.
func TestRulesQuoteAfterAbbreviationOpensWithEllipsis(t *testing.T) {
	runContentCases(t, []contentCase{
		{`"We waited all winter for this," said Ann Ortiz, 61, a retired teacher who drove to a county fair Friday in Peoria, Ill. ". . . They finally listened to the people who live here."`,
			`"We waited all winter for this," … ". . . They finally listened to the people who live here." by Ann Ortiz`},
	})
}
