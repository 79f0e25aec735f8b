package quotes

import "testing"

// A quantity followed by "of" ("some of", "most of", "each of") opens
// the subject even when what follows "of" is a possessive phrase or a
// pronoun, where the walk back from the cue used to stop: the speaker
// is the whole phrase, and a clause whose subject it is keeps its
// attribution.
func TestRulesQuantityOfSubject(t *testing.T) {
	runContentCases(t, []contentCase{
		{"On Monday, some of her neighbors said the fence was too tall.",
			"the fence was too tall by some of her neighbors"},
		{"Most of them said the bakery paid its bakers fairly.",
			"the bakery paid its bakers fairly by Most of them"},
		{"The drivers met on Sunday, and several of them said the depot should stay open.",
			"the depot should stay open by several of them"},
		{"The clerk met the three trustees, each of whom said the fund was sound.",
			"the fund was sound by each of whom"},
		{"After the count, only about half of our members said the rules were fair.",
			"the rules were fair by only about half of our members"},
	})
}
