package quotes

import (
	"fmt"
	"testing"
)

// TestTrainDocumentSpeaker: in this corpus, written for the test, the
// annotators mark a stance ("favors the plan") when the person who takes
// it speaks elsewhere in the article, and not when they are only
// mentioned. The two sentences are alike but for the name, so only a
// feature of the document can tell them apart.
func TestTrainDocumentSpeaker(t *testing.T) {
	plans := []string{"the road plan", "the school plan", "the tax plan", "the park plan", "the port plan", "the bus plan"}
	claims := []string{"the budget was a mess", "the vote came too late", "the rules were unfair", "the plan would fail",
		"the roads needed repair", "the schools were crowded"}
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		s.attribution(a, " said ", claims[i%len(claims)], ". ")
		s.attribution(a, " favors ", plans[i%len(plans)], ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s favors %s. ", b, plans[(i+1)%len(plans)])
	})
	for i, got := range trainAndFind(t, samples, "favors",
		"Ty Webb said the fares were too high. Ty Webb favors the rail plan. Mo Grant favors the dam plan.",
		"Mo Grant favors the dam plan. Ty Webb said the fares were too high. Ty Webb favors the rail plan.",
	) {
		if got["Ty Webb"] == "" || got["Mo Grant"] != "" {
			t.Errorf("%d: stances found for %v, want Ty Webb's only", i, got)
		}
	}
}
