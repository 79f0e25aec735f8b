package quotes

import "testing"

// A stance verb's noun-phrase object ends before "as" and a clause of
// "he", "she" or "it" with a present verb in "-s" that subjectAndVerb
// does not list: the clause says when the speaker acted. "As" and a
// noun phrase ("as a reckless gamble"), a clause in the object and a
// verb of saying's clause keep it.
func TestRulesAsPronounClause(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "as he and a verb in -s",
			text: "Councilwoman Ferraro has been vocal on the price of ferry tickets as she tours the harbor towns this week.",
			want: "the price of ferry tickets by Councilwoman Ferraro",
		},
		{
			name: "as it and a verb in -s",
			text: "The guild praised the new studio as it hires its first cohort of animators.",
			want: "the new studio by The guild",
		},
		{
			name: "as and a noun phrase stays",
			text: "The guild praised the new studio as a rare bright spot for local animators.",
			want: "the new studio as a rare bright spot for local animators by The guild",
		},
		{
			name: "a clause in the object keeps its as clause",
			text: "The trainer said the colt runs best as he warms up in the cool air.",
			want: "the colt runs best as he warms up in the cool air by The trainer",
		},
	})
}
