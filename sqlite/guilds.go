package sqlite

import (
	"context"
	"slices"

	"github.com/newsbot-dev/newsbot"
)

var _ newsbot.GuildStore = (*DB)(nil)

// feedGuildLeft and digestGuildLeft hold for a feed (alias f) or digest
// (alias d) of a guild the bot was removed from.
const (
	feedGuildLeft   = `EXISTS (SELECT 1 FROM left_guilds l WHERE l.guild_id = f.guild_id)`
	digestGuildLeft = `EXISTS (SELECT 1 FROM left_guilds l WHERE l.guild_id = d.guild_id)`
)

// JoinGuild implements newsbot.GuildStore.
func (d *DB) JoinGuild(ctx context.Context, guildID string) (bool, error) {
	res, err := d.db.ExecContext(ctx, `DELETE FROM left_guilds WHERE guild_id = ?`, guildID)
	if err != nil {
		return false, internal("join guild", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// LeaveGuild implements newsbot.GuildStore.
func (d *DB) LeaveGuild(ctx context.Context, guildID string) (bool, error) {
	if guildID == "" {
		return false, nil // the command line's feeds belong to no guild
	}
	res, err := d.db.ExecContext(ctx, `INSERT INTO left_guilds (guild_id, left_at) VALUES (?, ?)
		ON CONFLICT (guild_id) DO NOTHING`, guildID, d.Now().Unix())
	if err != nil {
		return false, internal("leave guild", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// SyncGuilds implements newsbot.GuildStore, in one transaction.
func (d *DB) SyncGuilds(ctx context.Context, present []string) ([]string, error) {
	const op = "sync guilds"
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal(op, err)
	}
	defer tx.Rollback()
	in := map[string]bool{}
	for _, id := range distinct(present) {
		in[id] = true
		if _, err := tx.ExecContext(ctx, `DELETE FROM left_guilds WHERE guild_id = ?`, id); err != nil {
			return nil, internal(op, err)
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT guild_id FROM feeds WHERE guild_id <> ''
		UNION SELECT guild_id FROM digests WHERE guild_id <> ''
		EXCEPT SELECT guild_id FROM left_guilds`)
	if err != nil {
		return nil, internal(op, err)
	}
	var gone []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, internal(op, err)
		}
		if !in[id] {
			gone = append(gone, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, internal(op, err)
	}
	now := d.Now().Unix()
	for _, id := range gone {
		if _, err := tx.ExecContext(ctx, `INSERT INTO left_guilds (guild_id, left_at) VALUES (?, ?)`, id, now); err != nil {
			return nil, internal(op, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, internal(op, err)
	}
	slices.Sort(gone)
	return gone, nil
}
