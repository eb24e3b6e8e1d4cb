-- Flags: the summaries of the contacts the flag rules read, so that the
-- whole book is scored without reading every contact; the flags each
-- customer has as of the latest scoring, with their severity (customers'
-- urgency is the highest, 0 for none); the purchase models the scores
-- were made with; and when a customer was last dealt with in triage.

ALTER TABLE customers ADD COLUMN first_contact_at INTEGER;
-- The follow-up set by the latest contact: a later contact answers it.
ALTER TABLE customers ADD COLUMN follow_up_due_at INTEGER;
-- How many of the latest contacts in a row were negative.
ALTER TABLE customers ADD COLUMN negative_run INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN last_negative_moment_at INTEGER;

UPDATE customers SET
    first_contact_at = (SELECT min(at) FROM contacts WHERE customer_id = customers.id),
    follow_up_due_at = (SELECT follow_up_at FROM contacts WHERE customer_id = customers.id ORDER BY at DESC, id DESC LIMIT 1),
    negative_run = (SELECT count(*) FROM contacts k WHERE k.customer_id = customers.id AND k.sentiment = 'negative'
        AND NOT EXISTS (SELECT 1 FROM contacts n WHERE n.customer_id = k.customer_id AND n.sentiment <> 'negative'
            AND (n.at, n.id) > (k.at, k.id))),
    last_negative_moment_at = (SELECT max(at) FROM contacts WHERE customer_id = customers.id AND moment AND sentiment = 'negative')
WHERE contact_count > 0;

-- The kinds of flag and their severities packed in one number (see
-- flagCode), so that scoring the whole book compares one column.
ALTER TABLE customers ADD COLUMN flag_code INTEGER NOT NULL DEFAULT 0;
-- What the purchase models read of a customer's purchases (see
-- data/purchase_digest.go), so that scoring the whole book reads only the
-- purchases of the latest months; made by the next scoring after any
-- change of the purchases.
ALTER TABLE customers ADD COLUMN purchase_digest TEXT;

CREATE TABLE flags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('stalled', 'at-risk', 'win-back')),
    severity    INTEGER NOT NULL,
    worth_cents INTEGER NOT NULL,
    PRIMARY KEY (customer_id, kind)
) WITHOUT ROWID;
CREATE INDEX flags_by_rank ON flags (kind, severity DESC, worth_cents DESC);

CREATE TABLE fitted_models (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    as_of INTEGER NOT NULL,
    fit   TEXT NOT NULL
);

ALTER TABLE triage ADD COLUMN done_at INTEGER;

-- The board's headers count the flagged cards of each column; the totals
-- keep that count with the others, so that the board opens without
-- counting. The urgency is set by a statement of its own, never with the
-- phase, the value or the archiving, so that its trigger and theirs never
-- count one change twice.
ALTER TABLE phase_totals ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER phase_totals_insert;
DROP TRIGGER phase_totals_delete;
DROP TRIGGER phase_totals_leave;
DROP TRIGGER phase_totals_enter;

CREATE TRIGGER phase_totals_insert AFTER INSERT ON customers WHEN NEW.archived_at IS NULL
BEGIN
    INSERT INTO phase_totals (phase, customers, value_cents, flagged) VALUES (NEW.phase, 1, NEW.value_cents, NEW.urgency > 0)
        ON CONFLICT (phase) DO UPDATE SET customers = customers + 1, value_cents = value_cents + NEW.value_cents,
            flagged = flagged + (NEW.urgency > 0);
END;

CREATE TRIGGER phase_totals_delete AFTER DELETE ON customers WHEN OLD.archived_at IS NULL
BEGIN
    UPDATE phase_totals SET customers = customers - 1, value_cents = value_cents - OLD.value_cents,
        flagged = flagged - (OLD.urgency > 0) WHERE phase = OLD.phase;
END;

CREATE TRIGGER phase_totals_leave AFTER UPDATE OF phase, value_cents, archived_at ON customers WHEN OLD.archived_at IS NULL
BEGIN
    UPDATE phase_totals SET customers = customers - 1, value_cents = value_cents - OLD.value_cents,
        flagged = flagged - (OLD.urgency > 0) WHERE phase = OLD.phase;
END;

CREATE TRIGGER phase_totals_enter AFTER UPDATE OF phase, value_cents, archived_at ON customers WHEN NEW.archived_at IS NULL
BEGIN
    INSERT INTO phase_totals (phase, customers, value_cents, flagged) VALUES (NEW.phase, 1, NEW.value_cents, NEW.urgency > 0)
        ON CONFLICT (phase) DO UPDATE SET customers = customers + 1, value_cents = value_cents + NEW.value_cents,
            flagged = flagged + (NEW.urgency > 0);
END;

CREATE TRIGGER phase_totals_flagged AFTER UPDATE OF urgency ON customers
    WHEN NEW.archived_at IS NULL AND (OLD.urgency > 0) <> (NEW.urgency > 0)
BEGIN
    UPDATE phase_totals SET flagged = flagged + (NEW.urgency > 0) - (OLD.urgency > 0) WHERE phase = NEW.phase;
END;
