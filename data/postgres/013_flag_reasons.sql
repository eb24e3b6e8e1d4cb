-- What tend risk shows of each flagged customer, kept with the flags: the
-- server's twin of data/migrations/013_flag_reasons.sql, which says more.

CREATE TABLE flag_reasons (
    customer_id          BIGINT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    flags                TEXT NOT NULL,
    p_alive              DOUBLE PRECISION,
    expected_purchases   DOUBLE PRECISION NOT NULL DEFAULT 0,
    expected_value_cents BIGINT,
    rfm_recency          BIGINT,
    rfm_frequency        BIGINT,
    rfm_monetary_cents   BIGINT
);

-- A change of a phase's label or group sends its customers' reasons to be
-- judged afresh until they are scored again.
CREATE FUNCTION flag_reasons_phase() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM flag_reasons WHERE customer_id IN (SELECT id FROM customers WHERE phase = NEW.key);
    RETURN NULL;
END
$$;
CREATE TRIGGER flag_reasons_phase AFTER UPDATE OF label, grp ON phases FOR EACH ROW
    WHEN (OLD.label IS DISTINCT FROM NEW.label OR OLD.grp IS DISTINCT FROM NEW.grp)
    EXECUTE FUNCTION flag_reasons_phase();
