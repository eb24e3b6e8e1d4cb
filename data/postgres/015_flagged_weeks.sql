-- The server's twin of data/migrations/015_flagged_weeks.sql: the weeks'
-- flagged counts kept as first counted, dropped in the same transaction by
-- every write that changes what a kept week was judged from.
CREATE TABLE flagged_weeks (
    week_end BIGINT NOT NULL,
    owner    TEXT NOT NULL,
    tag      TEXT NOT NULL,
    counts   TEXT NOT NULL,
    PRIMARY KEY (week_end, owner, tag)
);

-- How many times kept weeks were dropped: a count made from a reading
-- that a drop overtook is not kept.
CREATE TABLE flagged_weeks_drops (
    id    BIGINT PRIMARY KEY CHECK (id = 1),
    drops BIGINT NOT NULL
);
INSERT INTO flagged_weeks_drops (id, drops) VALUES (1, 0);

-- flagged_weeks_drop drops the kept weeks ending at or after a moment
-- (NULL: all of them; '' as the second argument: only those narrowed to a
-- tag) and counts the drop.
CREATE FUNCTION flagged_weeks_drop(since BIGINT, tagged BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF tagged THEN
        DELETE FROM flagged_weeks WHERE tag <> '';
    ELSIF since IS NULL THEN
        DELETE FROM flagged_weeks;
    ELSE
        DELETE FROM flagged_weeks WHERE week_end >= since;
    END IF;
    UPDATE flagged_weeks_drops SET drops = drops + 1;
END
$$;

-- A dated entry (contact, purchase, phase change) drops the weeks from its
-- date on; an edit from the earlier of its two dates.
CREATE FUNCTION flagged_weeks_dated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM flagged_weeks_drop(NEW.at, false);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM flagged_weeks_drop(OLD.at, false);
    ELSE
        PERFORM flagged_weeks_drop(least(OLD.at, NEW.at), false);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER flagged_weeks_contact AFTER INSERT OR DELETE OR UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_dated();
CREATE TRIGGER flagged_weeks_purchase AFTER INSERT OR DELETE OR UPDATE OF at, amount_cents, currency, customer_id ON purchases
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_dated();
CREATE TRIGGER flagged_weeks_move AFTER INSERT OR DELETE OR UPDATE ON phase_changes
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_dated();

-- A customer counts in the weeks from its creation on; its value, its
-- do-not-contact mark, its archiving, its owner and its tags weigh in
-- every one of them.
CREATE FUNCTION flagged_weeks_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM flagged_weeks_drop(NEW.created_at, false);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM flagged_weeks_drop(OLD.created_at, false);
    ELSIF OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.archived_at IS DISTINCT FROM NEW.archived_at
        OR OLD.value_cents IS DISTINCT FROM NEW.value_cents OR OLD.do_not_contact IS DISTINCT FROM NEW.do_not_contact
        OR OLD.owner IS DISTINCT FROM NEW.owner THEN
        PERFORM flagged_weeks_drop(least(OLD.created_at, NEW.created_at), false);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER flagged_weeks_customer
    AFTER INSERT OR DELETE OR UPDATE OF created_at, archived_at, value_cents, do_not_contact, owner ON customers
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_customer();

CREATE FUNCTION flagged_weeks_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM flagged_weeks_drop(NULL, true);
    RETURN NULL;
END
$$;
CREATE TRIGGER flagged_weeks_tag AFTER INSERT OR DELETE ON tags
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_tag();

-- What every week is judged by as it is now: the triage state (a snooze
-- hides a customer in every week before its end), the flag rules, the
-- phases and the stored purchase models (the daily scoring's mark of its
-- day alone does not count).
CREATE FUNCTION flagged_weeks_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM flagged_weeks_drop(NULL, false);
    RETURN NULL;
END
$$;
CREATE TRIGGER flagged_weeks_triage_in_out AFTER INSERT OR DELETE ON triage
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_triage_edit AFTER UPDATE OF snoozed_until, last_attempt_at, won_back_at ON triage
    FOR EACH ROW WHEN (OLD.snoozed_until IS DISTINCT FROM NEW.snoozed_until
        OR OLD.last_attempt_at IS DISTINCT FROM NEW.last_attempt_at OR OLD.won_back_at IS DISTINCT FROM NEW.won_back_at)
    EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_rules_in AFTER INSERT ON settings
    FOR EACH ROW WHEN (NEW.key LIKE 'flags.%') EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_rules_edit AFTER UPDATE ON settings
    FOR EACH ROW WHEN ((OLD.key LIKE 'flags.%' OR NEW.key LIKE 'flags.%')
        AND (OLD.key IS DISTINCT FROM NEW.key OR OLD.value IS DISTINCT FROM NEW.value))
    EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_rules_out AFTER DELETE ON settings
    FOR EACH ROW WHEN (OLD.key LIKE 'flags.%') EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_phase_in_out AFTER INSERT OR DELETE ON phases
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_phase_edit AFTER UPDATE OF key, label, grp ON phases
    FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.label IS DISTINCT FROM NEW.label OR OLD.grp IS DISTINCT FROM NEW.grp)
    EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_fit_in AFTER INSERT ON fitted_models
    FOR EACH ROW EXECUTE FUNCTION flagged_weeks_all();
CREATE TRIGGER flagged_weeks_fit_edit AFTER UPDATE OF as_of ON fitted_models
    FOR EACH ROW WHEN (OLD.as_of IS DISTINCT FROM NEW.as_of) EXECUTE FUNCTION flagged_weeks_all();
