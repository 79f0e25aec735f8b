package quotes

import "testing"

// TestDeclineAsDecrease holds "decline" in its quantity sense: a number,
// "to" and an amount, "by", "from", "in", an adverb of degree or a bare
// noun after the -ing form make it a fall, which reports nothing.
func TestDeclineAsDecrease(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"to an amount", "At the dairy, revenue from cheese declined to $41 million in 2019 from $52 million in 2016.", "declined"},
		{"a percentage", "Freight between the two ports declined 12 percent in the first quarter, to $3.1 billion.", "declined"},
		{"in places", "Turnout declined in nearly every county, falling by a third in the north.", "declined"},
		{"adverb", "The vacancy rate, which has declined steeply for all building types since 2012, is still high.", "declined"},
		{"comma then by", "Trust in the water board has also declined, by seven points since spring.", "declined"},
		{"attributive", "If the spring meant layoffs and declining tax receipts, the fall brought relief.", "declining"},
	})
}

// TestDeclineAsRefusalControls are refusals, which must still report
// what was refused.
func TestDeclineAsRefusalControls(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"to a verb", "A spokeswoman for the dairy declined to comment on the layoffs.", "declined", "to comment on the layoffs", "A spokeswoman for the dairy"},
		{"adverb then to", "The coach declined politely to discuss the trade.", "declined", "politely to discuss the trade", "The coach"},
		{"object", "The mayor declined an invitation to the debate.", "declined", "an invitation to the debate", "The mayor"},
	})
}
