package quotes

import "testing"

// TestRarelyRightForms holds forms that in news text mostly name things
// or acts, not statements: the rules must give no attribution with them.
func TestRarelyRightForms(t *testing.T) {
	cases := []falseAlarmCase{
		{"offers", "The new ferry terminal offers a clear view of the bay.", "offers"},
		{"questions", "Budget questions will dominate the spring session in Albany.", "questions"},
		{"denies", "The county denies permits to most food trucks downtown.", "denies"},
		{"advised", "Ms. Farrow advised three governors before she ran for office.", "advised"},
		{"revealing", "The coach was revealing a softer side at the banquet.", "revealing"},
		{"naming", "The board met on Tuesday, naming a new treasurer for the district.", "naming"},
		{"reminds", "The old mill reminds visitors of the town's past.", "reminds"},
	}
	runFalseAlarmCases(t, cases)
}

// TestRarelyRightFormControls are other forms of the same verbs, which
// still report statements.
func TestRarelyRightFormControls(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"denied that", "Ms. Farrow denied that the district had lost the funds.", "denied", "that the district had lost the funds", "Ms. Farrow"},
		{"revealed that", "The coach revealed that he would retire in June.", "revealed", "that he would retire in June", "The coach"},
		{"reminded", "The mayor reminded voters that the levy expires next year.", "reminded", "that the levy expires next year", "The mayor"},
	})
}
