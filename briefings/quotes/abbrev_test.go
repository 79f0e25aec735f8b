package quotes

import "testing"

// A period that belongs to an abbreviation still ends a sentence where
// the next sentence plainly starts: after dotted initials before a common
// sentence opener, after "no" that is the word rather than "No. 4", and
// after a number.
func TestRulesAbbreviationEndsSentence(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Dairy farmers say the duties have hurt their exports to the U.S. While prices rose at home, the loss was large.",
			"the duties have hurt their exports to the U.S. by Dairy farmers"},
		{"Dairy farmers say the duties have hurt their exports to the U.S. Some of them plan to sell abroad.",
			"the duties have hurt their exports to the U.S. by Dairy farmers"},
		{"The senator said the hearing would start at 10 a.m. Many of her colleagues plan to attend.",
			"the hearing would start at 10 a.m. by The senator"},
		{"Asked whether he would run again, the governor said no. Voters in his district said they were relieved.",
			"no by the governor"},
		{"The average gift to the campaign was $31.45. Lee said small donors kept him going.",
			"small donors kept him going by Lee"},
	})
}
