package quotes

import "testing"

// An adverb particle after an irregular verb ("came away", "went home")
// is no noun phrase: the verb's subject speaks.
func TestSpeakerBeforeVerbParticle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"came away", "After the hearing the trustee came away convinced that the levy would pass.", "convinced", "the trustee"},
		{"came back", "She came back convinced that the ferry deal was dead.", "convinced", "She"},
		{"went home", "The coach went home convinced that a strike was near.", "convinced", "The coach"},
	})
}
