package newsbot

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestParseTopic(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"syria", []string{"syria"}},
		{"  Kofi   ANNAN ", []string{"kofi", "annan"}},
		{`syria" OR (`, []string{"syria"}},
		{"russia AND NOT ceasefire*", []string{"russia", "ceasefire"}},
		{"NEAR(syria, russia)", []string{"syria", "russia"}},
		{"title:syria ^russia -assad", []string{"title", "syria", "russia", "assad"}},
		{"Syria's war", []string{"syria", "war"}},
		{"the who", []string{"the", "who"}}, // only stop words: keep them
		{"U.N. envoy", []string{"envoy"}},   // single letters dropped
		{"Köln café", []string{"köln", "café"}},
		{"2012 syria syria", []string{"2012", "syria"}},
		{`"" () * ^`, nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := ParseTopic(tt.in)
		if !slices.Equal(got.Words, tt.want) {
			t.Errorf("ParseTopic(%q).Words = %q, want %q", tt.in, got.Words, tt.want)
		}
		if got.Empty() != (len(tt.want) == 0) {
			t.Errorf("ParseTopic(%q).Empty() = %v", tt.in, got.Empty())
		}
	}
	if got := ParseTopic("  kofi \n annan ").Text; got != "kofi annan" {
		t.Errorf("Text = %q, want whitespace collapsed", got)
	}
}

// FuzzParseTopic checks that no input yields a word that could be read as
// query syntax: words hold only letters, digits and combining marks.
func FuzzParseTopic(f *testing.F) {
	for _, s := range []string{"syria", `syria" OR (`, "NEAR(a b)", "a*^:-()", "\x00\xff", "Köln"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range ParseTopic(s).Words {
			if w == "" || strings.IndexFunc(w, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
			}) >= 0 {
				t.Fatalf("ParseTopic(%q) gave word %q", s, w)
			}
		}
	})
}
