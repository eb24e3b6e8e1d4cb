-- The server's twin of data/migrations/022_other_emails_phones.sql: a
-- customer's other e-mails and phones, a line each.
ALTER TABLE customers ADD COLUMN other_emails TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN other_phones TEXT NOT NULL DEFAULT '';
