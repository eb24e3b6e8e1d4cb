-- The server's twin of data/migrations/014_board_filter.sql. Only the index
-- by id: the index of the search text serves SQLite's scan for one or two
-- characters, and a long search text would exceed the server's limit on
-- an index entry; the server's search comes with its own trigram index.
CREATE INDEX customers_board_sums ON customers (id, phase, value_cents, urgency, archived_at) WHERE archived_at IS NULL;
