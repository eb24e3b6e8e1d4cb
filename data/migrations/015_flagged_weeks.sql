-- The insights count the customers flagged at the end of each week, each
-- judged from its history as of then: a finished week's counts are fixed
-- by the book's history up to the week's end, the flag rules, the phases
-- and the stored purchase models they were judged with. They are kept
-- here when first counted, for the owner and tag the count was narrowed
-- to ('' for any), and read afterwards. Every write that changes what a
-- kept week was judged from drops that week in the same transaction, by
-- the triggers below: a dated entry the weeks from its date on, a change
-- of the rules, the phases, the models or a triage state (read as it is
-- now for every week) all of them. counts holds the flagged customers by
-- kind as JSON.

CREATE TABLE flagged_weeks (
	week_end INTEGER NOT NULL,
	owner    TEXT NOT NULL,
	tag      TEXT NOT NULL,
	counts   TEXT NOT NULL,
	PRIMARY KEY (week_end, owner, tag)
) WITHOUT ROWID;

-- How many times kept weeks were dropped: a count made from a reading
-- that a drop overtook is not kept.
CREATE TABLE flagged_weeks_drops (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	drops INTEGER NOT NULL
);
INSERT INTO flagged_weeks_drops (id, drops) VALUES (1, 0);

CREATE TRIGGER flagged_weeks_contact_in AFTER INSERT ON contacts BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= new.at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_contact_out AFTER DELETE ON contacts BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= old.at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_contact_edit AFTER UPDATE ON contacts BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= min(old.at, new.at);
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

CREATE TRIGGER flagged_weeks_purchase_in AFTER INSERT ON purchases BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= new.at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_purchase_out AFTER DELETE ON purchases BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= old.at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_purchase_edit AFTER UPDATE OF at, amount_cents, currency, customer_id ON purchases BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= min(old.at, new.at);
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

CREATE TRIGGER flagged_weeks_move_in AFTER INSERT ON phase_changes BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= new.at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_move_out AFTER DELETE ON phase_changes BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= old.at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_move_edit AFTER UPDATE ON phase_changes BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= min(old.at, new.at);
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

-- A customer counts in the weeks from its creation on; its value, its
-- do-not-contact mark, its archiving, its owner and its tags weigh in
-- every one of them.
CREATE TRIGGER flagged_weeks_customer_in AFTER INSERT ON customers BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= new.created_at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_customer_out AFTER DELETE ON customers BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= old.created_at;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_customer_edit
	AFTER UPDATE OF created_at, archived_at, value_cents, do_not_contact, owner ON customers
	WHEN old.created_at IS NOT new.created_at OR old.archived_at IS NOT new.archived_at
		OR old.value_cents IS NOT new.value_cents OR old.do_not_contact IS NOT new.do_not_contact
		OR old.owner IS NOT new.owner
BEGIN
	DELETE FROM flagged_weeks WHERE week_end >= min(old.created_at, new.created_at);
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_tag_in AFTER INSERT ON tags BEGIN
	DELETE FROM flagged_weeks WHERE tag <> '';
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_tag_out AFTER DELETE ON tags BEGIN
	DELETE FROM flagged_weeks WHERE tag <> '';
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

-- The triage state is read as it is now for every week: a snooze hides a
-- customer in every week before its end.
CREATE TRIGGER flagged_weeks_triage_in AFTER INSERT ON triage BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_triage_out AFTER DELETE ON triage BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_triage_edit AFTER UPDATE OF snoozed_until, last_attempt_at, won_back_at ON triage
	WHEN old.snoozed_until IS NOT new.snoozed_until OR old.last_attempt_at IS NOT new.last_attempt_at
		OR old.won_back_at IS NOT new.won_back_at
BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

CREATE TRIGGER flagged_weeks_rules_in AFTER INSERT ON settings WHEN new.key LIKE 'flags.%' BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_rules_edit AFTER UPDATE ON settings
	WHEN (old.key LIKE 'flags.%' OR new.key LIKE 'flags.%') AND (old.key IS NOT new.key OR old.value IS NOT new.value)
BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_rules_out AFTER DELETE ON settings WHEN old.key LIKE 'flags.%' BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

CREATE TRIGGER flagged_weeks_phase_in AFTER INSERT ON phases BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_phase_out AFTER DELETE ON phases BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_phase_edit AFTER UPDATE OF key, label, grp ON phases
	WHEN old.key IS NOT new.key OR old.label IS NOT new.label OR old.grp IS NOT new.grp
BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;

-- The weeks are judged with the stored purchase models: a new fit drops
-- them all (the daily scoring's mark of its day alone does not).
CREATE TRIGGER flagged_weeks_fit_in AFTER INSERT ON fitted_models BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
CREATE TRIGGER flagged_weeks_fit_edit AFTER UPDATE OF as_of ON fitted_models WHEN old.as_of IS NOT new.as_of BEGIN
	DELETE FROM flagged_weeks;
	UPDATE flagged_weeks_drops SET drops = drops + 1;
END;
