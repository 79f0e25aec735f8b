package quotes

import "testing"

// "…,” the clerk said, adding that …. “…”": a participle that goes on
// with the statement ("adding", "explaining") takes the quotation of the
// next sentence as the rest of what it reports, so the first cue keeps
// only its own quotation.
func TestContinuingParticipleTakesNextQuotation(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"said keeps its quotation", "The pool will stay shut.\n\n“The pumps are broken,” the clerk said, adding that repairs could take a month. “We have asked the county for help.”",
			"said", "“The pumps are broken,”", "the clerk"},
		{"adding takes the next", "The pool will stay shut.\n\n“The pumps are broken,” the clerk said, adding that repairs could take a month. “We have asked the county for help.”",
			"adding", "that repairs could take a month … “We have asked the county for help.”", "the clerk"},
		{"explaining after inverted", "The levy will pass, officials say.\n\n“The board is united,” said Ann Cole, a spokeswoman, explaining why the mayor skipped the vote. “She is confident and needs no show.”",
			"explaining", "why the mayor skipped the vote … “She is confident and needs no show.”", "Ann Cole"},
	})
}
