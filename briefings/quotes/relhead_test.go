package quotes

import "testing"

// TestRelativeHead: a name after an indefinite pronoun opens a relative
// clause without "that" ("something the voters wanted"); the name speaks
// and the pronoun is the clause's object, unless a colon or an
// infinitive after the verb says what it is.
func TestRelativeHead(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"everything says", "While not everything Halvorsen says is accurate, the fact checkers found him mostly honest.", "says", "everything", "Halvorsen"},
		{"something wanted colon", "The compromise gave the council something Democrats wanted: it funded two new clinics in the valley.", "wanted", "it funded two new clinics in the valley", "Democrats"},
		{"infinitive after the cue", "So is there anything Ms. Abara would like to see rebuilt?", "like", "to see rebuilt?", "Ms. Abara"},
	})
}
