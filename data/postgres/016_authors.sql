-- The server's twin of data/migrations/016_authors.sql: who made each
-- contact, purchase and move ('' for unknown).
ALTER TABLE contacts ADD COLUMN who TEXT NOT NULL DEFAULT '';
ALTER TABLE purchases ADD COLUMN who TEXT NOT NULL DEFAULT '';
ALTER TABLE phase_changes ADD COLUMN who TEXT NOT NULL DEFAULT '';
