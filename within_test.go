package newsbot

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseTopicWithin(t *testing.T) {
	for _, tc := range []struct {
		in     string
		text   string
		words  []string
		within time.Duration
		period string
	}{
		{"syria today", "syria", []string{"syria"}, day, "the past 24 hours"},
		{"Syria, today.", "Syria", []string{"syria"}, day, "the past 24 hours"},
		{"this week: ferry strike", "ferry strike", []string{"ferry", "strike"}, 7 * day, "the past 7 days"},
		{"ferry strike this week", "ferry strike", []string{"ferry", "strike"}, 7 * day, "the past 7 days"},
		{"ferry strike in the past week", "ferry strike", []string{"ferry", "strike"}, 7 * day, "the past 7 days"},
		{"halloran past 3 days", "halloran", []string{"halloran"}, 3 * day, "the past 3 days"},
		{"halloran from the last 48 hours", "halloran", []string{"halloran"}, 2 * day, "the past 2 days"},
		{"halloran last 12 hours", "halloran", []string{"halloran"}, 12 * time.Hour, "the past 12 hours"},
		{"kofi annan yesterday", "kofi annan", []string{"kofi", "annan"}, 2 * day, "the past 2 days"},
		{"elections this year", "elections", []string{"elections"}, 365 * day, "the past 365 days"},
		// Guards: a phrase alone is the topic; a time word inside the
		// topic, or one that is not a span, is a word.
		{"today", "today", []string{"today"}, 0, ""},
		{"this week", "this week", []string{"week"}, 0, ""},
		{"today show ratings", "today show ratings", []string{"today", "show", "ratings"}, 0, ""},
		{"last week tonight", "last week", []string{"last", "week"}, day, "the past 24 hours"},
		{"syria week", "syria week", []string{"syria", "week"}, 0, ""},
		{"syria past 0 days", "syria past 0 days", []string{"syria", "past", "0", "days"}, 0, ""},
	} {
		got := ParseTopicWithin(tc.in)
		if got.Text != tc.text || !slices.Equal(got.Words, tc.words) || got.Within != tc.within || got.Period != tc.period ||
			(got.Span == "") != (tc.within == 0) {
			t.Errorf("ParseTopicWithin(%q) = %q %q %v %q; want %q %q %v %q", tc.in, got.Text, got.Words, got.Within, got.Period,
				tc.text, tc.words, tc.within, tc.period)
		}
	}
	if got := ParseTopicWithin("Ferry strike, in the past week.").Span; got != "in the past week" {
		t.Errorf("Span = %q; want the phrase as typed, \"in the past week\"", got)
	}
}

// FuzzParseTopicWithin: whatever is typed, a span comes with its words and
// a topic left to search, and the topic's words are words of the question.
func FuzzParseTopicWithin(f *testing.F) {
	for _, s := range []string{"syria today", "this week: ferry strike", "halloran past 3 days", "today", "past 0 days",
		"in the past week", "x last 99999999999999999999 hours", "“syria” yesterday."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ParseTopicWithin(s)
		for _, w := range got.Words {
			if !strings.Contains(strings.ToLower(s), w) {
				t.Errorf("ParseTopicWithin(%q): word %q is not in the question", s, w)
			}
		}
		if got.Within < 0 || (got.Within > 0) != (got.Period != "") || (got.Within > 0) != (got.Span != "") {
			t.Errorf("ParseTopicWithin(%q) = within %v, period %q, span %q", s, got.Within, got.Period, got.Span)
		}
		if got.Within > 0 && got.Empty() {
			t.Errorf("ParseTopicWithin(%q): a span with nothing to search for", s)
		}
	})
}
