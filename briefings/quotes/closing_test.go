package quotes

import (
	"slices"
	"testing"
)

// A quotation that closes without a comma ends the content when what
// follows is the writer's: the speaker's next act after a small clause,
// ", but" with a participle, or the occasion of the saying.
func TestRulesQuotationCloses(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Moore has called his rival a “decent man” and he did not mention the governor at all.",
			"his rival a “decent man” by Moore"},
		{"Kerr described the audit as “deeply flawed” but suggesting that it might still pass.",
			"the audit as “deeply flawed” by Kerr"},
		{"Ortiz wrote “The fight goes on” and thanking her volunteers for a long season.",
			"“The fight goes on” by Ortiz"},
		{"The coach said “We will see” when asked about the trade talks.",
			"“We will see” by The coach"},
	} {
		if got := rulesContents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: rules gave %q, want %q", c.text, got, c.want)
		}
	}
}
