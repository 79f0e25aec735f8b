package quotes

import "testing"

// A participle after "by" is the subject's of the verb it qualifies, also
// when a stretch of time stands between that subject and its verb: in
// "…, who last month startled her rivals by declaring …" the relative
// pronoun declares, as annotators mark it, not the sentence's subject.
func TestSpeakerByParticipleAfterTime(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"last month", "Voters now weigh the race against Dana Hale, who last month startled her rivals by declaring that the tax must go.", "declaring", "who"},
		{"a week ago", "The board met for an hour with Ray Ortiz, who just a week ago angered the staff by claiming that the audit was rigged.", "claiming", "who"},
		{"plain", "The council met with Ray Ortiz, who angered the board by claiming that the audit was rigged.", "claiming", "who"},
	})
}

// "both" between a subject and the first of two coordinated verbs opens
// the pair: the verb after "and" is that subject's, the relative
// pronoun's in "Ms. Lane, who has both praised the mayor and criticized
// his budget, …".
func TestSpeakerCoordinatedAfterBoth(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"relative", "Ms. Lane, who has both praised the mayor and criticized his budget, spoke briefly.", "criticized", "who"},
		{"pronoun", "In the debate she both thanked the moderators and accused them of bias.", "accused", "she"},
	})
}
