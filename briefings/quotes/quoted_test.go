package quotes

import (
	"slices"
	"testing"
)

// rulesQuoted returns, for each attribution the rules find in text, its
// text and its speaker's mention, as "text by mention".
func rulesQuoted(text string) []string {
	var got []string
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		got = append(got, q.Text+" by "+q.Mention)
	}
	return got
}

// wantQuote is one quotation the rules must give to a speaker.
type wantQuote struct {
	name string
	text string
	want string // "text by mention", as rulesQuoted gives it
}

func checkQuotes(t *testing.T, tests []wantQuote) {
	t.Helper()
	for _, tt := range tests {
		got := rulesQuoted(tt.text)
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: rules gave %q, want %q among them", tt.name, got, tt.want)
		}
	}
}

// A quotation that follows a sentence with a parenthetical cue goes on
// with that cue's speaker, even when a cue inside a clause the sentence
// reports ("photos that she showed") comes last: that cue is not the
// sentence's attribution and takes no quotation of its own.
func TestQuotationResumesPastNestedCue(t *testing.T) {
	checkQuotes(t, []wantQuote{{
		name: "relative clause in a participle's object",
		text: `"Why were the marks not seen before? I am no doctor," Lee told reporters, referring to photos that Ann Ray showed to the press. "Would anyone not cry out in pain?"`,
		want: `"Why were the marks not seen before? I am no doctor," … "Would anyone not cry out in pain?" by Lee`,
	}})
}
