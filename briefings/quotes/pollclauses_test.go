package quotes

import "testing"

// A poll's share that says something ends its statement where the next
// share opens a clause of its own, after "and", "while" or a comma and
// before a cue verb; the next share speaks for itself. What a poll
// found, or what the survey gives, still holds all its shares.
func TestPollShareClauses(t *testing.T) {
	runNestedCases(t, []nestedCase{
		{"and after a noun", "Two in three said the county ignores renters and one in five said it was openly hostile.",
			[]string{"the county ignores renters by Two in three", "it was openly hostile by one in five"}},
		{"and after a verb", "Two in three said the county does not listen and 22 percent said it was openly hostile.",
			[]string{"the county does not listen by Two in three", "it was openly hostile by 22 percent"}},
		{"and after a quotation", `Asked about the ferry, 41 percent said "very likely" and 22 percent said "not likely at all."`,
			[]string{`about the ferry by `, `"very likely" by 41 percent`, `"not likely at all." by 22 percent`}},
		{"while and a stance verb", "Asked about the levy, 58 percent of owners said yes while 30 percent disagreed.",
			[]string{"about the levy by ", "yes by 58 percent of owners"}},
		{"comma and a plain say", "Nearly a third say they are unsure, a higher share than last spring, and one in five say the plan is a mistake.",
			[]string{"they are unsure, a higher share than last spring by Nearly a third", "the plan is a mistake by one in five"}},
		{"comma alone", "Of the riders polled, 40% say they walk to work, 25% call themselves regular cyclists.",
			[]string{"they walk to work by 40%"}},
		{"comma and after", "Six in 10 say the mayor is at least somewhat honest, after half said so last spring.",
			[]string{"the mayor is at least somewhat honest by Six in 10"}},
		{"a poll's finding", "The survey found that 43% of tenants back the levy, and 42% back the bond.",
			[]string{"that 43% of tenants back the levy, and 42% back the bond by The survey"}},
	})
}
