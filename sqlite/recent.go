package sqlite

import (
	"context"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// Recent implements newsbot.ArticleStore. Score is 1 for every hit: the
// window, not relevance, selected them. An undated article (a file that
// states no date) is never recent: whenever it arrived, its news may be
// years old, and a digest of the day's news must not lead with it.
// (Feed items and pages without a date are dated when first seen, at
// ingest.)
func (d *DB) Recent(ctx context.Context, since, until, publishedSince time.Time, limit int) ([]newsbot.ArticleHit, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+articleColumns+`, 1.0
		FROM articles a
		WHERE a.fetched_at > ? AND a.fetched_at <= ? AND a.published_at >= ?
		ORDER BY a.published_at DESC, a.id DESC
		LIMIT ?`, since.Unix(), until.Unix(), publishedSince.Unix(), limit)
	if err != nil {
		return nil, internal("recent articles", err)
	}
	hits, err := scanHits(rows)
	return hits, internal("recent articles", err)
}
