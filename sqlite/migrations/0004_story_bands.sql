-- Band keys of article fingerprints (MinHash banding, see
-- ingest/stories.go): articles that share a key are candidates to be
-- copies of one story, so grouping an article looks its keys up instead
-- of comparing it with every article of its week.
CREATE TABLE story_bands (
	band_key   INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article_id ON story_bands (article_id);

-- Fingerprints stored before this table have no keys, so no later copy
-- would find them. Clearing them puts their articles back in the
-- backfill (Unfingerprinted, run before `newsbot run` and `newsbot poll`
-- poll), which regroups them, oldest first, with keys. story_id is kept:
-- copies stay one story in briefings until then.
UPDATE articles SET fingerprint = NULL WHERE fingerprint IS NOT NULL;
