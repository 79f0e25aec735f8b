package newsbot

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
