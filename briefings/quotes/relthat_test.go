package quotes

import "testing"

// The relative pronoun "that" before a verb is the clause's subject and
// speaks, as "who" does; not the sentence's subject. A document's words
// stay with whoever put it out.
func TestSpeakerRelativeThat(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"auxiliaries", "The agency withheld a memo from the spring that would have revealed the overruns.", "revealed", "that"},
		{"after a prepositional phrase", "The report comes in the wake of surveys by the institute that showed the mayor leading in three districts.", "showed", "that"},
		{"document", "The mayor released a video that said the budget was balanced.", "said", "The mayor"},
	})
	// A determiner "that" before a noun the cue could be is no speaker:
	// the verb comes after the noun. (A guard: relativeThat needs "that"
	// right after a noun, which these sentences do not have.)
	for _, text := range []string{
		"How the mayor answers that question will decide the vote.",
		"It is the first year that blame has fallen on the clerks.",
	} {
		for _, a := range (Extractor{}).Extract(text) {
			if m := a.Quote(text).Mention; m == "that" {
				t.Errorf("%q: speaker %q for cue %q", text, m, string([]rune(text)[a.Cue.Start:a.Cue.End]))
			}
		}
	}
}
