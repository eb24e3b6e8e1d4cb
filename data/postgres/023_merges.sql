-- The server's twin of data/migrations/023_merges.sql: the merges kept
-- for their undo.
CREATE TABLE merges (
    id       BIGINT PRIMARY KEY,
    keep_id  BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    other_id BIGINT NOT NULL,
    at       BIGINT NOT NULL,
    who      TEXT NOT NULL,
    record   TEXT NOT NULL
);
CREATE INDEX merges_by_keep ON merges (keep_id, id);
CREATE TRIGGER merges_next_id BEFORE INSERT ON merges FOR EACH ROW EXECUTE FUNCTION tend_next_id();
