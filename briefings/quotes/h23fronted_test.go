package quotes

import (
	"slices"
	"testing"
)

// The rules end the content of a cue in a fronted clause at the comma
// before the main clause; the boundary ranker must keep that cut rather
// than run the content on into the main clause ("…, the volunteers
// packed up"). (With a bare plural subject, "…, crews reopened one
// lane", the ranker still runs on: a known gap.)
func TestModelKeepsFrontedClauseCut(t *testing.T) {
	m := DefaultModel()
	for _, c := range []struct{ text, want string }{
		{"When the senator said the bill was dead, the volunteers packed up their signs.",
			"the bill was dead"},
		{"Because Ms. Ortiz said the count was wrong, observers demanded a recount.",
			"the count was wrong"},
	} {
		var got []string
		for _, a := range (Extractor{Model: m}).Extract(c.text) {
			got = append(got, a.Quote(c.text).Text)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
