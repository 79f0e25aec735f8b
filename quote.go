package newsbot

import (
	"cmp"
	"slices"
	"strings"
)

// QuoteID identifies a stored quote.
type QuoteID int64

// QuoteKind says how a quote is reported.
type QuoteKind string

const (
	// Direct speech: wholly inside quote marks.
	Direct QuoteKind = "direct"
	// Mixed speech: partly quoted, partly paraphrased.
	Mixed QuoteKind = "mixed"
	// Indirect speech: a paraphrase ("Medvedev said this could be ...").
	Indirect QuoteKind = "indirect"
)

// Span is a half-open range of Unicode code points in an article body.
type Span struct {
	Start, End int
}

// Len is the number of code points in the span.
func (s Span) Len() int { return s.End - s.Start }

// MergeSpans returns spans sorted, empty ones dropped and overlapping or
// touching ones merged, so that every code point is counted once.
func MergeSpans(spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// TotalLen is the number of code points the spans cover, counted as given
// (merge first when they may overlap).
func TotalLen(spans []Span) int {
	n := 0
	for _, s := range spans {
		n += s.Len()
	}
	return n
}

// Quote is one attributed statement found in an article.
type Quote struct {
	ID        QuoteID
	ArticleID ArticleID
	// Speaker is the speaker's full name as first introduced in the article
	// ("Dmitry Medvedev"), resolved from pronouns and titles; empty when the
	// statement has no identifiable speaker.
	Speaker string
	// Mention is the speaker as written at this attribution ("he", "the
	// Russian president", "Medvedev").
	Mention     string
	MentionSpan Span
	// Cue is the attribution cue ("said", "told", "according to").
	Cue  string
	Text string
	Kind QuoteKind
	// Content is where Text sits in the body. Multi-part quotes span from
	// the first part to the last.
	Content Span
	// Unsure marks attributions the extractor could not confirm (a speaker
	// carried over from an earlier sentence, an ambiguous pronoun). They are
	// shown as such rather than presented as fact.
	Unsure bool
}

// Named reports whether Speaker names someone: not empty, and not a
// pronoun or a quantifier left as written because the extractor could not
// tell whom it means ("she", "they", "some", a bare count such as "two"
// in "the two agreed"). A briefing's key quotes are only those whose
// speaker it can name.
func (q Quote) Named() bool {
	return q.Speaker != "" && (!unnamed[strings.ToLower(q.Speaker)] || q.Speaker == "WHO") &&
		strings.Trim(q.Speaker, "0123456789,") != ""
}

var unnamed = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "i": true, "we": true, "you": true,
	"who": true, "which": true, "that": true, "some": true, "others": true, "many": true,
	"several": true, "both": true, "all": true, "one": true, "someone": true, "somebody": true,
	"q": true, "interviewer": true, "question": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true,
	"most": true, "majorities": true, "half": true, "few": true, "each": true, "either": true,
	"neither": true, "none": true,
}
