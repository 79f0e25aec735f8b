package quotes

import (
	"fmt"
	"testing"
)

// TestTrainContentNumber: in this corpus, written for the test, the
// annotators mark "argued" when the content holds a figure ("argued the
// fee rose 40 percent") and not when it holds a word in its place
// ("argued the fee rose a little"). The contents are as long, start
// alike and hold a verb each, so only whether a number is in them can
// tell the cases apart.
func TestTrainContentNumber(t *testing.T) {
	things := []string{"the fee", "the rent", "the toll", "the tax", "the fare", "the levy"}
	figures := []string{"12 percent", "30 percent", "8 percent", "45 percent"}
	words := []string{"a great deal", "a small amount", "a fair bit", "a good deal"}
	samples := alternating(func(s *sampleBuilder, i int, a, b string) {
		s.attribution(a, " argued ", things[i%len(things)]+" rose "+figures[i%len(figures)], ". ")
	}, func(i int, a, b string) string {
		return fmt.Sprintf("%s argued %s rose %s. ", b, things[(i+2)%len(things)], words[i%len(words)])
	})
	for i, got := range trainAndFind(t, samples, "argued",
		"Ty Webb argued the price rose 20 percent. Mo Grant argued the price rose a whole lot.",
		"Mo Grant argued the price rose a whole lot. Ty Webb argued the price rose 20 percent.",
	) {
		if got["Ty Webb"] == "" || got["Mo Grant"] != "" {
			t.Errorf("%d: found %v, want Ty Webb's statement only", i, got)
		}
	}
}
