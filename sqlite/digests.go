package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/newsbot-dev/newsbot"
)

var _ newsbot.DigestStore = (*DB)(nil)

// maxDigestsPerGuild keeps one server from filling the schedule.
const maxDigestsPerGuild = 25

const digestColumns = `d.id, d.guild_id, d.channel_id, d.created_by, d.hour, d.minute, d.zone, d.topics,
	d.weekdays_only, d.quiet, d.paused, d.pause_reason, d.notice_pending, d.next_due_at, d.last_sent_at, d.created_at,
	` + digestGuildLeft

func scanSubscription(sc interface{ Scan(...any) error }, s *newsbot.Subscription) error {
	var topics string
	var next, created int64
	var lastSent sql.NullInt64
	if err := sc.Scan(&s.ID, &s.GuildID, &s.ChannelID, &s.CreatedBy, &s.Hour, &s.Minute, &s.Zone, &topics,
		&s.WeekdaysOnly, &s.Quiet, &s.Paused, &s.PauseReason, &s.NoticePending, &next, &lastSent, &created, &s.GuildLeft); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(topics), &s.Topics); err != nil {
		return fmt.Errorf("digest %d topics: %w", s.ID, err)
	}
	s.NextDue = time.Unix(next, 0).UTC()
	s.LastSent = timeFromNull(lastSent)
	s.Created = time.Unix(created, 0).UTC()
	return nil
}

// AddSubscription implements newsbot.DigestStore. A channel cannot have two
// digests at the same time of day with the same topics, whatever their
// case or order (ECONFLICT), nor a guild more than 25. The digest is
// numbered after the highest number ever given (digest_numbers), so a
// number, once removed, never comes back for another digest.
func (d *DB) AddSubscription(ctx context.Context, s *newsbot.Subscription) error {
	if s.GuildID == "" || s.ChannelID == "" || s.Zone == "" || s.NextDue.IsZero() {
		return newsbot.Errorf(newsbot.EINVALID, "A digest needs a server channel, a time zone and a due time.")
	}
	if s.Quiet == "" {
		s.Quiet = newsbot.QuietNote
	}
	topics := s.Topics
	if topics == nil {
		topics = []string{}
	}
	enc, err := json.Marshal(topics)
	if err != nil {
		return internal("add digest", err)
	}
	now := d.Now().UTC()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal("add digest", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+digestColumns+` FROM digests d WHERE d.guild_id = ?`, s.GuildID)
	if err != nil {
		return internal("add digest", err)
	}
	n := 0
	var same *newsbot.Subscription
	for rows.Next() {
		var old newsbot.Subscription
		if err := scanSubscription(rows, &old); err != nil {
			rows.Close()
			return internal("add digest", err)
		}
		n++
		if same == nil && old.SameDigest(*s) {
			same = &old
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return internal("add digest", err)
	}
	if same != nil {
		return newsbot.Errorf(newsbot.ECONFLICT, "This channel already gets that digest at %s %s (#%d).", s.Clock(), s.Zone, same.ID)
	}
	if n >= maxDigestsPerGuild {
		return newsbot.Errorf(newsbot.ECONFLICT, "This server already has %d digests, the most it may have; unsubscribe one first.", n)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT max(n.last_id, coalesce((SELECT max(id) FROM digests), 0)) + 1
		FROM digest_numbers n WHERE n.one = 1`).Scan(&id); err != nil {
		return internal("add digest", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO digests (id, guild_id, channel_id, created_by, hour, minute, zone, topics,
		weekdays_only, quiet, next_due_at, last_sent_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, s.GuildID, s.ChannelID, s.CreatedBy, s.Hour, s.Minute, s.Zone, string(enc), s.WeekdaysOnly, s.Quiet,
		s.NextDue.Unix(), unixOrNull(s.LastSent), now.Unix())
	if err != nil {
		return internal("add digest", err)
	}
	if err := tx.Commit(); err != nil {
		return internal("add digest", err)
	}
	s.ID, s.Created = newsbot.SubscriptionID(id), time.Unix(now.Unix(), 0).UTC()
	return nil
}

// SetSubscriptionOptions implements newsbot.DigestStore.
func (d *DB) SetSubscriptionOptions(ctx context.Context, guildID string, id newsbot.SubscriptionID, weekdaysOnly bool, quiet string,
	next time.Time) (newsbot.Subscription, error) {
	const op = "change digest options"
	if quiet != newsbot.QuietNote && quiet != newsbot.QuietSkip {
		return newsbot.Subscription{}, &newsbot.Error{Code: newsbot.EINTERNAL, Op: op, Err: fmt.Errorf("quiet %q", quiet)}
	}
	res, err := d.db.ExecContext(ctx, `UPDATE digests SET weekdays_only = ?, quiet = ?, next_due_at = ? WHERE id = ? AND guild_id = ?`,
		weekdaysOnly, quiet, next.Unix(), id, guildID)
	if err != nil {
		return newsbot.Subscription{}, internal(op, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Subscription{}, notFound(id)
	}
	found, err := d.listSubscriptions(ctx, op, `WHERE d.id = ?`, id)
	if err != nil || len(found) == 0 {
		return newsbot.Subscription{}, errors.Join(err, notFound(id))
	}
	return found[0], nil
}

func (d *DB) listSubscriptions(ctx context.Context, op, where string, args ...any) ([]newsbot.Subscription, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+digestColumns+` FROM digests d `+where, args...)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	var out []newsbot.Subscription
	for rows.Next() {
		var s newsbot.Subscription
		if err := scanSubscription(rows, &s); err != nil {
			return nil, internal(op, err)
		}
		out = append(out, s)
	}
	return out, internal(op, rows.Err())
}

// Subscriptions implements newsbot.DigestStore.
func (d *DB) Subscriptions(ctx context.Context, guildID string) ([]newsbot.Subscription, error) {
	if guildID == "" {
		return d.listSubscriptions(ctx, "list digests", `ORDER BY d.guild_id, d.id`)
	}
	return d.listSubscriptions(ctx, "list digests", `WHERE d.guild_id = ? ORDER BY d.id`, guildID)
}

func notFound(id newsbot.SubscriptionID) error {
	return newsbot.Errorf(newsbot.ENOTFOUND, "This server has no digest #%d.", id)
}

// RemoveSubscription implements newsbot.DigestStore.
func (d *DB) RemoveSubscription(ctx context.Context, guildID string, id newsbot.SubscriptionID) error {
	res, err := d.db.ExecContext(ctx, `DELETE FROM digests WHERE id = ? AND guild_id = ?`, id, guildID)
	if err != nil {
		return internal("remove digest", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return notFound(id)
	}
	return nil
}

// ResumeSubscription implements newsbot.DigestStore.
func (d *DB) ResumeSubscription(ctx context.Context, guildID string, id newsbot.SubscriptionID, next time.Time) (newsbot.Subscription, error) {
	res, err := d.db.ExecContext(ctx, `UPDATE digests SET paused = 0, pause_reason = '', notice_pending = 0, next_due_at = ?
		WHERE id = ? AND guild_id = ?`, next.Unix(), id, guildID)
	if err != nil {
		return newsbot.Subscription{}, internal("resume digest", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Subscription{}, notFound(id)
	}
	found, err := d.listSubscriptions(ctx, "resume digest", `WHERE d.id = ?`, id)
	if err != nil || len(found) == 0 {
		return newsbot.Subscription{}, errors.Join(err, notFound(id))
	}
	return found[0], nil
}

// DueSubscriptions implements newsbot.DigestStore.
func (d *DB) DueSubscriptions(ctx context.Context, now time.Time, limit int) ([]newsbot.Subscription, error) {
	return d.listSubscriptions(ctx, "due digests", `WHERE d.paused = 0 AND d.next_due_at <= ? AND NOT `+digestGuildLeft+`
		ORDER BY d.next_due_at, d.id LIMIT ?`, now.Unix(), limit)
}

// NextDueAt implements newsbot.DigestStore.
func (d *DB) NextDueAt(ctx context.Context) (time.Time, error) {
	var next sql.NullInt64
	if err := d.db.QueryRowContext(ctx, `SELECT min(d.next_due_at) FROM digests d WHERE d.paused = 0 AND NOT `+digestGuildLeft).Scan(&next); err != nil {
		return time.Time{}, internal("next due digest", err)
	}
	return timeFromNull(next), nil
}

// BeginSend implements newsbot.DigestStore.
func (d *DB) BeginSend(ctx context.Context, s *newsbot.DigestSend) (resumed bool, err error) {
	const op = "begin digest send"
	content, err := json.Marshal(s.Digest)
	if err != nil {
		return false, internal(op, err)
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return false, internal(op, err)
	}
	defer tx.Rollback()
	var paused, left bool
	var next int64
	err = tx.QueryRowContext(ctx, `SELECT d.paused, d.next_due_at, `+digestGuildLeft+` FROM digests d WHERE d.id = ?`,
		s.Subscription).Scan(&paused, &next, &left)
	if errors.Is(err, sql.ErrNoRows) {
		return false, &newsbot.Error{Code: newsbot.ECONFLICT, Op: op, Message: fmt.Sprintf("Digest #%d was removed.", s.Subscription)}
	}
	if err != nil {
		return false, internal(op, err)
	}
	if left {
		return false, &newsbot.Error{Code: newsbot.ECONFLICT, Op: op,
			Message: fmt.Sprintf("Digest #%d belongs to a server the bot is no longer in.", s.Subscription)}
	}
	if paused || next != s.Due.Unix() {
		return false, &newsbot.Error{Code: newsbot.ECONFLICT, Op: op,
			Message: fmt.Sprintf("Digest #%d is paused or no longer due at %s.", s.Subscription, s.Due.UTC().Format(time.RFC3339))}
	}
	var (
		id            int64
		state, key    string
		late, started int64
		attempts      int
		stored        sql.NullString
	)
	err = tx.QueryRowContext(ctx, `SELECT id, state, send_key, late_secs, content, attempts, started_at
		FROM digest_sends WHERE digest_id = ? AND due_at = ?`, s.Subscription, s.Due.Unix()).
		Scan(&id, &state, &key, &late, &stored, &attempts, &started)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if s.Started.IsZero() {
			s.Started = d.Now()
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO digest_sends (digest_id, due_at, state, send_key, late_secs, content, attempts, started_at)
			VALUES (?, ?, 'posting', ?, ?, ?, 1, ?)`, s.Subscription, s.Due.Unix(), s.Key, int64(s.Late/time.Second), string(content), s.Started.Unix())
		if err != nil {
			return false, internal(op, err)
		}
		if s.ID, err = res.LastInsertId(); err != nil {
			return false, internal(op, err)
		}
		s.State, s.Attempts = newsbot.SendPosting, 1
		s.Late = s.Late.Truncate(time.Second)
		s.Started = time.Unix(s.Started.Unix(), 0).UTC()
		return false, internal(op, tx.Commit())
	case err != nil:
		return false, internal(op, err)
	case state != string(newsbot.SendPosting):
		return false, &newsbot.Error{Code: newsbot.ECONFLICT, Op: op,
			Message: fmt.Sprintf("Digest #%d's due time %s already ended (%s).", s.Subscription, s.Due.UTC().Format(time.RFC3339), state)}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE digest_sends SET attempts = attempts + 1 WHERE id = ?`, id); err != nil {
		return false, internal(op, err)
	}
	var dg newsbot.Digest
	if stored.Valid {
		if err := json.Unmarshal([]byte(stored.String), &dg); err != nil {
			return false, internal(op, fmt.Errorf("digest send %d content: %w", id, err))
		}
	}
	s.ID, s.State, s.Key, s.Late, s.Digest = id, newsbot.SendPosting, key, time.Duration(late)*time.Second, dg
	s.Attempts, s.Started = attempts+1, time.Unix(started, 0).UTC()
	return true, internal(op, tx.Commit())
}

// EndSend implements newsbot.DigestStore.
func (d *DB) EndSend(ctx context.Context, s newsbot.DigestSend, next time.Time) error {
	const op = "end digest send"
	if s.State == newsbot.SendPosting || s.State == "" {
		return &newsbot.Error{Code: newsbot.EINTERNAL, Op: op, Err: fmt.Errorf("end state %q", s.State)}
	}
	if s.Finished.IsZero() {
		s.Finished = d.Now()
	}
	if s.Started.IsZero() {
		s.Started = s.Finished
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return internal(op, err)
	}
	defer tx.Rollback()
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM digests WHERE id = ?`, s.Subscription).Scan(&exists); err != nil {
		return internal(op, err)
	}
	if exists == 0 {
		return nil // unsubscribed meanwhile: nothing left to record
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO digest_sends (digest_id, due_at, state, send_key, late_secs, attempts, started_at, finished_at, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (digest_id, due_at) DO UPDATE SET state = excluded.state, finished_at = excluded.finished_at,
			note = excluded.note, content = NULL`,
		s.Subscription, s.Due.Unix(), string(s.State), s.Key, int64(s.Late/time.Second), s.Attempts, s.Started.Unix(), s.Finished.Unix(), s.Note)
	if err != nil {
		return internal(op, err)
	}
	if s.State == newsbot.SendSent {
		sent := s.Digest.Until
		if sent.IsZero() {
			sent = s.Finished
		}
		_, err = tx.ExecContext(ctx, `UPDATE digests SET next_due_at = ?, last_sent_at = ? WHERE id = ?`, next.Unix(), sent.Unix(), s.Subscription)
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE digests SET next_due_at = ? WHERE id = ?`, next.Unix(), s.Subscription)
	}
	if err != nil {
		return internal(op, err)
	}
	return internal(op, tx.Commit())
}

// PauseSubscription implements newsbot.DigestStore.
func (d *DB) PauseSubscription(ctx context.Context, id newsbot.SubscriptionID, reason string) error {
	res, err := d.db.ExecContext(ctx, `UPDATE digests SET paused = 1, pause_reason = ?, notice_pending = 1 WHERE id = ?`, reason, id)
	if err != nil {
		return internal("pause digest", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return newsbot.Errorf(newsbot.ENOTFOUND, "There is no digest #%d.", id)
	}
	return nil
}

// PendingDigestNotices implements newsbot.DigestStore.
func (d *DB) PendingDigestNotices(ctx context.Context) ([]newsbot.Subscription, error) {
	return d.listSubscriptions(ctx, "pending digest notices", `WHERE d.notice_pending = 1 AND NOT `+digestGuildLeft+` ORDER BY d.id`)
}

// ClearDigestNotice implements newsbot.DigestStore.
func (d *DB) ClearDigestNotice(ctx context.Context, id newsbot.SubscriptionID) error {
	_, err := d.db.ExecContext(ctx, `UPDATE digests SET notice_pending = 0 WHERE id = ?`, id)
	return internal("clear digest notice", err)
}

// DigestSends implements newsbot.DigestStore. Contents are not loaded.
func (d *DB) DigestSends(ctx context.Context, id newsbot.SubscriptionID, limit int) ([]newsbot.DigestSend, error) {
	const op = "list digest sends"
	rows, err := d.db.QueryContext(ctx, `SELECT id, digest_id, due_at, state, send_key, late_secs, attempts, started_at, finished_at, note
		FROM digest_sends WHERE digest_id = ? ORDER BY due_at DESC LIMIT ?`, id, limit)
	if err != nil {
		return nil, internal(op, err)
	}
	defer rows.Close()
	var out []newsbot.DigestSend
	for rows.Next() {
		var s newsbot.DigestSend
		var due, late, started int64
		var finished sql.NullInt64
		var state string
		if err := rows.Scan(&s.ID, &s.Subscription, &due, &state, &s.Key, &late, &s.Attempts, &started, &finished, &s.Note); err != nil {
			return nil, internal(op, err)
		}
		s.Due, s.State, s.Late = time.Unix(due, 0).UTC(), newsbot.SendState(state), time.Duration(late)*time.Second
		s.Started, s.Finished = time.Unix(started, 0).UTC(), timeFromNull(finished)
		out = append(out, s)
	}
	return out, internal(op, rows.Err())
}
