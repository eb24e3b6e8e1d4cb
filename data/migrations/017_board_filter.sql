-- The board's / filter matches a search once a key and holds the ids it
-- finds (see ReadBoard). Two narrow indexes of the active customers serve
-- it: one by id holding what a board column's header counts, so counting
-- the phases of 20,000 matches reads 2 MB instead of the customers' rows;
-- one of the search text, which one or two characters, too short for the
-- search index, are looked for in, instead of in the customers' table.
CREATE INDEX customers_board_sums ON customers (id, phase, value_cents, urgency, archived_at) WHERE archived_at IS NULL;
CREATE INDEX customers_search_text ON customers (search, archived_at) WHERE archived_at IS NULL;
