package quotes

import "testing"

// A fronted subordinate clause with a verb of its own, before a
// parenthetical cue, is part of the statement the main clause after the
// cue completes; an opening phrase without a verb is not.
func TestSpeechCueSubordinateBeforeParenthetical(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"when clause", "The board met on Friday. When she finally reached the hall, she said, there were no ballots left.", "said", "When she finally reached the hall … there were no ballots left", "she"},
		{"after clause, determiner resumes", "The board met on Friday. After the council approved the budget, Baker said, most towns worked faster.", "said", "After the council approved the budget … most towns worked faster", "Baker"},
		{"unless clause", "The board met on Friday. Unless the towns adopted better plans, they say, the region will suffer long heat waves.", "say", "Unless the towns adopted better plans … the region will suffer long heat waves", "they"},
		{"fragment, a name resumes", "The board met on Friday. Like his remarks about the judge, Hale said, Stone's attacks on the family looked wrong.", "said", "Like his remarks about the judge … Stone's attacks on the family looked wrong", "Hale"},
		{"opening phrase stays out", "The board met on Friday. When asked about the budget, she said, the town would cope.", "said", "the town would cope", "she"},
	})
}
