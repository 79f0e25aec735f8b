package quotes

import "testing"

// A closing quotation ends the content when what follows is the
// writer's: the speaker's next act after a small clause, "but" with a
// participle, a lone dash, or (after the quotation's own comma) the time
// and place of the saying.
func TestRulesQuotationCloses(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Moore has called his rival a “decent man” and he did not mention the governor at all.",
			"his rival a “decent man” by Moore"},
		{"Kerr described the audit as “deeply flawed” but suggesting that it might still pass.",
			"the audit as “deeply flawed” by Kerr"},
		{"Ortiz wrote “The fight goes on” and thanking her volunteers for a long season.",
			"“The fight goes on” by Ortiz"},
		{"Coaches call this the “quiet week” — easing the load for a few days so that a runner can go “faster than planned” and win the meet.",
			"this the “quiet week” by Coaches"},
		{"The mailer mentions “hidden fees” — coins spilling out of a torn wallet.",
			"“hidden fees” by The mailer"},
		{"Lee said his team does not want “that nonsense,” in an interview on Sunday.",
			"his team does not want “that nonsense,” by Lee"},
		{"The mayor described the crowd as “calm,” for most of the evening.",
			"the crowd as “calm,” by The mayor"},
		{"Vance says she is “rested and sharp” as she flies to the regional final in Leeds.",
			"she is “rested and sharp” by Vance"},
		{"The coach said “We will see” when asked about the trade talks.",
			"“We will see” by The coach"},
	})
}
