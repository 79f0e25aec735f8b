package quotes

import "testing"

// Cues the lexicon knows whose statement no frame built: each case
// gave no attribution at all before its rule.

// "say" after a plural head that a survey participle or an adjective's
// "to"/"with" separates from the verb is finite, as after "of". (The
// mention stops at the adjective, as it did before "said" already: the
// speaker rules' doing, not this rule's.)
func TestUnbuiltSayAfterPluralHead(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Those surveyed say the town should build more flats by 2030.",
			"the town should build more flats by 2030 by Those surveyed"},
		{"Sources close to the coach say the club will stay in the city.",
			"the club will stay in the city by Sources close"},
		{"Officials familiar with the talks say a deal could come next week.",
			"a deal could come next week by Officials familiar"},
	})
}

// "As the mayor noted, …" after a coordinator: the clause after the
// comma is what was noted, as without the coordinator.
func TestUnbuiltAsNotedAfterCoordinator(t *testing.T) {
	runContentCases(t, []contentCase{
		{"But as the harbor master noted, the boats can still leave at night.",
			"the boats can still leave at night by the harbor master"},
		{"The depot will stay open, and as Ms. Ray pointed out, drivers there could still lose hours.",
			"drivers there could still lose hours by Ms. Ray"},
	})
}
