package quotes

import "testing"

// After "eager to" the hit's lemma is the verb's; "champion" and
// "advocate" are stance nouns too, and framing them as one ("a critic
// of") looked back for an article and lost the speaker.
func TestCopularVerbThatIsANoun(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The harbor board was eager to champion the ferry route.",
			"the ferry route by The harbor board"},
		{"Two pastors were keen to advocate for a quieter festival.",
			"a quieter festival by Two pastors"},
		// The noun itself still backs over its article.
		{"Dr. Wells is an outspoken critic of the landfill.",
			"the landfill by Dr. Wells"},
	})
}
