-- Two facts of the whole book that every screen shows, read from indexes
-- rather than by reading every row: how many customers are archived (the
-- status line says so beside those on the board), and whether all
-- purchases are in one currency (then money shows with its symbol). The
-- archived customers are few, so their index is small; the currencies'
-- index answers from its two ends.

CREATE INDEX customers_archived ON customers (archived_at) WHERE archived_at IS NOT NULL;
CREATE INDEX purchases_by_currency ON purchases (currency);
