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
		{"called for a day", "The hearing called for Thursday was moved to the following month.", "called for"},
		{"called for a date", "A runoff called for March 9 will settle the seat.", "called for"},
		{"called for next week", "The board meeting called for next week has been cancelled.", "called for"},
		{"called for noon", "A rally called for noon drew only a few dozen people to the plaza.", "called for"},
	})
}

// TestCallForTimeOwner keeps a call for something a time owns.
func TestCallForTimeOwner(t *testing.T) {
	for _, text := range []string{
		"The drivers' union called for Friday's walkout to go ahead despite the court order.",
		"Neighbors called for May to resign over the zoning deal.",
	} {
		found := false
		for _, a := range (Extractor{}).Extract(text) {
			if q := a.Quote(text); q.Cue == "called for" && q.Text != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("no call for anything in %q", text)
		}
	}
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
