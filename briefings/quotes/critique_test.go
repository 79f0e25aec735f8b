package quotes

import "testing"

// A noun of criticism after a possessor names an attribution: the
// possessor (or, for a pronoun, the subject it stands for) criticized,
// the noun phrase after the preposition is what. A noun of complaint or
// accusation with no possessor names a statement by no one, or by the
// phrase after "from".
func TestRulesCritiqueNouns(t *testing.T) {
	runContentCases(t, []contentCase{
		{"Her attacks on the senator's farm bill have grown sharper this month.",
			"the senator's farm bill by Her"},
		{"Ortega's criticism of the toll road surprised few people in the valley.",
			"the toll road by Ortega"},
		{"The governor has softened his criticism of the teachers' union.",
			"the teachers' union by The governor"},
		{"The board renewed its calls for a recount in the northern wards.",
			"a recount in the northern wards by The board"},
		{"The firm has faced allegations that it hid losses from its auditors.",
			"that it hid losses from its auditors by "},
		{"The agency opened a review after complaints from tenants that the boilers had failed twice.",
			"that the boilers had failed twice by tenants"},
		{"Amid complaints that the route is too slow, the city kept the old schedule.",
			"that the route is too slow by "},
		{"The ministry has been hit by accusations of waste, fraud and delay in the port contract.",
			"waste, fraud and delay in the port contract by "},
	})
}
