package quotes

import "testing"

// "that" before a verb the lists lack opens a relative clause as well:
// in "The firm that built the bridge said" the firm speaks, not the
// bridge. Shown as a key quote, "— the bridge" or "— the postman" would
// name a thing or the wrong person.
func TestSpeakerBeforeRelativeThat(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"irregular past", "The firm that built the footbridge said the cracks were only cosmetic.", "said", "The firm"},
		{"wrong person", "The owner of the terrier that bit the courier told magistrates he was sorry.", "told", "The owner of the terrier"},
		{"present in -s", "The charity that runs the night shelter said demand had doubled since May.", "said", "The charity"},
		{"-ed", "The operator that managed the ferry told the inquiry its crews were trained.", "told", "The operator"},
		// Unchanged.
		{"a known verb", "The club that sacked the manager said it wanted a fresh start.", "said", "The club"},
		{"a conjunction's that", "It was the first winter that ferry crews said the harbour froze.", "said", "ferry crews"},
		{"a plain subject", "The dealer said the maps were genuine.", "said", "The dealer"},
	})
}
