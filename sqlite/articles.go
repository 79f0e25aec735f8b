package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// UpsertArticle stores a by URL. An article whose content, metadata and
// analysis are unchanged is left alone; otherwise the row, its sentences,
// its quotes and the term statistics are replaced in one transaction, so a
// failure leaves the stored version intact.
func (d *DB) UpsertArticle(ctx context.Context, a *newsbot.Article) (newsbot.UpsertResult, error) {
	if a.URL == "" {
		return 0, newsbot.Errorf(newsbot.EINVALID, "An article needs a URL or another identifier.")
	}
	if a.ContentHash == "" {
		a.ContentHash = newsbot.ContentHash(a.Title, a.Body)
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, internal("upsert article", err)
	}
	defer tx.Rollback()

	var (
		id                          int64
		hash, title, outlet, byline string
		guid                        string
		published, offset           sql.NullInt64
		version                     int
	)
	err = tx.QueryRowContext(ctx, `SELECT id, content_hash, title, outlet, byline, guid, published_at, published_offset,
		analysis_version FROM articles WHERE url = ?`, a.URL).Scan(&id, &hash, &title, &outlet, &byline, &guid,
		&published, &offset, &version)
	now := d.Now().Unix()
	result := newsbot.Updated
	switch {
	case errors.Is(err, sql.ErrNoRows):
		result = newsbot.Added
		res, err := tx.ExecContext(ctx, `INSERT INTO articles
			(url, guid, title, outlet, byline, published_at, published_offset, fetched_at, body, content_hash,
			analysis_version, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.URL, a.GUID, a.Title, a.Outlet, a.Byline, unixOrNull(a.Published), offsetOrNull(a.Published), fetchedAt(a, now),
			a.Body, a.ContentHash, a.AnalysisVersion, now, now)
		if err != nil {
			return 0, internal("insert article", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, internal("insert article", err)
		}
	case err != nil:
		return 0, internal("find article", err)
	default:
		if hash == a.ContentHash && version == a.AnalysisVersion && title == a.Title && outlet == a.Outlet &&
			byline == a.Byline && guid == a.GUID && timeFromNull(published).Equal(a.Published.UTC().Truncate(1e9)) &&
			sameOffset(offset, a.Published) {
			a.ID = newsbot.ArticleID(id)
			return newsbot.Unchanged, nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET guid = ?, title = ?, outlet = ?, byline = ?,
			published_at = ?, published_offset = ?, fetched_at = ?, body = ?, content_hash = ?, analysis_version = ?,
			updated_at = ? WHERE id = ?`,
			a.GUID, a.Title, a.Outlet, a.Byline, unixOrNull(a.Published), offsetOrNull(a.Published), fetchedAt(a, now),
			a.Body, a.ContentHash, a.AnalysisVersion, now, id); err != nil {
			return 0, internal("update article", err)
		}
		if err := deleteAnalysis(ctx, tx, id); err != nil {
			return 0, internal("update article", err)
		}
	}
	if err := insertAnalysis(ctx, tx, id, a); err != nil {
		return 0, internal("store article analysis", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, internal("commit article", err)
	}
	a.ID = newsbot.ArticleID(id)
	for i := range a.Quotes {
		a.Quotes[i].ArticleID = a.ID
	}
	return result, nil
}

// ReplaceAnalysis rewrites a stored article's sentences, quotes, term
// statistics and analysis version from a (after briefings.Analyze), leaving
// its text and metadata as stored: the re-analysis after an upgrade.
func (d *DB) ReplaceAnalysis(ctx context.Context, a *newsbot.Article) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("replace analysis", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE articles SET analysis_version = ?, content_hash = ?, updated_at = ? WHERE id = ?`,
		a.AnalysisVersion, a.ContentHash, d.Now().Unix(), a.ID)
	if err != nil {
		return internal("replace analysis", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "Article %d is not in the archive.", a.ID)
	}
	if err := deleteAnalysis(ctx, tx, int64(a.ID)); err != nil {
		return internal("replace analysis", err)
	}
	if err := insertAnalysis(ctx, tx, int64(a.ID), a); err != nil {
		return internal("replace analysis", err)
	}
	return internal("replace analysis", tx.Commit())
}

func fetchedAt(a *newsbot.Article, now int64) int64 {
	if a.Fetched.IsZero() {
		return now
	}
	return a.Fetched.Unix()
}

// deleteAnalysis removes an article's sentences and quotes and takes its
// terms out of the document frequencies.
func deleteAnalysis(ctx context.Context, tx *sql.Tx, id int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT terms FROM sentences WHERE article_id = ?`, id)
	if err != nil {
		return err
	}
	var terms []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return err
		}
		terms = append(terms, strings.Fields(t)...)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, t := range distinct(terms) {
		if _, err := tx.ExecContext(ctx, `UPDATE term_df SET df = df - 1 WHERE term = ?`, t); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM term_df WHERE df <= 0`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sentences WHERE article_id = ?`, id); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM quotes WHERE article_id = ?`, id)
	return err
}

func insertAnalysis(ctx context.Context, tx *sql.Tx, id int64, a *newsbot.Article) error {
	sent, err := tx.PrepareContext(ctx, `INSERT INTO sentences
		(article_id, idx, paragraph, char_start, char_end, text, terms, boilerplate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer sent.Close()
	var terms []string
	for _, s := range a.Sentences {
		if _, err := sent.ExecContext(ctx, id, s.Index, s.Paragraph, s.Start, s.End, s.Text,
			strings.Join(s.Terms, " "), s.Boilerplate); err != nil {
			return fmt.Errorf("sentence %d: %w", s.Index, err)
		}
		terms = append(terms, s.Terms...)
	}
	df, err := tx.PrepareContext(ctx, `INSERT INTO term_df (term, df) VALUES (?, 1)
		ON CONFLICT (term) DO UPDATE SET df = df + 1`)
	if err != nil {
		return err
	}
	defer df.Close()
	for _, t := range distinct(terms) {
		if _, err := df.ExecContext(ctx, t); err != nil {
			return err
		}
	}
	quote, err := tx.PrepareContext(ctx, `INSERT INTO quotes
		(article_id, speaker, mention, mention_start, mention_end, cue, text, kind, char_start, char_end, unsure)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer quote.Close()
	for i := range a.Quotes {
		q := &a.Quotes[i]
		res, err := quote.ExecContext(ctx, id, q.Speaker, q.Mention, q.MentionSpan.Start, q.MentionSpan.End,
			q.Cue, q.Text, string(q.Kind), q.Content.Start, q.Content.End, q.Unsure)
		if err != nil {
			return fmt.Errorf("quote %d: %w", i, err)
		}
		qid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		q.ID = newsbot.QuoteID(qid)
	}
	return nil
}

func distinct(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

const articleColumns = `a.id, a.url, a.guid, a.title, a.outlet, a.byline, a.published_at, a.published_offset, a.fetched_at,
	a.content_hash, a.analysis_version, coalesce(a.story_id, a.id)`

func scanArticle(sc interface{ Scan(...any) error }, a *newsbot.Article, extra ...any) error {
	var published, offset, fetched sql.NullInt64
	dest := append([]any{&a.ID, &a.URL, &a.GUID, &a.Title, &a.Outlet, &a.Byline, &published, &offset, &fetched,
		&a.ContentHash, &a.AnalysisVersion, &a.StoryID}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	a.Published = publishedTime(published, offset)
	a.Fetched = timeFromNull(fetched)
	return nil
}

// Articles loads articles by ID, in the order given, with body, sentences and
// quotes. Missing IDs are skipped.
func (d *DB) Articles(ctx context.Context, ids []newsbot.ArticleID) ([]newsbot.Article, error) {
	out := make([]newsbot.Article, 0, len(ids))
	for _, id := range ids {
		var a newsbot.Article
		err := scanArticle(d.db.QueryRowContext(ctx, `SELECT `+articleColumns+`, a.body FROM articles a WHERE a.id = ?`, id),
			&a, &a.Body)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, internal("load article", err)
		}
		if a.Sentences, err = d.sentences(ctx, a.ID); err != nil {
			return nil, internal("load sentences", err)
		}
		if a.Quotes, err = d.articleQuotes(ctx, a.ID); err != nil {
			return nil, internal("load quotes", err)
		}
		out = append(out, a)
	}
	return out, nil
}

func (d *DB) sentences(ctx context.Context, id newsbot.ArticleID) ([]newsbot.Sentence, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT idx, paragraph, char_start, char_end, text, terms, boilerplate
		FROM sentences WHERE article_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []newsbot.Sentence
	for rows.Next() {
		var s newsbot.Sentence
		var terms string
		if err := rows.Scan(&s.Index, &s.Paragraph, &s.Start, &s.End, &s.Text, &terms, &s.Boilerplate); err != nil {
			return nil, err
		}
		s.Terms = strings.Fields(terms)
		out = append(out, s)
	}
	return out, rows.Err()
}

// ArticleIDsBelowVersion lists articles whose stored analysis is older than
// version: the work for a re-analysis after an upgrade.
func (d *DB) ArticleIDsBelowVersion(ctx context.Context, version int) ([]newsbot.ArticleID, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id FROM articles WHERE analysis_version < ? ORDER BY id`, version)
	if err != nil {
		return nil, internal("list articles to re-analyse", err)
	}
	defer rows.Close()
	var ids []newsbot.ArticleID
	for rows.Next() {
		var id newsbot.ArticleID
		if err := rows.Scan(&id); err != nil {
			return nil, internal("list articles to re-analyse", err)
		}
		ids = append(ids, id)
	}
	return ids, internal("list articles to re-analyse", rows.Err())
}

// DocumentFrequencies implements newsbot.ArticleStore.
func (d *DB) DocumentFrequencies(ctx context.Context, terms []string) (map[string]int, int, error) {
	var n int
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return nil, 0, internal("count articles", err)
	}
	df := make(map[string]int, len(terms))
	terms = distinct(terms)
	// Query in chunks to stay under SQLite's bound-parameter limit.
	for len(terms) > 0 {
		chunk := terms[:min(len(terms), 500)]
		terms = terms[len(chunk):]
		args := make([]any, len(chunk))
		for i, t := range chunk {
			args[i] = t
		}
		rows, err := d.db.QueryContext(ctx, `SELECT term, df FROM term_df WHERE term IN (?`+
			strings.Repeat(", ?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, 0, internal("read term statistics", err)
		}
		for rows.Next() {
			var t string
			var c int
			if err := rows.Scan(&t, &c); err != nil {
				rows.Close()
				return nil, 0, internal("read term statistics", err)
			}
			df[t] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, 0, internal("read term statistics", err)
		}
	}
	return df, n, nil
}

// Stats implements newsbot.ArticleStore.
func (d *DB) Stats(ctx context.Context) (newsbot.ArchiveStats, error) {
	var s newsbot.ArchiveStats
	err := d.db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT nullif(outlet, '')) FROM articles`).
		Scan(&s.Articles, &s.Outlets)
	if err != nil {
		return s, internal("archive stats", err)
	}
	// The articles with the latest and the earliest date as printed (its
	// local time, see migration 0007), each in its own offset, so that
	// every article's shown date falls in the range shown.
	for _, end := range []struct {
		order string
		t     *time.Time
	}{{"DESC", &s.Newest}, {"ASC", &s.Oldest}} {
		var at, offset sql.NullInt64
		err := d.db.QueryRowContext(ctx, `SELECT published_at, published_offset FROM articles
			WHERE published_at IS NOT NULL ORDER BY published_at + coalesce(published_offset, 0) `+end.order+` LIMIT 1`).Scan(&at, &offset)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return s, internal("archive stats", err)
		}
		*end.t = publishedTime(at, offset)
	}
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM quotes`).Scan(&s.Quotes); err != nil {
		return s, internal("archive stats", err)
	}
	return s, nil
}
