// Package sqlite is the archive's storage: the only package that holds SQL.
// It implements newsbot.ArticleStore on SQLite (github.com/mattn/go-sqlite3)
// with FTS5 indexes kept in step with their tables by triggers.
//
// Build with the tag sqlite_fts5 (go build -tags sqlite_fts5): without it
// the package does not compile.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/sqlite/fts5tag"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an open archive. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string
	// Now is the clock used for created/updated stamps; tests may set it.
	Now func() time.Time
}

var _ newsbot.ArticleStore = (*DB)(nil)

// Open opens (creating when missing) the database at path, with its parent
// directory, and applies pending migrations. Use ":memory:" only for
// throwaway work: each pooled connection would see its own database, so the
// pool is then limited to one connection.
func Open(ctx context.Context, path string) (*DB, error) {
	if !fts5tag.Enabled {
		return nil, errors.New("sqlite: built without FTS5")
	}
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create database directory: %w", err)
		}
	}
	// WAL lets readers proceed while one writer writes; immediate
	// transactions take the write lock up front, so read-then-write
	// transactions never fail with "database is locked" half way.
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	q.Set("_txlock", "immediate")
	q.Set("_foreign_keys", "1")
	q.Set("_synchronous", "NORMAL")
	// The DSN is a URI: a "?", "#" or "%" in the path must be escaped, or
	// SQLite would open another file ("news#1.db" as "news").
	dsn := "file:" + uriEscaper.Replace(path) + "?" + q.Encode()
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1)
	}
	d := &DB{db: db, path: path, Now: time.Now}
	if err := d.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return d, nil
}

// uriEscaper escapes what a path may hold that an SQLite URI filename
// reads as syntax.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// Path is the file the database lives in.
func (d *DB) Path() string { return d.path }

func (d *DB) migrate(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		version, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", base)
		}
		if err := d.apply(ctx, version, base, name); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) apply(ctx context.Context, version int, base, name string) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	script, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(script)); err != nil {
		return fmt.Errorf("migration %s: %w", base, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		version, base, d.Now().Unix()); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion is the highest applied migration.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := d.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// Setting returns the value stored under key, or "" when none is.
func (d *DB) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := d.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting stores value under key.
func (d *DB) SetSetting(ctx context.Context, key, value string) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("write setting %s: %w", key, err)
	}
	return nil
}

// internal wraps a storage failure: users are told something went wrong,
// the log gets the chain.
func internal(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", op, err)
	}
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: op, Err: err,
			Message: "The archive is busy right now. Please try again in a moment."}
	}
	return &newsbot.Error{Code: newsbot.EINTERNAL, Op: op, Err: err}
}

func unixOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func timeFromNull(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0).UTC()
}

// offsetOrNull is the UTC offset a publication time was given with, for
// the published_offset column: NULL for UTC and for unknown times.
func offsetOrNull(t time.Time) any {
	if _, off := t.Zone(); !t.IsZero() && off != 0 {
		return off
	}
	return nil
}

// sameOffset reports whether a stored published_offset is the one t
// would store.
func sameOffset(stored sql.NullInt64, t time.Time) bool {
	off, ok := offsetOrNull(t).(int)
	return stored.Valid == ok && (!ok || stored.Int64 == int64(off))
}

// publishedTime is a stored publication time in the offset its source
// gave (see migration 0007), or UTC.
func publishedTime(at, offset sql.NullInt64) time.Time {
	t := timeFromNull(at)
	if t.IsZero() || !offset.Valid || offset.Int64 == 0 {
		return t
	}
	return t.In(time.FixedZone("", int(offset.Int64)))
}
