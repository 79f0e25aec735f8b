package quotes

import "testing"

// A verb of belief after the clause it holds true is an aside, as a say
// verb is: "The plan will fail, they believe." The clause before the
// comma is the content, and a clause resumed after the aside joins it. A dash after the aside
// is left to dashAside's rules.
func TestBeliefAside(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"believe at the end", "The levy will pass easily, the organizers believe.", "believe", "The levy will pass easily", "the organizers"},
		{"thinks at the end", "The bridge will need new cables, the engineer thinks.", "thinks", "The bridge will need new cables", "the engineer"},
		{"fear", "The mill will close by spring, the workers fear.", "fear", "The mill will close by spring", "the workers"},
		{"in the middle", "Such repairs, the engineers believe, will take a year.", "believe", "Such repairs … will take a year", "the engineers"},
		{"pronoun", "The vote will be close, I think.", "think", "The vote will be close", "I"},
	})
}
