package quotes

import (
	"strings"
	"testing"
)

// Stances of support, opposition and preference in shapes the lexicon
// misses: a finite "vote" with its object, "would like to", "the first
// … to endorse", an object relative pronoun, a participle with "by" set
// off by commas, and a poll's tally after the object.
func TestRulesSupportStances(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{"voted against", "Last spring the alderman voted against a plan to widen the highway through the valley.",
			"a plan to widen the highway through the valley by the alderman"},
		{"would vote for", "Asked about the runoff, most renters would vote for Mendez.",
			"Mendez by most renters"},
		{"voted to", "The board voted to close the library branch on Elm Street.",
			"to close the library branch on Elm Street by The board"},
		{"voted in favor of", "Most of the aldermen voted in favor of the parking levy.",
			"the parking levy by Most of the aldermen"},
		{"would like to", "The county executive would like to repave every road in the district.",
			"to repave every road in the district by The county executive"},
		{"first to endorse, subject", "Two mayors on Friday became the first local officials to endorse the retired judge's campaign.",
			"the retired judge's campaign by Two mayors"},
		{"first to back, after the copula", "The first governor to back her was Ann Ortiz of Kansas.",
			"her by Ann Ortiz of Kansas"},
		{"object relative", "The council dropped the curfew, which most shop owners opposed, after a week.",
			"which by most shop owners"},
		{"participle with by", "The zoning measure, backed by the mayor's allies, failed on Tuesday.",
			"The zoning measure by the mayor's allies"},
		{"tally after the object", "Retired nurses in Dover preferred Lopez 63% to 29%.",
			"Lopez by Retired nurses"},
	})
}

// A quotation standing as its own sentence goes on with the statement
// of the sentence before it, not with a stance inside that statement.
func TestRulesQuotationAfterNestedStance(t *testing.T) {
	text := "\"Rents keep rising,\" said Ed Park, a landlord. Nina Ruiz, 52, a nurse from Dover, says she will support the incumbent. \"She kept the clinic open, and that matters.\""
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		if strings.Contains(q.Text, "that matters") {
			if q.Mention != "Nina Ruiz" {
				t.Errorf("quotation is %q's, want %q's", q.Mention, "Nina Ruiz")
			}
			return
		}
	}
	t.Fatal("no attribution holds the last quotation")
}

// A gerund after a preposition is a noun ("held back from endorsing
// Ortiz"): the words before it are no speaker.
func TestRulesGerundAfterPreposition(t *testing.T) {
	for _, text := range []string{
		"The union's leaders held back from endorsing Ortiz until the spring.",
		"The council has a long record of opposing new towers downtown.",
	} {
		for _, a := range (Extractor{}).Extract(text) {
			q := a.Quote(text)
			words := strings.Fields(q.Mention)
			if n := len(words); n > 0 && prepositions[strings.ToLower(words[n-1])] {
				t.Errorf("%q: rules gave %q by %q, a speaker ending in a preposition", text, q.Text, q.Mention)
			}
		}
	}
}
