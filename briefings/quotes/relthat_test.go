package quotes

import "testing"

// The relative pronoun "that" before a verb is the clause's subject and
// speaks, as "who" does; not the sentence's subject. A document's words
// stay with whoever put it out.
func TestSpeakerRelativeThat(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"auxiliaries", "The agency withheld a memo in 2014 that would have revealed the cost overruns.", "revealed", "that"},
		{"after a prepositional phrase", "The report comes in the wake of surveys by the institute that showed the mayor leading in three districts.", "showed", "that"},
		{"document", "The mayor released a video that said the budget was balanced.", "said", "The mayor"},
	})
}
