package quotes

import (
	"slices"
	"testing"
)

// A stance adjective after a form of "be" is a cue: its subject holds
// the view, the content is what follows ("is skeptical of the levy").
func TestRulesCopularStance(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Several farm groups have been critical of the new water rules.",
			[]string{"the new water rules by Several farm groups"}},
		{"Most shop owners are deeply skeptical of the parking levy.",
			[]string{"the parking levy by Most shop owners"}},
		{"The mayor was eager to put the flooding behind her.",
			[]string{"to put the flooding behind her by The mayor"}},
		{"Harlan, who is wary of new taxes, voted no.",
			[]string{"new taxes by who"}},
		{"Union leaders were hopeful that the talks would resume.",
			[]string{"that the talks would resume by Union leaders"}},
	} {
		if got := rulesContents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}

// "is known for" and "was known as" say what is said of the subject, by
// no one in particular: the content is the subject and what it is known
// for.
func TestRulesKnownFor(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The judge is known for her blunt rulings.",
			"The judge … her blunt rulings by "},
		{"The old mill town was known as the button capital of the state.",
			"The old mill town … the button capital of the state by "},
	})
}

// Stance idioms whose verb is no cue alone: "took aim at", "came out
// against", "made no secret of", "threw her support behind".
func TestRulesStanceIdioms(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Ramos took aim at the governor's school budget.",
			"the governor's school budget by Ramos"},
		{"The nurses' union came out against the merger.",
			"the merger by The nurses' union"},
		{"Pell has made no secret of his interest in the job.",
			"his interest in the job by Pell"},
		{"The former senator threw her support behind Dana Whitley.",
			"Dana Whitley by The former senator"},
		{"Two council members took issue with the audit's findings.",
			"the audit's findings by Two council members"},
		{"The chamber has raised questions about the cost of the bridge.",
			"the cost of the bridge by The chamber"},
	})
}

// "is trying to convince" and "are attempting to persuade" report
// through the verb after "to", whose speaker is the subject of "trying".
func TestRulesTryingTo(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The campaign is trying to convince donors that the race is close.",
			"donors that the race is close by The campaign"},
		{"Her lawyers are attempting to persuade the court that the lease is void.",
			"the court that the lease is void by Her lawyers"},
	})
}

// A stance noun in a predicate ("is a longtime critic of") is a cue as
// a stance adjective is; "has the backing of X" gives X's support for
// the subject.
func TestRulesPredicateNouns(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Mayor Ruiz is a longtime critic of the stadium deal.",
			"the stadium deal by Mayor Ruiz"},
		{"Okoye was an early supporter of the transit levy.",
			"the transit levy by Okoye"},
		{"The zoning bill has the backing of several neighborhood groups.",
			"The zoning bill by several neighborhood groups"},
	})
}

// After a causative verb, the noun phrase before "to" speaks: "prompted
// parents to question", "left fans to wonder".
func TestRulesCausee(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The delays prompted several parents to question whether the school was ready.",
			"whether the school was ready by several parents"},
		{"The sudden trade left many fans to wonder what the owners were planning.",
			"what the owners were planning by many fans"},
	})
}
