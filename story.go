package newsbot

import (
	"context"
	"time"
)

// Fingerprint is an article's near-duplicate signature: ingest computes
// it from the body, storage keeps it as opaque bytes.
type Fingerprint []byte

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
	// Fingerprints lists fingerprinted articles other than except whose
	// date (published, else fetched) is within [from, to].
	Fingerprints(ctx context.Context, from, to time.Time, except ArticleID) ([]StoryMember, error)
	// SetStory stores an article's fingerprint and its story (the article's
	// own ID when it has no copies).
	SetStory(ctx context.Context, id ArticleID, fp Fingerprint, story ArticleID) error
	// Unfingerprinted lists up to limit articles stored without a
	// fingerprint (before grouping existed), oldest first.
	Unfingerprinted(ctx context.Context, limit int) ([]ArticleID, error)
}
