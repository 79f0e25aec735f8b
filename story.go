package newsbot

import (
	"context"
	"time"
)

// Fingerprint is an article's near-duplicate signature: ingest computes
// it from the body, storage keeps it as opaque bytes.
type Fingerprint []byte

// BandKey is one of a fingerprint's locality-sensitive keys: articles that
// share a key are candidates to be copies of one story, which comparing
// their fingerprints then confirms or not. Ingest derives the keys from
// the fingerprint; storage indexes them, so that finding an article's
// copies costs a few lookups, not a comparison with every article of its
// week.
type BandKey int64

// StoryMember is a fingerprinted article and the story it belongs to.
type StoryMember struct {
	ID          ArticleID
	StoryID     ArticleID
	Fingerprint Fingerprint
}

// StoryStore groups near-duplicate articles (the same wire story printed
// by several outlets) into one story with several sources. Implementations
// must be safe for concurrent use.
type StoryStore interface {
	// Candidates lists, by ID, fingerprinted articles other than except
	// that share at least one of keys and whose date (published, else
	// fetched) is within [from, to]; none when keys is empty.
	Candidates(ctx context.Context, keys []BandKey, from, to time.Time, except ArticleID) ([]StoryMember, error)
	// SetStory stores, at once, an article's fingerprint, its band keys
	// (replacing those it had) and its story (the article's own ID when it
	// has no copies).
	SetStory(ctx context.Context, id ArticleID, fp Fingerprint, keys []BandKey, story ArticleID) error
	// Unfingerprinted lists up to limit articles stored without a
	// fingerprint (before grouping existed, or before band keys did),
	// oldest first.
	Unfingerprinted(ctx context.Context, limit int) ([]ArticleID, error)
}
