package quotes

import "testing"

// A closing appositive that carries a relative clause (", a move that
// …", ", one that …") is the narrator's comment on what was said.
func TestRulesRelativeAppositive(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The treasurer said the levy would fund two new parks, a move that could anger some landlords.",
			"the levy would fund two new parks by The treasurer"},
		{"The pilot said there was a long dispute over the schedule, one that will likely return next spring.",
			"there was a long dispute over the schedule by The pilot"},
	})
}

// A phrase telling where or through whom a stance was taken ("at a
// rally", "on Twitter", "through a spokesman") ends the
// object; a clause keeps its adjuncts, and so does a topic.
func TestRulesOccasionEndsObject(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The mayor praised the volunteers at a rally in the old market.",
			"the volunteers by The mayor"},
		{"The candidate mocked the plan on Twitter.",
			"the plan by The candidate"},
		{"The governor repeated her position during the debate.",
			"her position by The governor"},
		{"The council opposed the rules in the district.",
			"the rules in the district by The council"},
		{"The clerk said the crowd at the rally was small.",
			"the crowd at the rally was small by The clerk"},
		{"He supports a ban on rallies in the park.",
			"a ban on rallies in the park by He"},
	})
}

// "and" or "but" and an auxiliary after a reported clause go on with
// that clause's subject ("said she was tired and would not run"); after
// an object, or before a verb of saying, they are the speaker's.
func TestRulesClauseGoesOn(t *testing.T) {
	runContentCases(t, []contentCase{
		{"The clerk said she was tired and would not run again.",
			"she was tired and would not run again by The clerk"},
		{"The warden said that the audit is finished and will be published soon.",
			"that the audit is finished and will be published soon by The warden"},
		{"The coach said that she would send flowers to the injured players but did not say when.",
			"that she would send flowers to the injured players by The coach"},
	})
}
