-- The search index. Customers are found by any three letters of their
-- search text (name, company, email, owner, phone and tags, as the search
-- column keeps them), with accents folded so that "muller" finds Müller;
-- contacts and purchases by the words of their summaries and notes. The
-- indexes hold no text of their own: they read it from the rows, and
-- triggers keep them in step in the same transaction as every write.
-- secure-delete makes a delete take the words out of the index's pages at
-- once, so that a forgotten customer leaves no trace in the index.

CREATE VIRTUAL TABLE customers_fts USING fts5 (
    search, content = 'customers', content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1'
);
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    summary, content = 'contacts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE purchases_fts USING fts5 (
    note, content = 'purchases', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO customers_fts (customers_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO purchases_fts (purchases_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, search) VALUES (new.id, new.search);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search) VALUES ('delete', old.id, old.search);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF search ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search) VALUES ('delete', old.id, old.search);
    INSERT INTO customers_fts (rowid, search) VALUES (new.id, new.search);
END;

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, summary) VALUES (new.id, new.summary);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF summary ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
    INSERT INTO contacts_fts (rowid, summary) VALUES (new.id, new.summary);
END;

CREATE TRIGGER purchases_fts_insert AFTER INSERT ON purchases BEGIN
    INSERT INTO purchases_fts (rowid, note) VALUES (new.id, new.note);
END;
CREATE TRIGGER purchases_fts_delete AFTER DELETE ON purchases BEGIN
    INSERT INTO purchases_fts (purchases_fts, rowid, note) VALUES ('delete', old.id, old.note);
END;
CREATE TRIGGER purchases_fts_update AFTER UPDATE OF note ON purchases BEGIN
    INSERT INTO purchases_fts (purchases_fts, rowid, note) VALUES ('delete', old.id, old.note);
    INSERT INTO purchases_fts (rowid, note) VALUES (new.id, new.note);
END;

-- The rows already in the book go into the indexes in the step's Go half
-- (fillSearchIndex), a range of rows at a time, so that a large book's
-- upgrade can show how far it is.
