package quotes

import "testing"

// A conjunction that opens a clause with a subject of its own ends the
// statement before it.
func TestRulesSecondClause(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The union has not backed Duarte and the teachers' guild withdrew its funding.",
			"Duarte by The union"},
		{"Several owners said they will close on Sundays and others have said they might cut hours.",
			"they will close on Sundays by Several owners"},
		{"The senator said the mine flooded twice and she asked the agency for a review.",
			"the mine flooded twice by The senator"},
		{"The museum declined to extend the loan and the gallery could not locate a buyer.",
			"to extend the loan by The museum"},
	})
}

// A second verb in the cue's own form, after an object or an infinitive
// with no verb of its own, is the speaker's next predicate.
func TestRulesSpeakerSecondVerb(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The chancellor has vowed to keep tuition flat and celebrated the budget deal on Tuesday.",
			"to keep tuition flat by The chancellor"},
		{"The chamber firmly endorses the levy and ranks it high on its list.",
			"the levy by The chamber"},
	})
}

// The preposition right after a cue goes with the cue, not with its
// object.
func TestRulesLeadingParticle(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The auditor warned of a hole in the pension fund.",
			"a hole in the pension fund by The auditor"},
		{"The pastor worried about the empty pews.",
			"the empty pews by The pastor"},
	})
}
