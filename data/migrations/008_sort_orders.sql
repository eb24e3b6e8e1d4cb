-- The board sorts a column by urgency, value, last contact, days in the
-- phase or name, and pages through each order with LIMIT and OFFSET: each
-- order has an index on the phase's customers, so that a page reads only
-- its own rows. Ties go to the more urgent, then to the id (the index's
-- own tie-break); the urgency in the index also lets the flagged
-- customers (f) be picked out of it without reading the others' rows.
--
-- Names sort by name_key, a collation key made in Go (German order, case
-- ignored) whenever a name is written; SQLite compares it as bytes. It is
-- empty here and filled by the step's Go half for the customers already in
-- the book. The index of names by phase (name_fold) had no query left.

ALTER TABLE customers ADD COLUMN name_key BLOB NOT NULL DEFAULT x'';

DROP INDEX customers_by_phase_name;
CREATE INDEX customers_by_phase_value ON customers (phase, value_cents DESC, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_contact ON customers (phase, last_contact_at, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_since ON customers (phase, phase_since, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_name_key ON customers (phase, name_key, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_name_key ON customers (name_key, urgency DESC);
