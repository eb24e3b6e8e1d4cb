-- The board's / filter matches a search once a key and holds what it
-- finds (see ReadBoard). Two narrow indexes of the active customers serve
-- it, each holding what a board column's header counts: one by id, which
-- the search index's matches are looked up in instead of the customers'
-- rows; one of the search text, which one or two characters, too short for
-- the search index, are looked for in, a fifth of the customers' rows.
CREATE INDEX customers_board_sums ON customers (id, phase, value_cents, urgency, archived_at) WHERE archived_at IS NULL;
CREATE INDEX customers_search_text ON customers (search, archived_at, phase, value_cents, urgency) WHERE archived_at IS NULL;
