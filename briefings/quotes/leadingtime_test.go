package quotes

import "testing"

// A time phrase between a verb of saying and its clause dates the
// saying: the statement starts after it. Written for this test.
func TestLeadingTimeNotContent(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The harbour board said on Thursday it had opened an inquiry into the contracts.", "it had opened an inquiry into the contracts"},
		{"Police said on Sunday two men had been arrested near the quay.", "two men had been arrested near the quay"},
		{"The bakery chain said Tuesday it would close 40 shops.", "it would close 40 shops"},
		{"The mayor said last week the tram line would reopen in June.", "the tram line would reopen in June"},
		{"The club said on Friday morning its manager had resigned.", "its manager had resigned"},
		{"The minister said today there would be no delay to the scheme.", "there would be no delay to the scheme"},
		{"Ada Brill said late Monday Kestrel Rovers would appeal the ban.", "Kestrel Rovers would appeal the ban"},
		// Guards: the phrase is the clause's own, or no clause follows.
		{"The governor said Monday's vote was rigged.", "Monday's vote was rigged"},
		{"He said last week's report was wrong about the river.", "last week's report was wrong about the river"},
		{"The ministry said on Monday that the border would reopen.", "that the border would reopen"},
	} {
		rs := []rune(tc.text)
		var got []string
		for _, a := range Extract(tc.text) {
			if string(rs[a.Cue.Start:a.Cue.End]) != "said" || len(a.Content) == 0 {
				continue
			}
			got = append(got, string(rs[a.Content[0].Start:a.Content[len(a.Content)-1].End]))
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: content %q; want %q", tc.text, got, tc.want)
		}
	}
}
