-- The insights count the contacts and purchases of each week, and the
-- purchases of each month, over the whole book. Indexes by time, holding
-- what is counted, answer a stretch of time without reading every
-- customer's history; the hours' sums, kept by the triggers below on
-- every write, answer the whole hours of a week, so that only the hour at
-- each end of a week is read row by row.

CREATE INDEX contacts_by_time ON contacts (at, kind, customer_id);
CREATE INDEX purchases_by_time ON purchases (at, amount_cents, customer_id);

-- One row an hour (hour_start, in Unix seconds) and a contact's kind; the
-- purchases (refunds left out) and the revenue (refunds taken off) are on
-- the rows of kind ''.
CREATE TABLE activity_hours (
	hour_start INTEGER NOT NULL,
	kind TEXT NOT NULL,
	contacts INTEGER NOT NULL DEFAULT 0,
	purchases INTEGER NOT NULL DEFAULT 0,
	revenue_cents INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (hour_start, kind)
) WITHOUT ROWID;

INSERT INTO activity_hours (hour_start, kind, contacts)
	SELECT at - (at % 3600 + 3600) % 3600, kind, count(*) FROM contacts GROUP BY 1, 2;
INSERT INTO activity_hours (hour_start, kind, purchases, revenue_cents)
	SELECT at - (at % 3600 + 3600) % 3600, '', count(*) FILTER (WHERE amount_cents >= 0), sum(amount_cents)
	FROM purchases GROUP BY 1;

CREATE TRIGGER contacts_hours_in AFTER INSERT ON contacts BEGIN
	INSERT INTO activity_hours (hour_start, kind, contacts) VALUES (new.at - (new.at % 3600 + 3600) % 3600, new.kind, 1)
		ON CONFLICT (hour_start, kind) DO UPDATE SET contacts = contacts + 1;
END;

CREATE TRIGGER contacts_hours_out AFTER DELETE ON contacts BEGIN
	UPDATE activity_hours SET contacts = contacts - 1
		WHERE hour_start = old.at - (old.at % 3600 + 3600) % 3600 AND kind = old.kind;
END;

CREATE TRIGGER contacts_hours_moved AFTER UPDATE OF at, kind ON contacts BEGIN
	UPDATE activity_hours SET contacts = contacts - 1
		WHERE hour_start = old.at - (old.at % 3600 + 3600) % 3600 AND kind = old.kind;
	INSERT INTO activity_hours (hour_start, kind, contacts) VALUES (new.at - (new.at % 3600 + 3600) % 3600, new.kind, 1)
		ON CONFLICT (hour_start, kind) DO UPDATE SET contacts = contacts + 1;
END;

CREATE TRIGGER purchases_hours_in AFTER INSERT ON purchases BEGIN
	INSERT INTO activity_hours (hour_start, kind, purchases, revenue_cents)
		VALUES (new.at - (new.at % 3600 + 3600) % 3600, '', new.amount_cents >= 0, new.amount_cents)
		ON CONFLICT (hour_start, kind) DO UPDATE SET purchases = purchases + (new.amount_cents >= 0),
			revenue_cents = revenue_cents + new.amount_cents;
END;

CREATE TRIGGER purchases_hours_out AFTER DELETE ON purchases BEGIN
	UPDATE activity_hours SET purchases = purchases - (old.amount_cents >= 0), revenue_cents = revenue_cents - old.amount_cents
		WHERE hour_start = old.at - (old.at % 3600 + 3600) % 3600 AND kind = '';
END;

CREATE TRIGGER purchases_hours_moved AFTER UPDATE OF at, amount_cents ON purchases BEGIN
	UPDATE activity_hours SET purchases = purchases - (old.amount_cents >= 0), revenue_cents = revenue_cents - old.amount_cents
		WHERE hour_start = old.at - (old.at % 3600 + 3600) % 3600 AND kind = '';
	INSERT INTO activity_hours (hour_start, kind, purchases, revenue_cents)
		VALUES (new.at - (new.at % 3600 + 3600) % 3600, '', new.amount_cents >= 0, new.amount_cents)
		ON CONFLICT (hour_start, kind) DO UPDATE SET purchases = purchases + (new.amount_cents >= 0),
			revenue_cents = revenue_cents + new.amount_cents;
END;
