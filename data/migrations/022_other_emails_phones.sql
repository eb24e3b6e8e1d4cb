-- A customer's other e-mail addresses and phone numbers, beside the
-- primary ones, each list in one column with a line break between two
-- (no address or number holds one). Columns rather than a table of their
-- own: they go wherever the customer's row goes (search text, export,
-- copy to a server, forget, merge) without a join on either engine. They
-- are in the search text where set, so the index needs no rebuild.
ALTER TABLE customers ADD COLUMN other_emails TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN other_phones TEXT NOT NULL DEFAULT '';
