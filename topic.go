package newsbot

import (
	"strings"
	"time"
	"unicode"
)

// Topic is what a user asked about, reduced to plain words. Whatever was
// typed (quote marks, AND/OR/NOT/NEAR, *, ^, parentheses, colons, dashes) is
// treated as text: storage adapters build their own query syntax from Words
// and never pass user input through.
type Topic struct {
	Text  string   // as typed, whitespace trimmed (without a time phrase, see ParseTopicWithin)
	Words []string // lower-cased words in order, duplicates and stop words removed
	// Within is how recent the news asked for is ("today": 24 hours), zero
	// for any time; Period says it for the reader ("the past 24 hours").
	Within time.Duration
	Period string
	Span   string // the time phrase as typed ("this week"), "" without one
	// Since, when set, limits a search to articles published at or after
	// it: the caller sets it from Within and the current time.
	Since time.Time
}

// ParseTopic turns free text into a Topic. Stop words are dropped unless
// nothing else is left, so "the who" still searches for something.
func ParseTopic(s string) Topic {
	t := Topic{Text: strings.Join(strings.Fields(s), " ")}
	all := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	seen := make(map[string]bool)
	var stops []string
	for _, w := range all {
		if seen[w] {
			continue
		}
		seen[w] = true
		if queryStopWords[w] || len([]rune(w)) == 1 && !unicode.IsDigit([]rune(w)[0]) {
			stops = append(stops, w)
			continue
		}
		t.Words = append(t.Words, w)
	}
	if len(t.Words) == 0 {
		t.Words = stops
	}
	return t
}

// Empty reports whether the topic has no words to search for.
func (t Topic) Empty() bool { return len(t.Words) == 0 }

// queryStopWords are words that never make a topic on their own, including
// the FTS5 operators a user may type expecting search-engine syntax.
var queryStopWords = map[string]bool{
	"a": true, "about": true, "an": true, "and": true, "any": true, "are": true,
	"as": true, "at": true, "be": true, "by": true, "for": true, "from": true,
	"has": true, "have": true, "how": true, "in": true, "into": true, "is": true,
	"it": true, "its": true, "near": true, "news": true, "not": true, "of": true,
	"on": true, "or": true, "over": true, "the": true, "their": true, "this": true,
	"to": true, "was": true, "what": true, "when": true, "where": true, "who": true,
	"why": true, "with": true, "latest": true,
}
