-- The server's twin of data/migrations/019_customer_details.sql: a
-- customer's name parts, postal address and language.
ALTER TABLE customers ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN salutation TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
