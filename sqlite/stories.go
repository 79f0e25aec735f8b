package sqlite

import (
	"context"
	"time"

	"github.com/newsbot-dev/newsbot"
)

var _ newsbot.StoryStore = (*DB)(nil)

// Fingerprints implements newsbot.StoryStore.
func (d *DB) Fingerprints(ctx context.Context, from, to time.Time, except newsbot.ArticleID) ([]newsbot.StoryMember, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, coalesce(story_id, id), fingerprint FROM articles
		WHERE fingerprint IS NOT NULL AND id != ? AND coalesce(published_at, fetched_at) BETWEEN ? AND ?
		ORDER BY id`, except, from.Unix(), to.Unix())
	if err != nil {
		return nil, internal("read fingerprints", err)
	}
	defer rows.Close()
	var out []newsbot.StoryMember
	for rows.Next() {
		var m newsbot.StoryMember
		var fp []byte
		if err := rows.Scan(&m.ID, &m.StoryID, &fp); err != nil {
			return nil, internal("read fingerprints", err)
		}
		m.Fingerprint = fp
		out = append(out, m)
	}
	return out, internal("read fingerprints", rows.Err())
}

// SetStory implements newsbot.StoryStore.
func (d *DB) SetStory(ctx context.Context, id newsbot.ArticleID, fp newsbot.Fingerprint, story newsbot.ArticleID) error {
	if story == 0 {
		story = id
	}
	res, err := d.db.ExecContext(ctx, `UPDATE articles SET fingerprint = ?, story_id = ? WHERE id = ?`, []byte(fp), story, id)
	if err != nil {
		return internal("set story", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "Article %d is not in the archive.", id)
	}
	return nil
}

// Unfingerprinted implements newsbot.StoryStore.
func (d *DB) Unfingerprinted(ctx context.Context, limit int) ([]newsbot.ArticleID, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id FROM articles WHERE fingerprint IS NULL ORDER BY id LIMIT ?`, limit)
	if err != nil {
		return nil, internal("list unfingerprinted articles", err)
	}
	defer rows.Close()
	var ids []newsbot.ArticleID
	for rows.Next() {
		var id newsbot.ArticleID
		if err := rows.Scan(&id); err != nil {
			return nil, internal("list unfingerprinted articles", err)
		}
		ids = append(ids, id)
	}
	return ids, internal("list unfingerprinted articles", rows.Err())
}
