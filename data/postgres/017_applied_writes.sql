-- The server's twin of data/migrations/017_applied_writes.sql: the id of
-- each write applied, with when (seconds since 1970, the server's clock),
-- so that a retried write is applied once.
CREATE TABLE applied_writes (
    id BYTEA PRIMARY KEY,
    at BIGINT NOT NULL
);
CREATE INDEX applied_writes_at ON applied_writes (at);
