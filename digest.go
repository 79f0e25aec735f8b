package newsbot

import "time"

// Digest is the day's news for a channel: the stories published in a
// window, each clustered from the articles that reported it, ranked by
// coverage, recency and match to the subscribed topics.
type Digest struct {
	Generated time.Time
	Since     time.Time
	Until     time.Time
	Topics    []string // empty: the top stories overall
	Stories   []Story
	// QuoteOfDay is the strongest attributed statement, when one exists.
	QuoteOfDay *BriefQuote
	// Sources are numbered from 1 in the order they are first cited.
	Sources []Source
	// Articles is how many articles the window held (after topic filtering).
	Articles int
}

// Story is one event as several articles reported it.
type Story struct {
	Headline  string          // the title of its most central article
	Sentences []BriefSentence // one or two, cited
	Sources   []int           // every article of the story, 1-based into Digest.Sources
	Outlets   []string        // distinct outlets that carried it
}

// Empty reports whether the digest has no stories.
func (d Digest) Empty() bool { return len(d.Stories) == 0 }
