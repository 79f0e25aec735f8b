package quotes

import "testing"

// A poll's share that says something ends its statement where the next
// share opens a clause of its own, after "and", "while" or a comma and
// before a cue verb; the next share speaks for itself. What a poll
// found, or what the survey gives, still holds all its shares.
func TestPollShareClauses(t *testing.T) {
	runNestedCases(t, []nestedCase{
		{"and after a noun", "Two in three said the bus line was too slow and one in five said it should be scrapped.",
			[]string{"the bus line was too slow by Two in three", "it should be scrapped by one in five"}},
		{"and after a verb", "Two in three said the depot never opens and 22 percent said the fares were too high.",
			[]string{"the depot never opens by Two in three", "the fares were too high by 22 percent"}},
		{"and after a quotation", `Asked about the ferry, 41 percent said "a good idea" and 22 percent said "a waste of money."`,
			[]string{`about the ferry by `, `"a good idea" by 41 percent`, `"a waste of money." by 22 percent`}},
		{"while and a stance verb", "Asked about the bridge toll, 61 percent of drivers said no while a quarter disagreed.",
			[]string{"about the bridge toll by ", "no by 61 percent of drivers"}},
		{"comma and a plain say", "Nearly a third say they are unsure, a higher share than last spring, and one in five say the plan is a mistake.",
			[]string{"they are unsure, a higher share than last spring by Nearly a third", "the plan is a mistake by one in five"}},
		{"comma alone", "Of the riders polled, 40% say they walk to work, 25% call themselves regular cyclists.",
			[]string{"they walk to work by 40%"}},
		{"comma and after", "Six in 10 say the library hours are too short, after half said so last spring.",
			[]string{"the library hours are too short by Six in 10"}},
		{"a poll's finding", "The survey found that 43% of tenants back the levy, and 42% back the bond.",
			[]string{"that 43% of tenants back the levy, and 42% back the bond by The survey"}},
	})
}
