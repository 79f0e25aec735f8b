package quotes

import "testing"

// After a perfect auxiliary a past participle opens the verb's object,
// not a noun phrase: the participle after the clause is the subject's
// ("The senator has abandoned years of party support for …, calling"),
// and "have begun urging" is a verb of phase before the cue.
func TestSpeakerNotAPerfectParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"has", "The senator has abandoned years of party backing for free trade, calling for steep tariffs on imported steel.", "calling for", "The senator"},
		{"had", "On Friday, he joined other mayors in pouncing on news that the county's server had handled records later deemed sealed, saying in a post online: \"The new release is a disaster for the county.\"", "saying", "he"},
		{"begun", "The hearing opened as more council members have begun urging the board to drop the fee.", "urging", "more council members"},
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
		{"after", "The senator was quick to embrace the developer after he clinched the nomination and said this week that the race would be close.", "said", "The senator"},
	})
}

// A document that no verb of its author governs says what follows it
// itself ("held up a banner saying", "the paper's editorial telling");
// one that its subject put out is the subject's ("put out a statement
// saying").
func TestSpeakerUnauthoredDocument(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"held up", "Outside the hall, Dana Ortiz held up a banner saying \"Farmers First - Because We Feed You.\"", "saying", "a banner"},
		{"after", "The governor did tour the valley, but not until the week after the local paper's editorial telling her to leave the capital and see the damage.", "telling", "the local paper's editorial"},
		{"authored", "His office put out a statement saying the county had no money for the repairs.", "saying", "His office"},
	})
}

// A verb of saying before a comma and a quotation whose subject is
// neither a name right before it nor a noun phrase is the nearest verb's
// subject's, over a raising verb: "so quiet that Lee was prompted to
// say, “…”" is Lee's, not the sentence subject's.
func TestSpeakerCommaQuoteNearestSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"prompted", "But much of the hearing was so calm that Judge Okafor was moved to say, \"I have never seen this room so polite.\"", "say", "Judge Okafor"},
	})
}

// A fronted participle's subject after its comma may open with a
// possessive: "In opposing the request, her lawyer, Dana Reyes, wrote".
func TestSpeakerFrontedPossessiveSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"her", "In opposing the deposition request, her personal lawyer, Dana K. Reyes, wrote in a court filing that such a request was unfounded.", "opposing", "her personal lawyer"},
	})
}

// A sentence-opening preposition heads no subject: in "Throughout the
// decade, lawmakers in the house, fearing …, failed" the participle in
// commas is the lawmakers'.
func TestSpeakerAfterOpeningPreposition(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"throughout", "Throughout the 1990s, lawmakers in the state house, fearing the electoral consequences, repeatedly failed to pass the levy.", "fearing", "lawmakers"},
	})
}
