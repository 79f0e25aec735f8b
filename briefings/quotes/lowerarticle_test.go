package quotes

import "testing"

// A body named at a sentence's start ("The Justice Department said") and
// inside one ("…, the Justice Department said") is one speaker, stored
// alike. Written for this test.
func TestSpeakerArticleLowerCase(t *testing.T) {
	text := "The Harbour Authority said on Monday the quay would close for repairs. " +
		"\"We expect to reopen it by the spring,\" the Harbour Authority said in a statement. " +
		"The coast guard said it would patrol the bay."
	want := map[string]string{"said on Monday": "the Harbour Authority", "in a statement": "the Harbour Authority", "patrol": "The coast guard"}
	got := map[string]bool{}
	for _, q := range ToQuotes(text, Extract(text)) {
		got[q.Speaker] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("speakers %v; want %q among them", got, w)
		}
	}
	if got["The Harbour Authority"] {
		t.Errorf("speakers %v: the Harbour Authority is stored with a capital article too", got)
	}
}
