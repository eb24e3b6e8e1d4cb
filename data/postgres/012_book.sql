-- The customer book on a PostgreSQL server, as a SQLite book is at schema
-- version 12 (data/migrations/001 to 012): the same tables and columns in
-- the same order, so that the store's queries read both alike. Times are
-- Unix seconds (UTC), money is in cents, both BIGINT as SQLite's INTEGER;
-- yes-or-no columns hold 0 or 1, as on SQLite.
--
-- Not here yet: the search index (SQLite's FTS5 tables of step 11), which
-- comes on the server as pg_trgm and full-text indexes.

-- Steps come in pairs from here on: data/migrations/013_x.sql and
-- data/postgres/013_x.sql.
CREATE TABLE tend_migrations (
    version    INTEGER PRIMARY KEY,
    applied_at BIGINT NOT NULL
);

-- Every write adds one, so that an open board sees a teammate's write.
CREATE TABLE book_changes (writes BIGINT NOT NULL);
INSERT INTO book_changes (writes) VALUES (0);

-- SQLite's NOCASE: equal whatever the case.
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- SQLite's group_concat, with and without a separator.
CREATE FUNCTION tend_concat(acc text, value text, sep text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value ELSE acc || sep || value END
$$;
CREATE FUNCTION tend_concat(acc text, value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT tend_concat(acc, value, ',')
$$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = tend_concat, STYPE = text);
CREATE AGGREGATE group_concat(text) (SFUNC = tend_concat, STYPE = text);

-- SQLite gives a row without an id the largest id plus one.
CREATE FUNCTION tend_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE phases (
    key      TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    grp      TEXT NOT NULL CHECK (grp IN ('buying', 'owning', 'ended')),
    position BIGINT NOT NULL,
    hidden   BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE customers (
    id                BIGINT PRIMARY KEY,
    name              TEXT NOT NULL CHECK (name <> ''),
    name_fold         TEXT NOT NULL,
    company           TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    owner             TEXT NOT NULL DEFAULT '',
    phase             TEXT NOT NULL REFERENCES phases (key),
    phase_since       BIGINT NOT NULL,
    value_cents       BIGINT NOT NULL DEFAULT 0,
    promoter          BIGINT NOT NULL DEFAULT 0,
    do_not_contact    BIGINT NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    archived_at       BIGINT,
    search            TEXT NOT NULL DEFAULT '',
    last_contact_at   BIGINT,
    last_purchase_at  BIGINT,
    contact_count     BIGINT NOT NULL DEFAULT 0,
    purchase_count    BIGINT NOT NULL DEFAULT 0,
    total_spend_cents BIGINT NOT NULL DEFAULT 0,
    urgency           BIGINT NOT NULL DEFAULT 0,
    first_contact_at  BIGINT,
    follow_up_due_at  BIGINT,
    negative_run      BIGINT NOT NULL DEFAULT 0,
    last_negative_moment_at BIGINT,
    flag_code         BIGINT NOT NULL DEFAULT 0,
    purchase_digest   TEXT,
    name_key          BYTEA NOT NULL DEFAULT ''::bytea
);
CREATE INDEX customers_by_name ON customers (name_fold);
CREATE INDEX customers_by_email ON customers (email COLLATE nocase) WHERE email <> '';
CREATE INDEX customers_on_board ON customers (phase, urgency DESC, last_contact_at DESC NULLS LAST) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_value ON customers (phase, value_cents DESC, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_contact ON customers (phase, last_contact_at NULLS FIRST, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_since ON customers (phase, phase_since, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_phase_name_key ON customers (phase, name_key, urgency DESC) WHERE archived_at IS NULL;
CREATE INDEX customers_by_name_key ON customers (name_key, urgency DESC);
CREATE INDEX customers_archived ON customers (archived_at) WHERE archived_at IS NOT NULL;

CREATE TABLE tags (
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
);

CREATE TABLE contacts (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at           BIGINT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'message', 'social', 'note')),
    direction    TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    summary      TEXT NOT NULL,
    sentiment    TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    moment       BIGINT NOT NULL DEFAULT 0,
    follow_up_at BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX contacts_by_customer ON contacts (customer_id, at);
CREATE INDEX contacts_by_time ON contacts (at, kind, customer_id);

CREATE TABLE purchases (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at           BIGINT NOT NULL,
    amount_cents BIGINT NOT NULL,
    currency     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL
);
CREATE INDEX purchases_by_customer ON purchases (customer_id, at);
CREATE INDEX purchases_by_currency ON purchases (currency);
CREATE INDEX purchases_by_time ON purchases (at, amount_cents, customer_id);

CREATE TABLE phase_changes (
    id          BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at          BIGINT NOT NULL,
    from_phase  TEXT REFERENCES phases (key),
    to_phase    TEXT NOT NULL REFERENCES phases (key),
    reason      TEXT NOT NULL DEFAULT '',
    reason_key  TEXT,
    reason_note TEXT
);
CREATE INDEX phase_changes_by_customer ON phase_changes (customer_id, at);

CREATE TABLE triage (
    customer_id     BIGINT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    snoozed_until   BIGINT,
    dismissed       BIGINT NOT NULL DEFAULT 0,
    last_attempt_at BIGINT,
    done_at         BIGINT,
    won_back_at     BIGINT,
    done_kinds      TEXT
);

CREATE TABLE flags (
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('stalled', 'at-risk', 'win-back')),
    severity    BIGINT NOT NULL,
    worth_cents BIGINT NOT NULL,
    PRIMARY KEY (customer_id, kind)
);
CREATE INDEX flags_by_rank ON flags (kind, severity DESC, worth_cents DESC);

CREATE TABLE fitted_models (
    id    BIGINT PRIMARY KEY CHECK (id = 1),
    as_of BIGINT NOT NULL,
    fit   TEXT NOT NULL
);

CREATE TABLE audit (
    id          BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at          BIGINT NOT NULL,
    who         TEXT NOT NULL,
    field       TEXT NOT NULL,
    old         TEXT NOT NULL,
    new         TEXT NOT NULL
);
CREATE INDEX audit_by_customer ON audit (customer_id, at);

CREATE TABLE move_reasons (
    kind     TEXT NOT NULL CHECK (kind IN ('lost', 'won-back')),
    key      TEXT NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    hidden   BIGINT NOT NULL DEFAULT 0,
    position BIGINT NOT NULL,
    PRIMARY KEY (kind, key)
);
INSERT INTO move_reasons (kind, key, position) VALUES
    ('lost', 'price', 1), ('lost', 'no-budget', 2), ('lost', 'competitor', 3),
    ('lost', 'no-need', 4), ('lost', 'no-answer', 5), ('lost', 'other', 6),
    ('won-back', 'offer', 1), ('won-back', 'personal-contact', 2), ('won-back', 'new-need', 3),
    ('won-back', 'other', 4);

CREATE TRIGGER customers_next_id BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION tend_next_id();
CREATE TRIGGER contacts_next_id BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION tend_next_id();
CREATE TRIGGER purchases_next_id BEFORE INSERT ON purchases FOR EACH ROW EXECUTE FUNCTION tend_next_id();
CREATE TRIGGER phase_changes_next_id BEFORE INSERT ON phase_changes FOR EACH ROW EXECUTE FUNCTION tend_next_id();
CREATE TRIGGER audit_next_id BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION tend_next_id();

-- The board's totals of each column, kept in step with every write as the
-- triggers of SQLite's steps 3 and 4 keep them.
CREATE TABLE phase_totals (
    phase       TEXT PRIMARY KEY,
    customers   BIGINT NOT NULL,
    value_cents BIGINT NOT NULL,
    flagged     BIGINT NOT NULL DEFAULT 0
);

CREATE FUNCTION phase_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.archived_at IS NULL THEN
        UPDATE phase_totals SET customers = customers - 1, value_cents = value_cents - OLD.value_cents,
            flagged = flagged - (OLD.urgency > 0)::int WHERE phase = OLD.phase;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.archived_at IS NULL THEN
        INSERT INTO phase_totals AS t (phase, customers, value_cents, flagged)
            VALUES (NEW.phase, 1, NEW.value_cents, (NEW.urgency > 0)::int)
            ON CONFLICT (phase) DO UPDATE SET customers = t.customers + 1, value_cents = t.value_cents + NEW.value_cents,
                flagged = t.flagged + (NEW.urgency > 0)::int;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER phase_totals_keep AFTER INSERT OR DELETE OR UPDATE OF phase, value_cents, archived_at ON customers
    FOR EACH ROW EXECUTE FUNCTION phase_totals_keep();

CREATE FUNCTION phase_totals_flagged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE phase_totals SET flagged = flagged + (NEW.urgency > 0)::int - (OLD.urgency > 0)::int WHERE phase = NEW.phase;
    RETURN NULL;
END
$$;
CREATE TRIGGER phase_totals_flagged AFTER UPDATE OF urgency ON customers
    FOR EACH ROW WHEN (NEW.archived_at IS NULL AND (OLD.urgency > 0) <> (NEW.urgency > 0))
    EXECUTE FUNCTION phase_totals_flagged();

-- The hours' sums of the insights (SQLite's step 12): one row an hour
-- and a contact's kind; purchases and revenue on the rows of kind ''.
CREATE TABLE activity_hours (
    hour_start    BIGINT NOT NULL,
    kind          TEXT NOT NULL,
    contacts      BIGINT NOT NULL DEFAULT 0,
    purchases     BIGINT NOT NULL DEFAULT 0,
    revenue_cents BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (hour_start, kind)
);

CREATE FUNCTION tend_hour(at BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT at - (at % 3600 + 3600) % 3600
$$;

CREATE FUNCTION contacts_hours() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE activity_hours SET contacts = contacts - 1 WHERE hour_start = tend_hour(OLD.at) AND kind = OLD.kind;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO activity_hours AS h (hour_start, kind, contacts) VALUES (tend_hour(NEW.at), NEW.kind, 1)
            ON CONFLICT (hour_start, kind) DO UPDATE SET contacts = h.contacts + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER contacts_hours AFTER INSERT OR DELETE OR UPDATE OF at, kind ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_hours();

CREATE FUNCTION purchases_hours() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE activity_hours SET purchases = purchases - (OLD.amount_cents >= 0)::int,
            revenue_cents = revenue_cents - OLD.amount_cents WHERE hour_start = tend_hour(OLD.at) AND kind = '';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO activity_hours AS h (hour_start, kind, purchases, revenue_cents)
            VALUES (tend_hour(NEW.at), '', (NEW.amount_cents >= 0)::int, NEW.amount_cents)
            ON CONFLICT (hour_start, kind) DO UPDATE SET purchases = h.purchases + (NEW.amount_cents >= 0)::int,
                revenue_cents = h.revenue_cents + NEW.amount_cents;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER purchases_hours AFTER INSERT OR DELETE OR UPDATE OF at, amount_cents ON purchases
    FOR EACH ROW EXECUTE FUNCTION purchases_hours();
