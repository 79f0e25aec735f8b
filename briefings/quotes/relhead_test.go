package quotes

import "testing"

// TestRelativeHead: a name after an indefinite pronoun opens a relative
// clause without "that" ("something the voters wanted"); the name speaks
// and the pronoun is the clause's object. A lowercase adverb or
// conjunction before a name opens the clause, not the mention.
func TestRelativeHead(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"everything says", "While not everything Halvorsen says is accurate, the fact checkers found him mostly honest.", "says", "everything", "Halvorsen"},
		{"something wanted colon", "The compromise gave the council something Democrats wanted: it funded two new clinics in the valley.", "wanted", "it funded two new clinics in the valley", "Democrats"},
		{"infinitive after the cue", "So is there anything Ms. Abara would like to see rebuilt?", "like", "to see rebuilt?", "Ms. Abara"},
		{"adverb before name", "It was another sign of how firmly Ottawa believes the mill polluted the river.", "believes", "the mill polluted the river", "Ottawa"},
		{"conjunction before name", "The clerk was cleared, whereas Brandt acknowledged that he had shredded the ledgers.", "acknowledged", "that he had shredded the ledgers", "Brandt"},
	})
}
