package quotes

import "testing"

// TestPhrasalCallFalseAlarms holds "call" in phrasal verbs that name
// nothing said: calling off a plan, calling up troops, "calls to mind".
func TestPhrasalCallFalseAlarms(t *testing.T) {
	runFalseAlarmCases(t, []falseAlarmCase{
		{"called off a merger", "Two regional banks called off a planned merger after regulators raised objections.", "called"},
		{"called off events", "Several sponsors called off events with the singer because of her remarks about the tour.", "called"},
		{"calls to mind", "The mayor's account of the flood calls to mind the promise of rebuilding that carried her into office.", "calls"},
		{"called up reserves", "The ministry called up thousands of reservists last week.", "called"},
	})
}

// TestCallIntoQuestion keeps "called into question", a critique.
func TestCallIntoQuestion(t *testing.T) {
	text := "The auditor called into question the agency's accounting of the grants."
	for _, a := range (Extractor{}).Extract(text) {
		if a.Quote(text).Text != "" {
			return
		}
	}
	t.Errorf("no attribution in %q", text)
}
