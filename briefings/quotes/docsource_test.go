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
	names := corpusNames
	plans := []string{"the road plan", "the school plan", "the tax plan", "the park plan", "the port plan", "the bus plan"}
	claims := []string{"the budget was a mess", "the vote came too late", "the rules were unfair", "the plan would fail",
		"the roads needed repair", "the schools were crowded"}
	var samples []Sample
	for i := range 24 {
		a, b := names[i%len(names)], names[(i+5)%len(names)]
		s := newSampleBuilder()
		other := fmt.Sprintf("%s favors %s. ", b, plans[(i+1)%len(plans)])
		if i%2 == 1 {
			s.text(other)
		}
		s.attribution(a, " said ", claims[i%len(claims)], ". ")
		s.attribution(a, " favors ", plans[i%len(plans)], ". ")
		if i%2 == 0 {
			s.text(other)
		}
		samples = append(samples, s.sample)
	}
	m, err := Train(samples, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Ty Webb said the fares were too high. Ty Webb favors the rail plan. Mo Grant favors the dam plan.",
		"Mo Grant favors the dam plan. Ty Webb said the fares were too high. Ty Webb favors the rail plan.",
	} {
		got := map[string]bool{}
		for _, a := range (Extractor{Model: m}).Extract(text) {
			if q := a.Quote(text); q.Cue == "favors" {
				got[q.Mention] = true
			}
		}
		if !got["Ty Webb"] || got["Mo Grant"] {
			t.Errorf("%q: stances found for %v, want Ty Webb's only", text, got)
		}
	}
}
