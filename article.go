package newsbot

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// ArticleID identifies a stored article.
type ArticleID int64

// Article is one news article as archived: metadata, the cleaned body text
// (paragraphs separated by a blank line) and what the briefing engine
// precomputes from it at ingest.
// AsPublished returns a publication time as its source wrote it: in the
// fixed UTC offset it was given with ("…T21:30:00-05:00"), or in UTC when
// that offset is zero or the zone unknown. The instant is unchanged; what
// changes is the date shown, which is then the date the outlet printed.
func AsPublished(t time.Time) time.Time {
	if _, off := t.Zone(); off != 0 && !t.IsZero() {
		return t.In(time.FixedZone("", off))
	}
	return t.UTC()
}

type Article struct {
	ID ArticleID
	// URL is the canonical URL, or for articles without one a stable
	// identifier such as "file:///path" or "sample:name". Unique.
	URL       string
	GUID      string
	Title     string
	Outlet    string
	Byline    string
	Published time.Time
	Fetched   time.Time
	Body      string
	// ContentHash is the hash of title and body (see ContentHash).
	ContentHash string
	// AnalysisVersion is the version of the analysis that produced
	// Sentences and Quotes, so an upgrade can find articles to re-analyse.
	AnalysisVersion int
	// StoryID groups near-duplicates: every copy of a story (a wire report
	// carried by several outlets) has the ID of the first copy stored. An
	// article with no copies has its own ID; 0 means not loaded.
	StoryID ArticleID

	Sentences []Sentence
	Quotes    []Quote
}

// Sentence is one sentence of an article body. Offsets are in Unicode code
// points into Article.Body, as the evaluation data and most languages count
// characters.
type Sentence struct {
	Index     int // position in the article, from 0
	Paragraph int // paragraph number, from 0
	Start     int
	End       int
	Text      string
	// Terms are the stemmed content words of the sentence, stop words
	// removed, in order. Precomputed so that briefings do no tokenizing.
	Terms []string
	// Boilerplate marks text that must never be shown as a summary sentence
	// (captions, share prompts, navigation left over by extraction).
	Boilerplate bool
}

// HasURL reports whether the article's URL is a web address a reader can open.
func (a *Article) HasURL() bool { return IsWebURL(a.URL) }

// IsWebURL reports whether s is an http or https URL.
func IsWebURL(s string) bool {
	return len(s) > 8 && (s[:7] == "http://" || s[:8] == "https://")
}

// ContentHash returns the hash stored with an article so that re-ingesting
// unchanged content is recognised without comparing bodies.
func ContentHash(title, body string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(body))
	return hex.EncodeToString(h.Sum(nil))[:32]
}
