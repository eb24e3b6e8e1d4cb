-- The server's twin of data/migrations/017_applied_writes.sql: the id of
-- each write applied, with when (seconds since 1970, the server's clock),
-- so that a retried write is applied once.
CREATE TABLE applied_writes (
    id BYTEA PRIMARY KEY,
    at BIGINT NOT NULL
);
CREATE INDEX applied_writes_at ON applied_writes (at);

-- An hour's revenue is a sum of purchases, each of which fits in 64 bits
-- while their sum may not: SQLite's integer sum turns to floating point
-- there, where the server's would stop the write with an error. The sum is
-- kept exact, beyond 64 bits, instead; what a customer spent in all is
-- refused beyond 64 bits by tend itself, on both engines.
ALTER TABLE activity_hours ALTER COLUMN revenue_cents TYPE NUMERIC;
