package bot

// The servers (guilds) the bot is in, kept in step with Discord for the
// guild store, so that the work done for a server (feed polling, digests)
// stops while the bot is out of it and resumes when it is back.

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
)

// guildTimeout bounds recording one guild event.
const guildTimeout = 10 * time.Second

// syncGuilds records the guilds a new gateway session (READY) lists: the
// bot may have been removed from others while it was offline. It runs at
// every READY; the first one lets Run go on to OnReady.
func (b *Bot) syncGuilds(r *discordgo.Ready) {
	defer b.syncedOnce.Do(func() { close(b.synced) })
	if b.cfg.Guilds == nil || !b.begin() {
		return
	}
	defer b.inflight.Done()
	if r.Shard != nil && r.Shard[1] > 1 {
		// A shard's READY lists only its own guilds.
		b.log.Warn("connected as one of several shards; not checking which guilds the bot was removed from while offline",
			"shard", r.Shard[0], "shards", r.Shard[1])
		return
	}
	ids := make([]string, 0, len(r.Guilds))
	for _, g := range r.Guilds {
		if id, _ := b.readGuild(g); id != "" {
			ids = append(ids, id)
		}
	}
	b.guildMu.Lock()
	defer b.guildMu.Unlock()
	ctx, cancel := context.WithTimeout(b.base, guildTimeout)
	defer cancel()
	left, err := b.cfg.Guilds.SyncGuilds(ctx, ids)
	if err != nil {
		b.log.Error("record the guilds the bot is in", "guilds", len(ids), "err", err)
		return
	}
	for _, id := range left {
		b.log.Info("the bot was removed from a guild while offline; its feeds and digests are paused until it is added back", "guild_id", id)
	}
}

// onGuildCreate records that the bot is in a guild: one it was just added
// to (perhaps back), one listed at READY, or one back after an outage.
func (b *Bot) onGuildCreate(_ *discordgo.Session, g *discordgo.GuildCreate) {
	id, _ := b.readGuild(g.Guild)
	if id == "" || b.cfg.Guilds == nil {
		return // (a method value of a nil store would panic)
	}
	b.recordGuild(id, b.cfg.Guilds.JoinGuild, "record a guild the bot is in", "added back to a guild; its feeds and digests resume")
}

// recordGuild tells the guild store of a change to guild id with record,
// one at a time and within guildTimeout, logging what failed or, when
// record reports a change, what it means.
func (b *Bot) recordGuild(id string, record func(context.Context, string) (bool, error), failed, changed string) {
	if !b.begin() {
		return
	}
	defer b.inflight.Done()
	b.guildMu.Lock()
	defer b.guildMu.Unlock()
	ctx, cancel := context.WithTimeout(b.base, guildTimeout)
	defer cancel()
	ok, err := record(ctx, id)
	switch {
	case err != nil:
		b.log.Error(failed, "guild_id", id, "err", err)
	case ok:
		b.log.Info(changed, "guild_id", id)
	}
}

// onGuildDelete records that the bot was removed from a guild (kicked,
// banned, or the guild deleted). A guild marked unavailable is an outage
// on Discord's side: the bot is still in it and nothing changes.
func (b *Bot) onGuildDelete(_ *discordgo.Session, g *discordgo.GuildDelete) {
	id, unavailable := b.readGuild(g.Guild)
	if id == "" {
		return
	}
	if unavailable {
		b.log.Info("a guild is unavailable (a Discord outage); its feeds and digests carry on", "guild_id", id)
		return
	}
	if b.cfg.Guilds == nil {
		return
	}
	b.recordGuild(id, b.cfg.Guilds.LeaveGuild, "record a guild the bot was removed from", "removed from a guild; its feeds and digests are paused until the bot is added back")
}

// readGuild reads a guild's ID and availability from an event, under the
// state's read lock: discordgo's state keeps the very structs the events
// deliver and updates them as later events arrive.
func (b *Bot) readGuild(g *discordgo.Guild) (id string, unavailable bool) {
	if g == nil {
		return "", false
	}
	st := b.session.State
	st.RLock()
	defer st.RUnlock()
	return g.ID, g.Unavailable
}
