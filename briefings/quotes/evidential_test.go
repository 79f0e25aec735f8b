package quotes

import "testing"

// TestEvidentialCues holds cues of finding, deciding, offering and showing
// in shapes that report nothing: "found a way to" (what the subject
// managed), a passive "found" with no finder (where a thing is, or in
// what state it turned up), a passive "decided" (a contest settled) or
// "offered" (a thing handed over), and "show up" or "show off".
func TestEvidentialCues(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"found ways to", "Over two terms the councilwoman found ways to steer money to her district.", "found"},
		{"found a way to", "The striker found a way to score twice in the second half.", "found"},
		{"found a new way to", "The bakery found a new way to sell day-old bread.", "found"},
		{"can be found here", "The county's full budget can be found here.", "found"},
		{"decided by a runoff", "The ward seat will be decided by a second round in June.", "decided"},
		{"decided by votes", "The district was decided by fewer than 300 votes in the last race.", "decided"},
		{"were offered", "Visitors were offered two kinds of soup at the door.", "offered"},
		{"showed up", "Nearly 900 voters showed up in the rain at the school gym.", "showed"},
		{"show up alone", "And then the candidate showed up.", "showed"},
		{"showing off", "Waving to the crowd, she was showing off the new fire truck.", "showing"},
		{"were found in a state", "Two hikers were found alive near the ridge on Sunday.", "found"},
	})
}

// TestEvidentialCuesControls are "found" reporting a finding, which the
// checks above must leave alone, and a cue after "found ways to", whose
// speaker is the subject of "found".
func TestEvidentialCuesControls(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"found that", "The auditor found that the agency had overspent.", "found", "that the agency had overspent", "The auditor"},
		{"found by a panel", "The rule was found unlawful by a panel of three judges.", "found", "The rule … unlawful by a panel of three judges", ""},
		{"found ways to criticize", "The governor found ways to criticize the old mayor.", "criticize", "the old mayor", "The governor"},
		{"will find a way to blame", "Her rivals will find a way to blame the mayor for the loss.", "blame", "the mayor for the loss", "Her rivals"},
		{"shows upstart", "A new survey shows the upstart challenger leading by four points.", "shows", "the upstart challenger leading by four points", "A new survey"},
		{"found a way that", "The study found the way the forms were written confused voters.", "found", "the way the forms were written confused voters", "The study"},
	})
}
