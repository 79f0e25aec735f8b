package newsbot

import "context"

// GuildStore remembers which Discord servers (guilds) the bot has been
// removed from. While the bot is out of a guild its feeds are not polled,
// its digests not posted and its notices not sent (DueFeeds,
// DueSubscriptions, NextDueAt and the pending notices leave it out), but
// nothing of the guild's is deleted: feeds, digests, their settings and
// the articles stay, so when the bot is added back everything resumes from
// its stored state. Feeds of the command line (guild "") belong to no
// guild and are never left. Implementations must be safe for concurrent
// use.
type GuildStore interface {
	// JoinGuild records that the bot is in a guild, and reports whether
	// it had been removed from it (its work resumes now).
	JoinGuild(ctx context.Context, guildID string) (back bool, err error)
	// LeaveGuild records that the bot was removed from a guild, and
	// reports whether it was in it until now.
	LeaveGuild(ctx context.Context, guildID string) (left bool, err error)
	// SyncGuilds records that the bot is in exactly the guilds given, as a
	// new gateway session lists them: the bot may have been removed from
	// others while it was offline. The guilds given are joined; every
	// other guild with stored feeds or digests is left. It returns the
	// guilds newly left.
	SyncGuilds(ctx context.Context, present []string) (left []string, err error)
}
