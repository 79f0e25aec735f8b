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
