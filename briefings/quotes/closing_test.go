package quotes

import (
	"slices"
	"testing"
)

// A closing quotation ends the content when what follows is the
// writer's: the speaker's next act after a small clause, "but" with a
// participle, a lone dash, or (after the quotation's own comma) the time
// and place of the saying.
func TestRulesQuotationCloses(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Moore has called his rival a “decent man” and he did not mention the governor at all.",
			"his rival a “decent man” by Moore"},
		{"Kerr described the audit as “deeply flawed” but suggesting that it might still pass.",
			"the audit as “deeply flawed” by Kerr"},
		{"Ortiz wrote “The fight goes on” and thanking her volunteers for a long season.",
			"“The fight goes on” by Ortiz"},
		{"Insiders call this the “slow burn” — setting targets for your turnout at a modest level so that you can do “better than forecast” and be the story of the night.",
			"this the “slow burn” by Insiders"},
		{"The mailer mentions “hidden fees” — coins spilling out of a torn wallet.",
			"“hidden fees” by The mailer"},
		{"Lee said his team does not want “that nonsense,” in an interview on Sunday.",
			"his team does not want “that nonsense,” by Lee"},
		{"The mayor described the crowd as “calm,” for most of the evening.",
			"the crowd as “calm,” by The mayor"},
		{"Vance says she is “ready for the fight” as she heads into a crucial vote in the state senate.",
			"she is “ready for the fight” by Vance"},
		{"The coach said “We will see” when asked about the trade talks.",
			"“We will see” by The coach"},
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
