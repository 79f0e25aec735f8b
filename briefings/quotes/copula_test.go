package quotes

import "testing"

// A stance adjective is a cue after a form of "be" that is negated or
// contracted onto its subject as after a plain one, and after "best" or
// "well" ("is best known for").
func TestSpeechCueCopulaForms(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"'re at the start", "They're supportive of the new toll.", "supportive of", "the new toll", "They"},
		{"wasn't", "The mayor wasn't critical of the plan.", "wasn't critical of", "the plan", "The mayor"},
		{"best known", "The chef is best known for his soups.", "known for", "The chef … his soups", ""},
	})
	runFalseAlarmCases(t, []falseAlarmCase{
		{"possessive", "Lee's eager aides knocked on doors.", "eager"},
	})
}
