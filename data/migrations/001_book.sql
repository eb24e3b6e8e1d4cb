-- The customer book: customers with the summaries of their history,
-- their contacts, purchases and phase changes, the book's lifecycle and
-- its settings. Times are Unix seconds (UTC), money is in cents.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE phases (
    key      TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    grp      TEXT NOT NULL CHECK (grp IN ('buying', 'owning', 'ended')),
    position INTEGER NOT NULL,
    hidden   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (name <> ''),
    name_fold         TEXT NOT NULL,
    company           TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    owner             TEXT NOT NULL DEFAULT '',
    phase             TEXT NOT NULL REFERENCES phases (key),
    phase_since       INTEGER NOT NULL,
    value_cents       INTEGER NOT NULL DEFAULT 0,
    promoter          INTEGER NOT NULL DEFAULT 0,
    do_not_contact    INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    archived_at       INTEGER,
    search            TEXT NOT NULL DEFAULT '',
    last_contact_at   INTEGER,
    last_purchase_at  INTEGER,
    contact_count     INTEGER NOT NULL DEFAULT 0,
    purchase_count    INTEGER NOT NULL DEFAULT 0,
    total_spend_cents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customers_by_phase ON customers (phase, last_contact_at) WHERE archived_at IS NULL;
CREATE INDEX customers_by_name ON customers (name_fold);
CREATE INDEX customers_by_email ON customers (email COLLATE NOCASE) WHERE email <> '';

CREATE TABLE tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_by_tag ON tags (tag COLLATE NOCASE);

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at           INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'message', 'social', 'note')),
    direction    TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    summary      TEXT NOT NULL,
    sentiment    TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    moment       INTEGER NOT NULL DEFAULT 0,
    follow_up_at INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX contacts_by_customer ON contacts (customer_id, at);

CREATE TABLE purchases (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at           INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);
CREATE INDEX purchases_by_customer ON purchases (customer_id, at);

CREATE TABLE phase_changes (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    from_phase  TEXT REFERENCES phases (key),
    to_phase    TEXT NOT NULL REFERENCES phases (key),
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phase_changes_by_customer ON phase_changes (customer_id, at);
