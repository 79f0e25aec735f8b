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

// A paraphrase that is its verb's object or infinitive is no sentence on
// its own: "to raise pensions by 15%" or "his rival of wanting to leave the
// pact" under a speaker's name reads as a fragment. It is shown after its
// verb. Statements that read as clauses are shown as before. Written for
// this test.
func TestQuoteTextShowsTheVerbOfAFragment(t *testing.T) {
	for _, tc := range []struct {
		kind      newsbot.QuoteKind
		cue, text string
		want      string
	}{
		{newsbot.Indirect, "promised", "to raise pensions by 15% and to finish the motorway", "promised to raise pensions by 15% and to finish the motorway"},
		{newsbot.Mixed, "promised", "to be “a president for those who voted against me”", "promised to be “a president for those who voted against me”"},
		{newsbot.Indirect, "accused", "his rival of wanting to take the country out of a trade pact", "accused his rival of wanting to take the country out of a trade pact"},
		{newsbot.Mixed, "called", "the decision “a betrayal of every child in Millfield”", "called the decision “a betrayal of every child in Millfield”"},
		{newsbot.Indirect, "urged", "the union to return to talks", "urged the union to return to talks"},
		{newsbot.Indirect, "called on", "the council to resign", "called on the council to resign"},
		{newsbot.Indirect, "has promised", "50 million euros in emergency aid", "has promised 50 million euros in emergency aid"},
		// Guards: clauses and speech verbs read on their own.
		{newsbot.Indirect, "said", "his client would consider an appeal", "his client would consider an appeal"},
		{newsbot.Indirect, "said", "that the talks could begin next week", "the talks could begin next week"},
		{newsbot.Mixed, "warned", "that a prison term was “almost inevitable”", "that a prison term was “almost inevitable”"},
		{newsbot.Indirect, "according to", "the vote was fair", "the vote was fair"},
		{newsbot.Direct, "promised", "to be back next year", "“to be back next year”"},
		{newsbot.Indirect, "", "to raise pensions", "to raise pensions"},
	} {
		q := newsbot.Quote{Kind: tc.kind, Cue: tc.cue, Text: tc.text}
		if got := QuoteText(q, 300); got != tc.want {
			t.Errorf("QuoteText(%q %q) = %q; want %q", tc.cue, tc.text, got, tc.want)
		}
	}
}
