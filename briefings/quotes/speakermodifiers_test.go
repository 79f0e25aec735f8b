package quotes

import "testing"

// A stretch of time just before a participial cue is no speaker: the
// participle shares the subject of the verb whose clause the time ends.
func TestSpeakerTimeBeforeParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"this week", "A coalition of clinics filed a petition this week urging the council to act.", "urging", "A coalition of clinics"},
	})
}

// "sometimes" stands between a subject and its verb like
// "often" and "seldom"; they are not the subject.
func TestSpeakerFrequencyAdverbNotLy(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"sometimes", "Farmers have sometimes complained that the surplus rots in the silos.", "complained", "Farmers"},
	})
}

// A "both" or "all" after a dashed aside repeats the subject before the
// aside, which is the speaker.
func TestSpeakerFloatingQuantifier(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"all", "The three mayors -- from towns along the river -- all voted in favor of a ferry levy.", "voted in favor of", "The three mayors"},
		{"both", "The two county judges — whose court had drawn notice — both suggested the fee be waived and praised the clerk.", "praised", "The two county judges"},
	})
}

// A year in digits between a determiner and a word that may be a noun
// makes it the noun: "a 2019 estimate" is no verb of saying.
func TestYearBeforeNounFormIsNoCue(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"estimate", "A 2019 estimate by the county auditor projected that repairs would cost more.", "estimate"},
		{"request", "The 2021 request by the tenants was denied by the board.", "request"},
	})
}
