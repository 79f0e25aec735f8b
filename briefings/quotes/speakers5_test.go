package quotes

import "testing"

// A cue inside a relative clause between a subject and its verb ends
// before that verb: the main clause's cue keeps its own statement and
// its subject, not the relative pronoun.
func TestSpeakerPastRelativeClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"said", "Critics who oppose the tax said it would hurt farmers.", "said", "Critics"},
		{"warned that", "Even members who have backed the plan warned on Monday that the council may have to change course.", "warned", "members"},
		{"agree", "Even analysts who favor a flat levy agree that a shift to it will be slow.", "agree", "analysts"},
	})
}
