package quotes

import "testing"

// Cues the lexicon knows whose statement no frame built: each case
// gave no attribution at all before its rule.

// "say" after a plural head that a survey participle or an adjective's
// "to"/"with" separates from the verb is finite, as after "of". The
// mention runs on through the adjective's phrase (TestSpeakerRelatedAdjective).
func TestUnbuiltSayAfterPluralHead(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Those surveyed say the town should build more flats by 2030.",
			"the town should build more flats by 2030 by Those surveyed"},
		{"Sources close to the coach say the club will stay in the city.",
			"the club will stay in the city by Sources close to the coach"},
		{"Officials familiar with the talks say a deal could come next week.",
			"a deal could come next week by Officials familiar with the talks"},
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

// The passive "As reported by X, …" has no subject before its verb: the
// agent is the speaker and the clause after the comma the content.
func TestUnbuiltAsReportedBy(t *testing.T) {
	runContentCases(t, []contentCase{
		{"As reported by the county gazette, the ferry will stop running in May.",
			"the ferry will stop running in May by the county gazette"},
		{"But as first noted by a local blogger, the park had lost its permit.",
			"the park had lost its permit by a local blogger"},
		// A stance inside the clause is part of what was reported; a
		// verb of speech keeps its own statement.
		{"As reported by the county gazette, inspectors found rust on half of the bridges.",
			"inspectors found rust on half of the bridges by the county gazette"},
		{"As reported by the county gazette, the mayor said the ferry will stop in May.",
			"the ferry will stop in May by the mayor"},
	})
}
