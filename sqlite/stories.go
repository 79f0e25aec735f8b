package sqlite

import (
	"context"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
)

var _ newsbot.StoryStore = (*DB)(nil)

// Candidates implements newsbot.StoryStore.
func (d *DB) Candidates(ctx context.Context, keys []newsbot.BandKey, from, to time.Time, except newsbot.ArticleID) ([]newsbot.StoryMember, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := make([]any, 0, len(keys)+3)
	for _, k := range keys {
		args = append(args, int64(k))
	}
	args = append(args, except, from.Unix(), to.Unix())
	rows, err := d.db.QueryContext(ctx, candidatesQuery(len(keys)), args...)
	if err != nil {
		return nil, internal("read story candidates", err)
	}
	defer rows.Close()
	var out []newsbot.StoryMember
	for rows.Next() {
		var m newsbot.StoryMember
		var fp []byte
		if err := rows.Scan(&m.ID, &m.StoryID, &fp); err != nil {
			return nil, internal("read story candidates", err)
		}
		m.Fingerprint = fp
		out = append(out, m)
	}
	return out, internal("read story candidates", rows.Err())
}

// candidatesQuery selects the articles holding any of n band keys, then
// filters them by date: each key is a search of the story_bands primary
// key, each article found a search of the articles primary key.
func candidatesQuery(n int) string {
	return `SELECT id, coalesce(story_id, id), fingerprint FROM articles
		WHERE id IN (SELECT article_id FROM story_bands WHERE band_key IN (?` + strings.Repeat(", ?", n-1) + `))
		AND fingerprint IS NOT NULL AND id != ? AND coalesce(published_at, fetched_at) BETWEEN ? AND ?
		ORDER BY id`
}

// SetStory implements newsbot.StoryStore.
func (d *DB) SetStory(ctx context.Context, id newsbot.ArticleID, fp newsbot.Fingerprint, keys []newsbot.BandKey, story newsbot.ArticleID) error {
	if story == 0 {
		story = id
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("set story", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE articles SET fingerprint = ?, story_id = ? WHERE id = ?`, []byte(fp), story, id)
	if err != nil {
		return internal("set story", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "Article %d is not in the archive.", id)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_bands WHERE article_id = ?`, id); err != nil {
		return internal("set story", err)
	}
	if len(keys) > 0 {
		args := make([]any, 0, 2*len(keys))
		for _, k := range keys {
			args = append(args, int64(k), id)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_bands (band_key, article_id)
			VALUES (?, ?)`+strings.Repeat(", (?, ?)", len(keys)-1), args...); err != nil {
			return internal("set story", err)
		}
	}
	return internal("set story", tx.Commit())
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
