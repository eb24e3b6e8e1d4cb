-- The board orders each column's cards by urgency (set by the flags), then
-- by the latest contact, then by id (the index's own tie-break), from one
-- index. Each column's count and value come from phase_totals, which
-- triggers keep in step with every write, so that opening the board never
-- counts the customers.

ALTER TABLE customers ADD COLUMN urgency INTEGER NOT NULL DEFAULT 0;

DROP INDEX customers_by_phase;
CREATE INDEX customers_on_board ON customers (phase, urgency DESC, last_contact_at DESC)
    WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_name ON customers (phase, name_fold) WHERE archived_at IS NULL;

CREATE TABLE phase_totals (
    phase       TEXT PRIMARY KEY,
    customers   INTEGER NOT NULL,
    value_cents INTEGER NOT NULL
);
INSERT INTO phase_totals (phase, customers, value_cents)
    SELECT phase, count(*), coalesce(sum(value_cents), 0) FROM customers WHERE archived_at IS NULL GROUP BY phase;

CREATE TRIGGER phase_totals_insert AFTER INSERT ON customers WHEN NEW.archived_at IS NULL
BEGIN
    INSERT INTO phase_totals (phase, customers, value_cents) VALUES (NEW.phase, 1, NEW.value_cents)
        ON CONFLICT (phase) DO UPDATE SET customers = customers + 1, value_cents = value_cents + NEW.value_cents;
END;

CREATE TRIGGER phase_totals_delete AFTER DELETE ON customers WHEN OLD.archived_at IS NULL
BEGIN
    UPDATE phase_totals SET customers = customers - 1, value_cents = value_cents - OLD.value_cents WHERE phase = OLD.phase;
END;

CREATE TRIGGER phase_totals_leave AFTER UPDATE OF phase, value_cents, archived_at ON customers WHEN OLD.archived_at IS NULL
BEGIN
    UPDATE phase_totals SET customers = customers - 1, value_cents = value_cents - OLD.value_cents WHERE phase = OLD.phase;
END;

CREATE TRIGGER phase_totals_enter AFTER UPDATE OF phase, value_cents, archived_at ON customers WHEN NEW.archived_at IS NULL
BEGIN
    INSERT INTO phase_totals (phase, customers, value_cents) VALUES (NEW.phase, 1, NEW.value_cents)
        ON CONFLICT (phase) DO UPDATE SET customers = customers + 1, value_cents = value_cents + NEW.value_cents;
END;
