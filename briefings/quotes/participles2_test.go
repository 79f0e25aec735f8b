package quotes

import "testing"

// Participles that report what the main clause's subject said, and the
// subject they take in compound sentences and after fronted phrases.
func TestSpeakerParticiples2(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// "acknowledging" and "denouncing" after a comma or "while" are
		// statements of the clause's subject.
		{"while acknowledging", "Harbor officials extended the night curfew, while acknowledging that shop owners would lose trade.", "acknowledging", "Harbor officials"},
		{"comma denouncing", "Councilwoman Hera Blum spoke for twenty minutes, forcefully denouncing the new parking fees.", "denouncing", "Councilwoman Hera Blum"},
		// Two clauses joined by a bare "and": the participle belongs to
		// the nearer clause's subject.
		{"bare and", "Inspectors fined the bakery twice and Mayor Ruiz closed the market, conceding that the rules had been ignored.", "conceding", "Mayor Ruiz"},
		// A fronted participle after a sentence-opening "But".
		{"but while", "But while praising the volunteers at a rally in Tulsa, the senator has offered no new money for shelters.", "praising", "the senator"},
		// ", though," between the fronted phrase and its subject.
		{"though", "Conceding that the bridge was long overdue for repair, though, Governor Alma Reyes vetoed the toll bill.", "Conceding", "Governor Alma Reyes"},
	})
}
