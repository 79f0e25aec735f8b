package quotes

import "testing"

// A stance verb's object that is a noun phrase ends before an adverbial
// clause or a "by" phrase of manner: "defended the levy when the council
// attacked it", "opposed the merger despite pressure from the board",
// "answered the critics by citing a survey". The clause tells when, why
// or how the stance was taken, not what it is about. A phrase that is
// not a clause ("in the district") stays, and so does a clause taking
// verb's object ("hopes the plan works").
func TestRulesStanceObjectBeforeAdverbialClause(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "when and a clause",
			text: "The mayor defended the new parking levy when the council attacked it in March.",
			want: "the new parking levy by The mayor",
		},
		{
			name: "by and a participle",
			text: "The senator dismissed the audit's findings by pointing to an older report.",
			want: "the audit's findings by The senator",
		},
		{
			name: "after and a participle",
			text: "The union endorsed the contract after winning a raise for night workers.",
			want: "the contract by The union",
		},
		{
			name: "despite",
			text: "The governor opposed the river dam despite pressure from farm groups.",
			want: "the river dam by The governor",
		},
		{
			name: "as and a clause",
			text: "The candidate criticized the trade pact as she toured a closed steel mill.",
			want: "the trade pact by The candidate",
		},
		{
			name: "a name's object, by and a participle",
			text: "The council member rejected Mayor Ortiz's budget by pointing to the unpaid pension bills.",
			want: "Mayor Ortiz's budget by The council member",
		},
		{
			name: "a participle in the object keeps its clause",
			text: "The driver accused the guard of pushing him at the gate when he asked for a permit.",
			want: "the guard of pushing him at the gate when he asked for a permit by The driver",
		},
		{
			name: "a place phrase stays",
			text: "Most teachers opposed the new testing rules in the district.",
			want: "the new testing rules in the district by Most teachers",
		},
	})
}
