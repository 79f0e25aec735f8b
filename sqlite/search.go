package sqlite

import (
	"context"
	"database/sql"
	"strings"

	"github.com/newsbot-dev/newsbot"
)

// matchExpr builds an FTS5 query from a topic's words. Each word becomes a
// quoted string with embedded quotes doubled, so nothing a user types is
// read as FTS5 syntax (AND, OR, NOT, NEAR, *, ^, :, parentheses). op is
// "AND" or "OR". column, when set, limits the match to one column.
func matchExpr(words []string, op, column string) string {
	parts := make([]string, 0, len(words))
	for _, w := range words {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	expr := strings.Join(parts, " "+op+" ")
	if column != "" {
		return column + " : (" + expr + ")"
	}
	return expr
}

// matchAttempts are the queries to try in turn: every word first, then any
// word, so "russia ceasefire" still finds articles about Russia when no
// article has both.
func matchAttempts(q newsbot.Topic, column string) []string {
	if len(q.Words) == 0 {
		return nil
	}
	attempts := []string{matchExpr(q.Words, "AND", column)}
	if len(q.Words) > 1 {
		attempts = append(attempts, matchExpr(q.Words, "OR", column))
	}
	return attempts
}

// SearchArticles implements newsbot.ArticleStore. Score is the BM25 score
// with the title weighted ten times the body, sign flipped so that higher
// is better; recency is for the caller to weigh, since only it knows "now".
//
// With q.Since set, only articles published since then match (undated ones
// do not).
func (d *DB) SearchArticles(ctx context.Context, q newsbot.Topic, limit int) ([]newsbot.ArticleHit, error) {
	since := unixOrNull(q.Since)
	for _, expr := range matchAttempts(q, "") {
		rows, err := d.db.QueryContext(ctx, `SELECT `+articleColumns+`, -bm25(articles_fts, 10.0, 1.0) AS score
			FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			WHERE articles_fts MATCH ? AND (?2 IS NULL OR a.published_at >= ?2)
			ORDER BY bm25(articles_fts, 10.0, 1.0) LIMIT ?3`, expr, since, limit)
		if err != nil {
			return nil, internal("search articles", err)
		}
		hits, err := scanHits(rows)
		if err != nil {
			return nil, internal("search articles", err)
		}
		if len(hits) > 0 {
			return hits, nil
		}
	}
	return nil, nil
}

func scanHits(rows *sql.Rows) ([]newsbot.ArticleHit, error) {
	defer rows.Close()
	var hits []newsbot.ArticleHit
	for rows.Next() {
		var h newsbot.ArticleHit
		if err := scanArticle(rows, &h.Article, &h.Score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

const quoteColumns = `q.id, q.article_id, q.speaker, q.mention, q.mention_start, q.mention_end, q.cue, q.text, q.kind,
	q.char_start, q.char_end, q.unsure`

func scanQuote(sc interface{ Scan(...any) error }, q *newsbot.Quote, extra ...any) error {
	return sc.Scan(append([]any{&q.ID, &q.ArticleID, &q.Speaker, &q.Mention, &q.MentionSpan.Start, &q.MentionSpan.End,
		&q.Cue, &q.Text, &q.Kind, &q.Content.Start, &q.Content.End, &q.Unsure}, extra...)...)
}

func (d *DB) articleQuotes(ctx context.Context, id newsbot.ArticleID) ([]newsbot.Quote, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+quoteColumns+` FROM quotes q WHERE q.article_id = ? ORDER BY q.char_start`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []newsbot.Quote
	for rows.Next() {
		var q newsbot.Quote
		if err := scanQuote(rows, &q); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// SearchQuotes implements newsbot.ArticleStore. Quotes whose speaker matches
// every word come first ("medvedev" finds what Medvedev said before what
// was said about him), then quotes whose speaker or text matches, all the
// words if any do, else any word. Each group is newest article first, then
// in article order, and holds at most limit quotes. The caller chooses
// between the groups: a speaker's quotes may all be fragments it will not
// show ("Russia agreed that …"), and then what was said about the topic
// answers.
//
// With q.Since set, only quotes from articles published since then match.
//
// An undated article comes after the dated ones: its quotes are listed
// "date unknown", and putting them first by the time they were stored
// would put a statement of unknown age above yesterday's under "Newest
// first".
func (d *DB) SearchQuotes(ctx context.Context, q newsbot.Topic, limit int) ([]newsbot.QuoteHit, error) {
	var out []newsbot.QuoteHit
	seen := map[newsbot.QuoteID]bool{}
	since := unixOrNull(q.Since)
	query := func(expr string, bySpeaker bool) (int, error) {
		rows, err := d.db.QueryContext(ctx, `SELECT `+quoteColumns+`, a.title, a.url, a.outlet, a.published_at,
			a.published_offset FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
			WHERE quotes_fts MATCH ? AND (?2 IS NULL OR a.published_at >= ?2)
			ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC, q.char_start
			LIMIT ?3`, expr, since, limit)
		if err != nil {
			return 0, internal("search quotes", err)
		}
		hits, err := scanQuoteHits(rows)
		if err != nil {
			return 0, internal("search quotes", err)
		}
		for _, h := range hits {
			if !seen[h.ID] {
				seen[h.ID] = true
				h.BySpeaker = bySpeaker
				out = append(out, h)
			}
		}
		return len(hits), nil
	}
	if bySpeaker := matchAttempts(q, "speaker"); len(bySpeaker) > 0 {
		if _, err := query(bySpeaker[0], true); err != nil {
			return nil, err
		}
	}
	for _, expr := range matchAttempts(q, "") {
		n, err := query(expr, false)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			break
		}
	}
	return out, nil
}

func scanQuoteHits(rows *sql.Rows) ([]newsbot.QuoteHit, error) {
	defer rows.Close()
	var hits []newsbot.QuoteHit
	for rows.Next() {
		var h newsbot.QuoteHit
		var published, offset sql.NullInt64
		if err := scanQuote(rows, &h.Quote, &h.ArticleTitle, &h.ArticleURL, &h.Outlet, &published, &offset); err != nil {
			return nil, err
		}
		h.Published = publishedTime(published, offset)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}
