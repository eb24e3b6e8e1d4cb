-- Triage state: what the user decided about a flagged customer, so that the
-- re-engagement list does not show them again too soon.

CREATE TABLE triage (
    customer_id     INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    snoozed_until   INTEGER,
    dismissed       INTEGER NOT NULL DEFAULT 0,
    last_attempt_at INTEGER
);
