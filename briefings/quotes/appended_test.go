package quotes

import "testing"

// "According to" that closes a sentence whose main clause already has
// its own speaker and cue sources only the phrase appended after that
// clause; the main clause stays its own speaker's.
func TestRulesAccordingToAppendedPhrase(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "relative clause on which",
			text: "The coach says the team can still reach the playoffs, which it last did in 2010, according to the league.",
			want: "which it last did in 2010 by the league",
		},
		{
			name: "the main clause is the inner speaker's",
			text: "The coach says the team can still reach the playoffs, which it last did in 2010, according to the league.",
			want: "the team can still reach the playoffs by The coach",
		},
		{
			name: "relative clause on who",
			text: "The bakery chain said on Monday it had named a former rival as chef, who has long opposed the new tax, according to a local paper.",
			want: "who has long opposed the new tax by a local paper",
		},
		{
			name: "absolute phrase on with",
			text: "Surveys show that voters like the mayor more than the governor, with 60 percent of residents rating him well, according to a spring poll.",
			want: "60 percent of residents rating him well by a spring poll",
		},
		{
			name: "participle phrase",
			text: "Records revealed that the firm had sought $2 million from a former partner, alleging that he broke the contract, according to a filing.",
			want: "alleging that he broke the contract by a filing",
		},
	})
}

// Without a cue of its own in the main clause, or with a speaker's
// "said" instead of "according to", the source keeps the whole
// sentence.
func TestRulesAccordingToWholeSentence(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "no inner cue",
			text: "Ticket sales fell sharply in the spring, with most fans staying home, according to the club.",
			want: "Ticket sales fell sharply in the spring, with most fans staying home by the club",
		},
		{
			name: "a speaker's said",
			text: "He promised to rebuild the bridge, which floods every year, the mayor said.",
			want: "He promised to rebuild the bridge, which floods every year by the mayor",
		},
	})
}

// A second speaker's clause after "but" ends the first statement even
// without a comma before "but", and an auxiliary may stand between its
// subject and its verb.
func TestRulesButOtherSpeakerWithoutComma(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "auxiliary before the second verb",
			text: "The rebel group claimed the blast but local police have said they see no link.",
			want: "the blast by The rebel group",
		},
		{
			name: "the second statement is its own",
			text: "The rebel group claimed the blast but local police have said they see no link.",
			want: "they see no link by local police",
		},
		{
			name: "no auxiliary",
			text: "The union claimed a victory but the owners said nothing had changed.",
			want: "a victory by The union",
		},
		{
			name: "the same subject's second verb stays its rule",
			text: "The council backed the budget but has said it will revisit the roads fund.",
			want: "the budget by The council",
		},
	})
}
