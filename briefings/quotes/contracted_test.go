package quotes

import "testing"

// A speaker whose "be" is contracted onto it ("They're calling for") is
// one token; the mention a briefing shows is the pronoun alone, which it
// knows names no one, and not a word "They're" it would take for a name.
func TestContractedSpeakerMention(t *testing.T) {
	for _, tc := range []struct{ text, mention string }{
		{"The nurses met on Monday. They're supportive of the new contract.", "They"},
		{"The nurses met on Monday. They’re calling for a strike over pay.", "They"},
		{"I'm talking about schools and nothing else.", "I"},
		{"We’re calling for an audit of the fund.", "We"},
	} {
		var got []string
		for _, a := range Extract(tc.text) {
			q := a.Quote(tc.text)
			got = append(got, q.Mention)
			if q.Named() {
				t.Errorf("%q: the quote of %q is taken as named", tc.text, q.Speaker)
			}
		}
		if len(got) != 1 || got[0] != tc.mention {
			t.Errorf("%q: mentions %q, want [%q]", tc.text, got, tc.mention)
		}
	}
}
