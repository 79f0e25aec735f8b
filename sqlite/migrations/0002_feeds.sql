-- Feeds polled into the archive, the feed items already stored, and the
-- grouping of near-duplicate articles into stories. Times are Unix seconds.

-- A feed belongs to a guild ('' for the command line); within a guild its
-- URL and its name (case-insensitively) are unique.
CREATE TABLE feeds (
	id              INTEGER PRIMARY KEY,
	guild_id        TEXT    NOT NULL DEFAULT '',
	channel_id      TEXT    NOT NULL DEFAULT '',
	added_by        TEXT    NOT NULL DEFAULT '',
	url             TEXT    NOT NULL,
	name            TEXT    NOT NULL,
	title           TEXT    NOT NULL DEFAULT '',
	paused          INTEGER NOT NULL DEFAULT 0,
	pause_reason    TEXT    NOT NULL DEFAULT '' CHECK (pause_reason IN ('', 'admin', 'failures')),
	-- next_check_at decides what is due: a restart resumes from it.
	next_check_at   INTEGER NOT NULL,
	last_check_at   INTEGER,
	last_success_at INTEGER,
	last_error      TEXT    NOT NULL DEFAULT '',
	failures        INTEGER NOT NULL DEFAULT 0,
	etag            TEXT    NOT NULL DEFAULT '',
	last_modified   TEXT    NOT NULL DEFAULT '',
	-- notice_pending: the guild must still be told (e.g. the feed was
	-- paused after repeated failures); cleared once the notice is sent.
	notice_pending  INTEGER NOT NULL DEFAULT 0,
	created_at      INTEGER NOT NULL,
	UNIQUE (guild_id, url),
	UNIQUE (guild_id, name COLLATE NOCASE)
);
CREATE INDEX feeds_due ON feeds (paused, next_check_at);

-- Items already stored, by feed URL and GUID, so that polls neither
-- refetch nor duplicate them. Keyed by URL, not feed, so that the same
-- feed followed in two guilds is fetched item by item only once.
CREATE TABLE feed_items (
	feed_url        TEXT    NOT NULL,
	guid            TEXT    NOT NULL,
	article_id      INTEGER REFERENCES articles (id) ON DELETE SET NULL,
	item_updated_at INTEGER,
	seen_at         INTEGER NOT NULL,
	PRIMARY KEY (feed_url, guid)
) WITHOUT ROWID;
CREATE INDEX feed_items_article_id ON feed_items (article_id);

-- Stories: near-duplicate articles (a wire report printed by several
-- outlets) share story_id, the ID of the first copy stored. NULL means
-- not yet fingerprinted: the article is a story of its own.
ALTER TABLE articles ADD COLUMN story_id INTEGER;
ALTER TABLE articles ADD COLUMN fingerprint BLOB;
CREATE INDEX articles_story_id ON articles (story_id);
