package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/newsbot-dev/newsbot"
)

var _ newsbot.FeedStore = (*DB)(nil)

const feedColumns = `f.id, f.guild_id, f.channel_id, f.added_by, f.url, f.name, f.title, f.created_at,
	f.paused, f.pause_reason, f.next_check_at, f.last_check_at, f.last_success_at, f.last_error, f.failures,
	f.etag, f.last_modified, f.notice_pending, ` + feedGuildLeft

// feedArticles counts the stored articles that came through a feed's URL.
const feedArticles = `(SELECT count(DISTINCT i.article_id) FROM feed_items i
	WHERE i.feed_url = f.url AND i.article_id IS NOT NULL)`

func scanFeed(sc interface{ Scan(...any) error }, f *newsbot.Feed, extra ...any) error {
	var created, next int64
	var lastCheck, lastSuccess sql.NullInt64
	dest := append([]any{&f.ID, &f.GuildID, &f.ChannelID, &f.AddedBy, &f.URL, &f.Name, &f.Title, &created,
		&f.Paused, &f.PauseReason, &next, &lastCheck, &lastSuccess, &f.LastError, &f.Failures,
		&f.ETag, &f.LastModified, &f.NoticePending, &f.GuildLeft}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	f.Created = time.Unix(created, 0).UTC()
	f.NextCheck = time.Unix(next, 0).UTC()
	f.LastCheck = timeFromNull(lastCheck)
	f.LastSuccess = timeFromNull(lastSuccess)
	return nil
}

// AddFeed implements newsbot.FeedStore.
func (d *DB) AddFeed(ctx context.Context, f *newsbot.Feed) error {
	if f.URL == "" || strings.TrimSpace(f.Name) == "" {
		return newsbot.Errorf(newsbot.EINVALID, "A feed needs an address and a name.")
	}
	now := d.Now().UTC()
	if f.NextCheck.IsZero() {
		f.NextCheck = now
	}
	res, err := d.db.ExecContext(ctx, `INSERT INTO feeds (guild_id, channel_id, added_by, url, name, title, paused,
		pause_reason, next_check_at, last_check_at, last_success_at, last_error, failures, etag, last_modified, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		f.GuildID, f.ChannelID, f.AddedBy, f.URL, f.Name, f.Title, f.Paused, f.PauseReason, f.NextCheck.Unix(),
		unixOrNull(f.LastCheck), unixOrNull(f.LastSuccess), f.LastError, f.Failures, f.ETag, f.LastModified, now.Unix())
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		if strings.Contains(se.Error(), "feeds.url") {
			return &newsbot.Error{Code: newsbot.ECONFLICT, Op: "add feed", Err: err, Message: feedOwner(f.GuildID) + " already follows that feed."}
		}
		return &newsbot.Error{Code: newsbot.ECONFLICT, Op: "add feed", Err: err,
			Message: feedOwner(f.GuildID) + " already has a feed named “" + f.Name + "”; choose another name."}
	}
	if err != nil {
		return internal("add feed", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return internal("add feed", err)
	}
	f.ID, f.Created = newsbot.FeedID(id), time.Unix(now.Unix(), 0).UTC()
	return nil
}

func (d *DB) listFeeds(ctx context.Context, op, where string, args ...any) ([]newsbot.Feed, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+feedColumns+`, `+feedArticles+` FROM feeds f `+where, args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	var out []newsbot.Feed
	for rows.Next() {
		var f newsbot.Feed
		if err := scanFeed(rows, &f, &f.Articles); err != nil {
			return nil, internal(op, err)
		}
		out = append(out, f)
	}
	return out, internal(op, rows.Err())
}

// Feeds implements newsbot.FeedStore.
func (d *DB) Feeds(ctx context.Context, guildID string) ([]newsbot.Feed, error) {
	return d.listFeeds(ctx, "list feeds", `WHERE f.guild_id = ? ORDER BY f.name COLLATE NOCASE, f.id`, guildID)
}

// AllFeeds implements newsbot.FeedStore.
func (d *DB) AllFeeds(ctx context.Context) ([]newsbot.Feed, error) {
	return d.listFeeds(ctx, "list feeds", `ORDER BY f.guild_id, f.name COLLATE NOCASE, f.id`)
}

// feedOwner names, for a message, whose feeds a guild ID keys: a chat
// server's, or ("") those added on the command line, where there is no
// server to speak of.
func feedOwner(guildID string) string {
	if guildID == "" {
		return "The command line"
	}
	return "This server"
}

// FindFeed implements newsbot.FeedStore.
func (d *DB) FindFeed(ctx context.Context, guildID, nameOrURL string) (newsbot.Feed, error) {
	ref := strings.TrimSpace(nameOrURL)
	found, err := d.listFeeds(ctx, "find feed", `WHERE f.guild_id = ? AND (f.name = ? COLLATE NOCASE OR f.url = ?)
		ORDER BY f.name = ? COLLATE NOCASE DESC LIMIT 1`, guildID, ref, ref, ref)
	if err != nil {
		return newsbot.Feed{}, err
	}
	if len(found) == 0 {
		return newsbot.Feed{}, newsbot.Errorf(newsbot.ENOTFOUND, "%s follows no feed called “%s”.", feedOwner(guildID), ref)
	}
	return found[0], nil
}

// feedByID loads one feed, for tests and callers that hold an ID.
func (d *DB) feedByID(ctx context.Context, id newsbot.FeedID) (newsbot.Feed, error) {
	found, err := d.listFeeds(ctx, "load feed", `WHERE f.id = ?`, id)
	if err != nil {
		return newsbot.Feed{}, err
	}
	if len(found) == 0 {
		return newsbot.Feed{}, newsbot.Errorf(newsbot.ENOTFOUND, "That feed is no longer followed.")
	}
	return found[0], nil
}

// RemoveFeed implements newsbot.FeedStore.
func (d *DB) RemoveFeed(ctx context.Context, id newsbot.FeedID) error {
	res, err := d.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	if err != nil {
		return internal("remove feed", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "That feed is no longer followed.")
	}
	return nil
}

// SetFeedPaused implements newsbot.FeedStore.
func (d *DB) SetFeedPaused(ctx context.Context, id newsbot.FeedID, paused bool, reason string, next time.Time) error {
	var res sql.Result
	var err error
	if paused {
		res, err = d.db.ExecContext(ctx, `UPDATE feeds SET paused = 1, pause_reason = ? WHERE id = ?`, reason, id)
	} else {
		res, err = d.db.ExecContext(ctx, `UPDATE feeds SET paused = 0, pause_reason = '', failures = 0,
			notice_pending = 0, next_check_at = ? WHERE id = ?`, next.Unix(), id)
	}
	if err != nil {
		return internal("pause feed", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "That feed is no longer followed.")
	}
	return nil
}

// DueFeeds implements newsbot.FeedStore.
func (d *DB) DueFeeds(ctx context.Context, now time.Time, limit int) ([]newsbot.Feed, error) {
	return d.listFeeds(ctx, "list due feeds", `WHERE f.paused = 0 AND f.next_check_at <= ? AND NOT `+feedGuildLeft+`
		ORDER BY f.next_check_at, f.id LIMIT ?`, now.Unix(), limit)
}

// SaveFeedState implements newsbot.FeedStore. The pause columns change
// only to pause for failures, and only a feed not paused meanwhile: an
// admin's pause or resume during a poll stands.
func (d *DB) SaveFeedState(ctx context.Context, f newsbot.Feed) error {
	pause := f.Paused && f.PauseReason == newsbot.PauseByFailures
	_, err := d.db.ExecContext(ctx, `UPDATE feeds SET title = ?, next_check_at = ?, last_check_at = ?,
		last_success_at = ?, last_error = ?, failures = ?, etag = ?, last_modified = ?,
		notice_pending = CASE WHEN ? AND paused = 0 THEN 1 ELSE notice_pending END,
		pause_reason = CASE WHEN ? AND paused = 0 THEN 'failures' ELSE pause_reason END,
		paused = CASE WHEN ? THEN 1 ELSE paused END
		WHERE id = ?`,
		f.Title, f.NextCheck.Unix(), unixOrNull(f.LastCheck), unixOrNull(f.LastSuccess), f.LastError, f.Failures,
		f.ETag, f.LastModified, pause && f.NoticePending, pause, pause, f.ID)
	return internal("save feed state", err)
}

// MoveFeed implements newsbot.FeedStore. The feed's items are copied to
// the new URL rather than moved: another guild may still follow the old
// address (until its own next check finds the move).
func (d *DB) MoveFeed(ctx context.Context, id newsbot.FeedID, newURL string) error {
	const op = "move feed"
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal(op, err)
	}
	defer tx.Rollback()
	var guild, oldURL string
	err = tx.QueryRowContext(ctx, `SELECT guild_id, url FROM feeds WHERE id = ?`, id).Scan(&guild, &oldURL)
	if errors.Is(err, sql.ErrNoRows) {
		return newsbot.Errorf(newsbot.ENOTFOUND, "That feed is no longer followed.")
	}
	if err != nil {
		return internal(op, err)
	}
	if oldURL == newURL {
		return nil
	}
	var other string
	err = tx.QueryRowContext(ctx, `SELECT name FROM feeds WHERE guild_id = ? AND url = ?`, guild, newURL).Scan(&other)
	switch {
	case err == nil:
		return &newsbot.Error{Code: newsbot.ECONFLICT, Op: op,
			Message: feedOwner(guild) + " already follows " + newURL + ", as “" + other + "”."}
	case !errors.Is(err, sql.ErrNoRows):
		return internal(op, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE feeds SET url = ? WHERE id = ?`, newURL, id); err != nil {
		return internal(op, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO feed_items (feed_url, guid, article_id, item_updated_at, seen_at)
		SELECT ?, guid, article_id, item_updated_at, seen_at FROM feed_items WHERE feed_url = ?`, newURL, oldURL); err != nil {
		return internal(op, err)
	}
	return internal(op, tx.Commit())
}

// PendingNotices implements newsbot.FeedStore.
func (d *DB) PendingNotices(ctx context.Context) ([]newsbot.Feed, error) {
	return d.listFeeds(ctx, "list feed notices", `WHERE f.notice_pending = 1 AND NOT `+feedGuildLeft+` ORDER BY f.id`)
}

// ClearNotice implements newsbot.FeedStore.
func (d *DB) ClearNotice(ctx context.Context, id newsbot.FeedID) error {
	_, err := d.db.ExecContext(ctx, `UPDATE feeds SET notice_pending = 0 WHERE id = ?`, id)
	return internal("clear feed notice", err)
}

// SeenFeedItems implements newsbot.FeedStore.
func (d *DB) SeenFeedItems(ctx context.Context, feedURL string, guids []string) (map[string]time.Time, error) {
	seen := make(map[string]time.Time, len(guids))
	guids = distinct(guids)
	for len(guids) > 0 {
		chunk := guids[:min(len(guids), 500)]
		guids = guids[len(chunk):]
		args := []any{feedURL}
		for _, g := range chunk {
			args = append(args, g)
		}
		rows, err := d.db.QueryContext(ctx, `SELECT guid, item_updated_at FROM feed_items
			WHERE feed_url = ? AND guid IN (?`+strings.Repeat(", ?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, internal("read feed items", err)
		}
		for rows.Next() {
			var g string
			var updated sql.NullInt64
			if err := rows.Scan(&g, &updated); err != nil {
				rows.Close()
				return nil, internal("read feed items", err)
			}
			seen[g] = timeFromNull(updated)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, internal("read feed items", err)
		}
	}
	return seen, nil
}

// RecordFeedItem implements newsbot.FeedStore.
func (d *DB) RecordFeedItem(ctx context.Context, feedURL, guid string, updated time.Time, article newsbot.ArticleID) error {
	var id any
	if article != 0 {
		id = article
	}
	_, err := d.db.ExecContext(ctx, `INSERT INTO feed_items (feed_url, guid, article_id, item_updated_at, seen_at)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (feed_url, guid) DO UPDATE SET article_id = coalesce(excluded.article_id, article_id),
			item_updated_at = excluded.item_updated_at, seen_at = excluded.seen_at`,
		feedURL, guid, id, unixOrNull(updated), d.Now().Unix())
	return internal("record feed item", err)
}
