-- The UTC offset, in seconds east of UTC, that the source gave with an
-- article's publication time ("2026-12-01T21:30:00-05:00" stores -18000),
-- so that the article is dated as its outlet dated it: stored as UTC
-- alone, an evening story from New York showed the next day's date. NULL
-- when the source gave no offset or the article was stored before this
-- column: those are shown in UTC, as before. published_at stays the
-- instant, so ordering and time windows are unchanged.
ALTER TABLE articles ADD COLUMN published_offset INTEGER;
