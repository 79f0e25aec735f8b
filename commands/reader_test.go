package commands

import (
	"testing"

	"github.com/newsbot-dev/newsbot"
)

// A paraphrase that opens a wire story carries its dateline ("HARWICK,
// England (Northgate Press Agency) — Three masked men …, police said"):
// the place the wire filed from is not what the police said. Written for
// this test.
func TestQuoteTextDropsDateline(t *testing.T) {
	for _, tc := range []struct {
		kind newsbot.QuoteKind
		text string
		want string
	}{
		{newsbot.Indirect, "HARWICK, England (Northgate Press Agency) — Three masked men armed with a hammer stole watches from a jeweller",
			"Three masked men armed with a hammer stole watches from a jeweller"},
		{newsbot.Mixed, "VARNOSK — Former judge Irina Valchek has won the “clearest mandate in a generation”",
			"Former judge Irina Valchek has won the “clearest mandate in a generation”"},
		// Guards: no dateline.
		{newsbot.Indirect, "NATO-led forces would leave the port by Monday", "NATO-led forces would leave the port by Monday"},
		{newsbot.Direct, "We have never seen the river rise this fast", "“We have never seen the river rise this fast”"},
	} {
		if got := QuoteText(newsbot.Quote{Kind: tc.kind, Text: tc.text}, 300); got != tc.want {
			t.Errorf("QuoteText(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}
