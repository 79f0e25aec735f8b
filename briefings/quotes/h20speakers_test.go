package quotes

import "testing"

// A stretch of time just before a participial cue is no speaker: the
// participle shares the subject of the verb whose clause the time ends.
func TestSpeakerTimeBeforeParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"this week", "A coalition of clinics sent a letter this week urging the council to act.", "urging", "A coalition of clinics"},
	})
}

// "sometimes" and "ever" stand between a subject and its verb like
// "often" and "seldom"; they are not the subject.
func TestSpeakerFrequencyAdverbNotLy(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"sometimes", "Farmers have sometimes found ways to sell the surplus.", "found", "Farmers"},
		{"ever", "None of the tenants had ever complained that the rent was high.", "complained", "None of the tenants"},
	})
}

// A "both" or "all" after a dashed aside repeats the subject before the
// aside, which is the speaker.
func TestSpeakerFloatingQuantifier(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"all", "The three mayors -- from towns along the river -- all voted in favor of the plan.", "voted in favor of", "The three mayors"},
		{"both", "The two county judges — whose court had drawn notice — both suggested the fee be waived and praised the clerk.", "praised", "The two county judges"},
	})
}
