-- The audit trail: every change of a customer's record, field by field,
-- with who made it and when. Contacts, purchases and moves are history of
-- their own; moves are written here too, with who made them.

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    who         TEXT NOT NULL,
    field       TEXT NOT NULL,
    old         TEXT NOT NULL,
    new         TEXT NOT NULL
);
CREATE INDEX audit_by_customer ON audit (customer_id, at);
