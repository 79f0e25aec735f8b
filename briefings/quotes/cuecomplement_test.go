package quotes

import "testing"

// "to" before a noun phrase, and a short object naming a way of
// speaking before "about", go with the cue: the statement is the noun
// phrase after them.
func TestRulesCueComplement(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The ferry operator agreed to a new contract with the port.",
			"a new contract with the port by The ferry operator"},
		{"The principal responded to a petition from the parents.",
			"a petition from the parents by The principal"},
		{"The coach offered some warm words about the young goalkeeper.",
			"the young goalkeeper by The coach"},
		{"Farmers are voicing concern about the dry spring.",
			"the dry spring by Farmers"},
	})
}

// A noun of feeling between the verb and "that" goes with the cue, and
// so does a noun naming a way of speaking before its preposition.
func TestRulesCueNounBeforeClause(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The fishermen expressed doubt that the quota would hold through winter.",
			"that the quota would hold through winter by The fishermen"},
		{"The bishop offered an opinion on the new cemetery rules.",
			"the new cemetery rules by The bishop"},
	})
}

// After "according to" and its source in mid-sentence, a relative clause
// or an aside ("although …", "compared with …") is not the source's.
func TestRulesAccordingAside(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Ticket sales rose by a third, according to the theater, although the winter season was short.",
			"Ticket sales rose by a third by the theater"},
		{"The bridge will reopen in May, according to Ines Varga, who runs the county roads office.",
			"The bridge will reopen in May by Ines Varga"},
	})
}

// Examples after a comma ("including …", "such as …") belong to a stance
// verb's object.
func TestRulesObjectExamples(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The council blamed several causes, including the late thaw and a broken pump.",
			"several causes, including the late thaw and a broken pump by The council"},
		{"The guild opposes new fees, such as a charge for every stall at the fair.",
			"new fees, such as a charge for every stall at the fair by The guild"},
	})
}
