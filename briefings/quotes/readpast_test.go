package quotes

import (
	"strings"
	"testing"
)

// TestRulesStopWhereMeant holds cases where rules once read past what
// they meant to.
func TestRulesStopWhereMeant(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		// rankedCue: the copula after the object ends it even when no
		// name follows it at once.
		{"copula before a negation", "The first judge to endorse the plan was not a lawyer at all.",
			"the plan by The first judge"},
		{"copula before an aside", "The first mayor to back her was, in the end, Ann Lee.",
			"her by The first mayor"},
		// charge: a fronted phrase ends at its comma only if the noun
		// is in it.
		{"noun after the fronted phrase", "After a long audit, the firm faced allegations that it hid losses from banks, investors and the tax office.",
			"that it hid losses from banks, investors and the tax office by "},
	})
}

// A criticism's target never opens with the comma after its
// preposition: "criticism of, and anger at, …" names no target there.
func TestRulesTargetNeverOpensWithComma(t *testing.T) {
	text := "Her criticism of, and anger at, the plan grew."
	for _, got := range rulesContents(text) {
		if strings.HasPrefix(got, ",") {
			t.Errorf("%q: rules gave %q, content opening with a comma", text, got)
		}
	}
}

// A stance read off a relative clause ("…, which Ruiz opposed.") is an
// aside of its sentence: the quotation after the sentence goes on with
// the sentence's own statement, as it does when the aside is not read.
func TestRulesQuotationAfterRelativeAside(t *testing.T) {
	text := "“We can win,” Kim said. Olsen says she backs the levy, which Ruiz opposed. “It pays for the schools.”"
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		if strings.Contains(q.Text, "pays for the schools") {
			if q.Mention != "Olsen" {
				t.Errorf("quotation is %q's, want %q's", q.Mention, "Olsen")
			}
			return
		}
	}
	t.Fatal("no attribution holds the last quotation")
}
