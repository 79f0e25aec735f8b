package quotes

import "testing"

// A fronted participle whose object is a quotation with the comma inside
// its closing mark: the quotation does not hide the comma that ends the
// phrase, so the main clause's subject speaks.
func TestSpeakerFrontedParticipleEndingInQuote(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"praising", "Praising the volunteers' “steady nerve,” Marta Quill said the shelter would stay open all winter.", "Praising", "Marta Quill"},
		{"calling", "Calling the new bus routes “a tangle nobody asked for,” Councilman Dale Fenwick voted against the transit plan on Tuesday.", "Calling", "Councilman Dale Fenwick"},
	})
}

// A participle after ", and NP VERB …" or ", but NP VERB …" belongs to
// that coordinated clause's subject, not to the sentence's first one.
func TestSpeakerParticipleAfterCoordinatedClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"and", "The treasurer spoke for an hour, and the auditor stood up next, calling the pension estimates far too rosy.", "calling", "the auditor"},
		{"but", "Harbor officials defended the dredging schedule, but the fishermen's guild objected loudly, saying the work would ruin the spring catch.", "saying", "the fishermen's guild"},
	})
}
