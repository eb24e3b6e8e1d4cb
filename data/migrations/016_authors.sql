-- Who made each contact, purchase and move: on a book several people
-- share, every entry's author matters. The name is the server's role on a
-- server book, else the name tend was given (TEND_USER) or the login name.
-- Entries made before this step have no author ('': unknown).

ALTER TABLE contacts ADD COLUMN who TEXT NOT NULL DEFAULT '';
ALTER TABLE purchases ADD COLUMN who TEXT NOT NULL DEFAULT '';
ALTER TABLE phase_changes ADD COLUMN who TEXT NOT NULL DEFAULT '';
