package quotes

import "testing"

// After a perfect auxiliary a past participle opens the verb's object,
// not a noun phrase: the participle after the clause is the subject's
// ("The senator has abandoned years of party support for …, calling"),
// and "have begun urging" is a verb of phase before the cue.
func TestSpeakerNotAPerfectParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"has", "The senator has abandoned years of party backing for free trade, calling for steep tariffs on imported steel.", "calling for", "The senator"},
		{"had", "Late Tuesday, she sided with two aldermen over claims that the county clerk had misplaced ballots later deemed lost, writing on her blog: \"This mess falls on the clerk alone.\"", "writing", "she"},
		{"begun", "Opposition grew over the summer, and several council members have begun pressing the board to scrap the fee.", "pressing", "several council members"},
	})
}

// A participle after "and" is coordinated with the participle before it:
// when a noun phrase after "with" or after another participle stands
// right before that one, it is their subject, not the sentence's.
func TestSpeakerCoordinatedParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"with", "The navy raised the pressure on the rebels on Friday, with senior admirals parading the fleet's new ships and vowing to stay in the gulf for years.", "vowing", "senior admirals"},
		{"featuring", "The mayor released her first radio ad, featuring nurses recounting their long shifts and criticizing the council's budget cuts.", "criticizing", "nurses"},
		{"sentence subject", "The mayor spent the evening meeting voters and urging them to back the levy.", "urging", "The mayor"},
	})
}

// A verb after "and" in a "when" or "as" clause is the clause subject's,
// even when an earlier cue took the clause as what it governs; after
// "after" the main subject keeps it.
func TestSpeakerCoordinatedInWhenClause(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"when", "The crowd cheered when the mayor spotted a banner near the stage and asked for it to be brought up.", "asked", "the mayor"},
		{"after", "The chairwoman was quick to embrace the builder after he won the primary and told donors on Monday that the race would be close.", "told", "The chairwoman"},
	})
}

// A document that no verb of its author governs says what follows it
// itself ("held up a banner saying", "the paper's editorial telling");
// one that its subject put out is the subject's ("put out a statement
// saying").
func TestSpeakerUnauthoredDocument(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"held up", "Outside the hall, Dana Ortiz held up a banner saying \"Farmers First - Because We Feed You.\"", "saying", "a banner"},
		{"after", "The governor reached the flooded valley only days after a local paper's editorial telling her to quit the capital and come see the damage.", "telling", "a local paper's editorial"},
		{"authored", "Her staff quickly put out a memo saying the county lacked funds for repairs.", "saying", "Her staff"},
	})
}
