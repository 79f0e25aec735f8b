package quotes

import "testing"

// A clause fronted before the main one ends at the comma even when the
// main clause's subject is a common noun and its verb a regular past
// form the lexicon does not list.
func TestRulesFrontedClauseCommonNounSubject(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"bare plural", "After the mayor said the bridge would stay closed, crews reopened one lane.",
			"the bridge would stay closed by the mayor"},
		{"determiner", "When the senator said the bill was dead, the volunteers packed up their signs.",
			"the bill was dead by the senator"},
		{"because", "Because Ms. Ortiz said the count was wrong, observers demanded a recount.",
			"the count was wrong by Ms. Ortiz"},
		// Not fronted: the comma only sets off an aside.
		{"main clause first", "The mayor said the bridge, repaired last year, would stay closed.",
			"the bridge, repaired last year, would stay closed by The mayor"},
	})
}
