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
	runModelContentCases(t, []modelContentCase{
		{"When the senator said the bill was dead, the volunteers packed up their signs.",
			"the bill was dead"},
		{"Because Ms. Ortiz said the count was wrong, observers demanded a recount.",
			"the count was wrong"},
	})
}

// modelContentCase is a text and one statement the embedded model must
// extract from it, word for word.
type modelContentCase struct{ text, want string }

// runModelContentCases extracts each case's text with the embedded model
// and checks that one statement's content is exactly want.
func runModelContentCases(t *testing.T, cases []modelContentCase) {
	t.Helper()
	m := DefaultModel()
	for _, c := range cases {
		var got []string
		for _, a := range (Extractor{Model: m}).Extract(c.text) {
			got = append(got, a.Quote(c.text).Text)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
