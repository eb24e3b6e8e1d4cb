-- The insights count the contacts and purchases of each week, and the
-- purchases of each month, over the whole book: indexes by time, holding
-- what is counted, answer those from the index alone rather than by
-- reading every customer's history.

CREATE INDEX contacts_by_time ON contacts (at, kind, customer_id);
CREATE INDEX purchases_by_time ON purchases (at, amount_cents, customer_id);
