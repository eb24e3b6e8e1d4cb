-- The board orders each column's cards by urgency (set by the flags), then
-- by the latest contact. One index serves a column's page, its count and
-- its total value without reading the customers themselves.

ALTER TABLE customers ADD COLUMN urgency INTEGER NOT NULL DEFAULT 0;

DROP INDEX customers_by_phase;
CREATE INDEX customers_on_board ON customers (phase, urgency DESC, last_contact_at DESC, value_cents)
    WHERE archived_at IS NULL;
