package quotes

import "testing"

// A participle cue is the verb of a progressive also after a negated
// "be" or one contracted onto its subject, and after a verb of phase
// ("kept", "began"): the subject of the clause is the speaker, as it is
// after a plain "is" or "was".
func TestSpeechCueProgressiveForms(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"wasn't", "The mayor wasn't talking about the port.", "wasn't talking about", "the port", "The mayor"},
		{"is not", "Ms. Ruiz is not calling for a recount.", "is not calling for", "a recount", "Ms. Ruiz"},
		{"were never", "The two rivals were never criticizing each other.", "were never criticizing", "each other", "The two rivals"},
		{"'re", "They're calling for a new audit of the fund.", "calling for", "a new audit of the fund", "They"},
		{"'m", "I'm talking about the schools.", "talking about", "the schools", "I"},
		{"kept", "The treasurer kept criticizing the council.", "criticizing", "the council", "The treasurer"},
		{"began", "Union leaders began calling for a strike.", "calling for", "a strike", "Union leaders"},
		{"started and adverb", "The coach quickly started talking about the draft.", "talking about", "the draft", "The coach"},
	})
}
