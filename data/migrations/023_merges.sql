-- Merges of two records of one person, kept so that a merge can be taken
-- back exactly: the record of the customer merged away (its row, tags and
-- triage state, as they were) and the ids of the rows that moved to the
-- customer kept. A merge goes with the customer kept when it is forgotten,
-- and with it what it kept of the other; an undone merge is removed.
CREATE TABLE merges (
    id       INTEGER PRIMARY KEY,
    keep_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL,
    at       INTEGER NOT NULL,
    who      TEXT NOT NULL,
    record   TEXT NOT NULL
);
CREATE INDEX merges_by_keep ON merges (keep_id, id);
