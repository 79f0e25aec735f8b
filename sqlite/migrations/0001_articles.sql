-- Articles, their precomputed sentences and quotes, and the full-text
-- indexes over them. Times are Unix seconds, UTC; NULL when unknown.

CREATE TABLE articles (
	id               INTEGER PRIMARY KEY,
	url              TEXT    NOT NULL UNIQUE,
	guid             TEXT    NOT NULL DEFAULT '',
	title            TEXT    NOT NULL,
	outlet           TEXT    NOT NULL DEFAULT '',
	byline           TEXT    NOT NULL DEFAULT '',
	published_at     INTEGER,
	fetched_at       INTEGER NOT NULL,
	body             TEXT    NOT NULL,
	content_hash     TEXT    NOT NULL,
	-- analysis_version is the version of the sentence and quote analysis
	-- stored for this article, so an upgrade can find what to re-analyse.
	analysis_version INTEGER NOT NULL DEFAULT 0,
	created_at       INTEGER NOT NULL,
	updated_at       INTEGER NOT NULL
);
CREATE INDEX articles_published_at ON articles (published_at);

CREATE TABLE sentences (
	article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	paragraph   INTEGER NOT NULL,
	char_start  INTEGER NOT NULL,
	char_end    INTEGER NOT NULL,
	text        TEXT    NOT NULL,
	terms       TEXT    NOT NULL, -- stemmed content words, space separated
	boilerplate INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Document frequency of each stemmed term over the archive, kept in the
-- same transaction as the sentences it counts.
CREATE TABLE term_df (
	term TEXT PRIMARY KEY,
	df   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	speaker       TEXT    NOT NULL, -- full name as first introduced
	mention       TEXT    NOT NULL, -- as written at this attribution
	mention_start INTEGER NOT NULL,
	mention_end   INTEGER NOT NULL,
	cue           TEXT    NOT NULL,
	text          TEXT    NOT NULL,
	kind          TEXT    NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
	char_start    INTEGER NOT NULL, -- content offsets in code points
	char_end      INTEGER NOT NULL,
	unsure        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article_id ON quotes (article_id);

-- External-content FTS5 tables: triggers keep them in step with their
-- tables in the same transaction, so the index cannot drift.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body,
	content = 'articles', content_rowid = 'id',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
	speaker, text,
	content = 'quotes', content_rowid = 'id',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts (rowid, speaker, text) VALUES (new.id, new.speaker, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, speaker, text) VALUES ('delete', old.id, old.speaker, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF speaker, text ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, speaker, text) VALUES ('delete', old.id, old.speaker, old.text);
	INSERT INTO quotes_fts (rowid, speaker, text) VALUES (new.id, new.speaker, new.text);
END;

-- Small key/value state (e.g. whether the bundled sample was loaded).
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
