package quotes

import "testing"

// Participles that report what the main clause's subject said, and the
// subject they take in compound sentences and after fronted phrases.
func TestSpeakerParticipleAfterClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// "acknowledging" and "denouncing" after a comma or "while" are
		// statements of the clause's subject.
		{"while acknowledging", "Harbor officials extended the night curfew, while acknowledging that shop owners would lose trade.", "acknowledging", "Harbor officials"},
		{"comma denouncing", "Councilwoman Hera Blum spoke for twenty minutes, sharply denouncing the new parking fees.", "denouncing", "Councilwoman Hera Blum"},
		// Two clauses joined by a bare "and": the participle belongs to
		// the nearer clause's subject.
		{"bare and", "Inspectors fined the bakery twice and Mayor Ruiz closed the market, conceding that the rules had been ignored.", "conceding", "Mayor Ruiz"},
		// A fronted participle after a sentence-opening "But".
		{"but while", "But while praising the volunteers at a rally in Tulsa, the senator has offered no new money for shelters.", "praising", "the senator"},
		// A form of "be" and an adverb before the participle: a
		// progressive verb, whose subject speaks.
		{"is also", "The harbor master is also urging boat owners to haul out before the storm.", "urging", "The harbor master"},
		{"were privately", "The county clerks were privately conceding that the ballots had come in late.", "conceding", "The county clerks"},
		// ", though," between the fronted phrase and its subject.
		{"though", "Conceding that the bridge was long overdue for repair, though, Governor Alma Reyes vetoed the toll bill.", "Conceding", "Governor Alma Reyes"},
	})
}

// A participle joined to an earlier one by "but" is the same speaker's
// statement, and the first one's content stops before it.
func TestParticipleAfterBut(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"suggesting", "The union stepped up its campaign against the merger, saying the bank had been candid but suggesting that the layoffs would be deeper.", "suggesting", "that the layoffs would be deeper", "The union"},
		{"first stops", "She answered warmly, conceding that the farmers had a point but warning that the canal could not be moved.", "conceding", "that the farmers had a point", "She"},
	})
}
