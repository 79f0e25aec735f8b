package quotes

import "testing"

// A comma-led participle right after "reportedly" used to cut the
// clause to nothing after the adverb, and the report came out with an
// empty, inverted second span.
func TestReportedlyParticipleAfterAdverb(t *testing.T) {
	for _, text := range []string{
		"The firm reportedly, leaving town, sold its stake.",
		"The coach has reportedly, waiting for the draft, turned down two offers.",
	} {
		for _, a := range (Extractor{}).Extract(text) {
			for _, c := range a.Content {
				if c.End <= c.Start {
					t.Errorf("%q: empty content span %+v in %+v", text, c, a)
				}
			}
		}
	}
}
