-- The writes a server book has applied, by the id each write carries
-- across its retries: a write whose commit the server made but whose
-- answer was lost is found here when it is tried again, and not applied a
-- second time. A file's commit is answered in the process that made it,
-- so a file book keeps the table empty; it is here so that both engines
-- share one schema. Ids older than a day are pruned.
CREATE TABLE applied_writes (
    id BLOB PRIMARY KEY,
    at INTEGER NOT NULL
);
CREATE INDEX applied_writes_at ON applied_writes (at);

-- The server's step also keeps an hour's revenue in activity_hours exact
-- beyond 64 bits, where SQLite's integer sum turns to floating point: a
-- file needs no change for it.
