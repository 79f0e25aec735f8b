-- Daily digests scheduled per channel, and what became of each due time.
-- Times are Unix seconds.

-- A subscription's next_due_at decides what is due: it is computed in the
-- subscription's zone and advanced only when a due time has ended, so a
-- restart resumes from it. last_sent_at starts the next digest's window.
CREATE TABLE digests (
	id             INTEGER PRIMARY KEY,
	guild_id       TEXT    NOT NULL,
	channel_id     TEXT    NOT NULL,
	created_by     TEXT    NOT NULL DEFAULT '',
	hour           INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
	minute         INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 59),
	zone           TEXT    NOT NULL,
	topics         TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
	weekdays_only  INTEGER NOT NULL DEFAULT 0,
	quiet          TEXT    NOT NULL DEFAULT 'note' CHECK (quiet IN ('note', 'skip')),
	paused         INTEGER NOT NULL DEFAULT 0,
	pause_reason   TEXT    NOT NULL DEFAULT '' CHECK (pause_reason IN ('', 'channel_gone', 'no_access')),
	notice_pending INTEGER NOT NULL DEFAULT 0,
	next_due_at    INTEGER NOT NULL,
	last_sent_at   INTEGER,
	created_at     INTEGER NOT NULL
);
CREATE INDEX digests_due ON digests (paused, next_due_at);
CREATE INDEX digests_guild ON digests (guild_id);

-- One row per due time that was begun or ended. The row in state
-- 'posting' is written, in a transaction, before anything is posted; its
-- key (the Discord nonces' stem) and content make a retry after a crash
-- post exactly what the first attempt did, or nothing when it had.
CREATE TABLE digest_sends (
	id          INTEGER PRIMARY KEY,
	digest_id   INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
	due_at      INTEGER NOT NULL,
	state       TEXT    NOT NULL CHECK (state IN ('posting', 'sent', 'skipped', 'failed')),
	send_key    TEXT    NOT NULL,
	late_secs   INTEGER NOT NULL DEFAULT 0,
	content     TEXT, -- JSON of the digest; dropped once the send has ended
	attempts    INTEGER NOT NULL DEFAULT 0,
	started_at  INTEGER NOT NULL,
	finished_at INTEGER,
	note        TEXT    NOT NULL DEFAULT '',
	UNIQUE (digest_id, due_at)
);
