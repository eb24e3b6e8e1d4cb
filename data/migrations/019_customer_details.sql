-- A customer's optional details: the parts of the name a letter needs
-- (the display name stays as it is), the postal address in the parts a
-- vCard's ADR has, and the language to write to them in (a BCP 47 tag).
-- The name's parts and the address are in the search text where they are
-- set; a customer without them keeps the search text it had, so the
-- search index needs no rebuild.
ALTER TABLE customers ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN salutation TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
