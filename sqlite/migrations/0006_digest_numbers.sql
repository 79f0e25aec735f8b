-- Digest numbers are what people type ("!digest unsubscribe 5"), so a
-- number must never come back for another digest: someone acting on an
-- older list would remove the wrong one. A plain INTEGER PRIMARY KEY
-- reuses the highest number once it is deleted, so the highest number ever
-- given is kept here and new digests are numbered after it (see
-- AddSubscription). Existing digests keep their numbers; numbers deleted
-- before this migration, above the highest left, cannot be known.
CREATE TABLE digest_numbers (
	one     INTEGER PRIMARY KEY CHECK (one = 1),
	last_id INTEGER NOT NULL
);
INSERT INTO digest_numbers (one, last_id) SELECT 1, coalesce(max(id), 0) FROM digests;

-- Every insert moves the mark, and one that does not name a number past
-- it is refused, so that no other code path can reuse a number.
CREATE TRIGGER digests_number_fresh BEFORE INSERT ON digests
WHEN NEW.id IS NULL OR NEW.id <= (SELECT last_id FROM digest_numbers WHERE one = 1)
BEGIN
	SELECT RAISE(ABORT, 'digest number already used: number new digests after digest_numbers.last_id');
END;
CREATE TRIGGER digests_number_mark AFTER INSERT ON digests
BEGIN
	UPDATE digest_numbers SET last_id = max(last_id, NEW.id) WHERE one = 1;
END;
