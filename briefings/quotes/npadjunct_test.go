package quotes

import "testing"

// An object with no finite verb of its own ends before an adverbial
// clause that says when or why the speaker took the stance: "it" right
// after the verb is such an object, not a clause's subject ("opposed it
// as he …"), and so is an infinitive before a comma and a clause
// ("wanted to slow the bank, because he …"). A clause in the object
// keeps the adverbial clause, and so does a verb of saying's clause.
func TestRulesNounObjectAdjunct(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "it and an as clause",
			text: "The mayor opposed it as he prepared his own run for the seat.",
			want: "it by The mayor",
		},
		{
			name: "an infinitive, a comma and a because clause",
			text: "The chair wanted to slow the bank's lending, because he feared a slump in the spring.",
			want: "to slow the bank's lending by The chair",
		},
		{
			name: "an infinitive, a comma and an after clause",
			text: "The union refused to sign the new pact, after they raised the monthly fee.",
			want: "to sign the new pact by The union",
		},
		{
			name: "a clause in the infinitive keeps its adjunct",
			text: "The coach wants to show that the team was ready, because the record is clear.",
			want: "to show that the team was ready, because the record is clear by The coach",
		},
		{
			name: "a said clause keeps its because clause",
			text: "The minister said the bridge closed because the cables had rusted.",
			want: "the bridge closed because the cables had rusted by The minister",
		},
	})
}
