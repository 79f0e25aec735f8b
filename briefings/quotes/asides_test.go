package quotes

import "testing"

// A parenthesis that closes the sentence and holds a remark of its own
// is the narrator's, not part of the statement before it; a short label
// in one (a party and state, an abbreviation, a figure) stays.
func TestRulesContentEndsBeforeClosingRemark(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "remark after a noun object",
			text: "The governor mentioned raising teacher pay (with far less passion than her opponent).",
			want: "raising teacher pay by The governor",
		},
		{
			name: "remark after a clause",
			text: "The mayor said the bridge would cost more than planned (the real figure is twice as high, records show).",
			want: "the bridge would cost more than planned by The mayor",
		},
		{
			name: "abbreviation stays",
			text: "The senator said the city should stay in the regional transit authority (RTA).",
			want: "the city should stay in the regional transit authority (RTA) by The senator",
		},
		{
			name: "a remark inside the sentence stays",
			text: "The clerk said the new rules (which the board wrote last spring) will take effect in June.",
			want: "the new rules (which the board wrote last spring) will take effect in June by The clerk",
		},
	})
}

// After a speaker named after the cue ("…, said Ann Cole, …"), a noun
// phrase describes the speaker and is no second part of the statement;
// the statement resumes when its verb follows ("The levy, said Reed,
// will hurt …").
func TestRulesInvertedSpeakerAppositive(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "appositive with a relative clause",
			text: "Rising rents push many families out of the city, said Ann Cole, a housing expert who has written two books on the topic.",
			want: "Rising rents push many families out of the city by Ann Cole",
		},
		{
			name: "bare title",
			text: "The race will be close, said Tom Reed, director of the polling center at the state college.",
			want: "The race will be close by Tom Reed",
		},
		{
			name: "title with a relative clause",
			text: "Few landlords will lower rents this year, said Tom Reed, director of the tenants' league, whose members have tracked prices for a decade.",
			want: "Few landlords will lower rents this year by Tom Reed",
		},
		{
			name: "the clause resumes",
			text: "The new levy, said Tom Reed, will hurt the smallest farms most.",
			want: "The new levy … will hurt the smallest farms most by Tom Reed",
		},
	})
}
