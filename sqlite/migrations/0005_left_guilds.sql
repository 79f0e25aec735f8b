-- Discord servers (guilds) the bot was removed from: by a GUILD_DELETE
-- that was not an outage, or by a new gateway session that no longer
-- lists them (removed while the bot was offline). While a guild is here
-- its feeds are not polled and its digests not posted; nothing of its own
-- is deleted, so when the bot is added back (GUILD_CREATE) its row goes
-- and everything resumes from its stored state. Times are Unix seconds.
CREATE TABLE left_guilds (
	guild_id TEXT    PRIMARY KEY CHECK (guild_id <> ''),
	left_at  INTEGER NOT NULL
) WITHOUT ROWID;
