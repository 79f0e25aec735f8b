package quotes

import "testing"

// A quotation opening the next sentence continues the speaker when the
// narrative after it only ends the clause the quotation opened; narrative
// with a verb of its own is someone else's sentence about the words.
func TestSpeechCueQuotationWithBareTail(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"bare tail", "The board met on Friday. \"The key group is older renters,\" said Lee Park, head of policy at the growers council. \"They like the plan, but they are not there yet\" to back it in full.", "said", "\"The key group is older renters,\" … \"They like the plan, but they are not there yet\" to back it in full", "Lee Park"},
		{"tail with a verb", "The board met on Friday. \"The key group is older renters,\" said Lee Park. \"They like the plan\" was all the mayor offered.", "said", "\"The key group is older renters,\"", "Lee Park"},
	})
}
