// Package newsbot holds the vocabulary of the news archive: articles, the
// sentences and quotes precomputed from them, briefings built over them, and
// the contracts the storage adapters fulfil. It imports only the standard
// library; every outside dependency lives in a package of its own.
package newsbot

import (
	"context"
	"time"
)

// ArchiveStats describes the size of the archive, for !about and logs.
type ArchiveStats struct {
	Articles int
	Quotes   int
	Outlets  int
	Newest   time.Time
	Oldest   time.Time
}

// UpsertResult says what storing an article did.
type UpsertResult int

const (
	// Added means the article was new to the archive.
	Added UpsertResult = iota + 1
	// Updated means an article with the same URL existed and its content changed.
	Updated
	// Unchanged means an article with the same URL and content hash existed.
	Unchanged
)

func (r UpsertResult) String() string {
	switch r {
	case Added:
		return "added"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	}
	return "unknown"
}

// ArticleHit is one search result: an article without its body, with the
// retrieval score (higher is better).
type ArticleHit struct {
	Article
	Score float64
}

// QuoteHit is a stored quote with the article it came from.
type QuoteHit struct {
	Quote
	ArticleTitle string
	ArticleURL   string
	Outlet       string
	Published    time.Time
	// BySpeaker says the speaker matched every word of the topic: the
	// quote is what the one asked about said, not what was said of them.
	BySpeaker bool
}

// ArticleStore is the archive. Implementations must be safe for concurrent use.
type ArticleStore interface {
	// UpsertArticle stores a by URL: inserts it, or replaces the stored
	// version (sentences and quotes included) when the content changed.
	// It sets a.ID.
	UpsertArticle(ctx context.Context, a *Article) (UpsertResult, error)
	// SearchArticles returns the articles matching the topic, best first,
	// without bodies, sentences or quotes.
	SearchArticles(ctx context.Context, q Topic, limit int) ([]ArticleHit, error)
	// Articles loads articles by ID with their sentences and quotes, in the
	// order given; missing IDs are skipped.
	Articles(ctx context.Context, ids []ArticleID) ([]Article, error)
	// SearchQuotes returns quotes whose speaker or text matches the topic:
	// first those whose speaker matches every word (BySpeaker), then the
	// others, each newest article first, each at most limit.
	SearchQuotes(ctx context.Context, q Topic, limit int) ([]QuoteHit, error)
	// DocumentFrequencies returns, for each stemmed term (as in
	// Sentence.Terms), how many stored articles contain it, and how many
	// articles there are: the statistics for weighting terms by rarity.
	DocumentFrequencies(ctx context.Context, terms []string) (df map[string]int, articles int, err error)
	// Recent returns articles that arrived in the archive (were fetched)
	// in (since, until] and were published no earlier than publishedSince
	// (an undated article is never recent: it could be from any time), newest first, without
	// bodies. Arrival, not publication, decides the window, so an article
	// published just before a digest but fetched just after it is in the
	// next one rather than in neither.
	Recent(ctx context.Context, since, until, publishedSince time.Time, limit int) ([]ArticleHit, error)
	// Stats describes the archive.
	Stats(ctx context.Context) (ArchiveStats, error)
}
