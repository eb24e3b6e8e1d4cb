-- The server's twin of data/migrations/018_follow_ups.sql.
-- A follow-up, the day a contact sets for the next one, keeps its state:
-- open; moved (open, due on follow_up_moved_to instead); answered (a later
-- contact came); or done (closed without a contact). A closed one says when
-- and by whom. A contact without a follow-up has no state.
ALTER TABLE contacts ADD COLUMN follow_up_state TEXT
    CHECK (follow_up_state IN ('open', 'moved', 'answered', 'done'));
ALTER TABLE contacts ADD COLUMN follow_up_moved_to BIGINT;
ALTER TABLE contacts ADD COLUMN follow_up_closed_at BIGINT;
ALTER TABLE contacts ADD COLUMN follow_up_closed_by TEXT;

-- The books so far: a follow-up with a later contact was answered by it
-- (the first one after it, at its time, by its author); the others stay open.
UPDATE contacts SET follow_up_state = 'open' WHERE follow_up_at IS NOT NULL;
UPDATE contacts SET follow_up_state = 'answered',
    follow_up_closed_at = (SELECT n.at FROM contacts n WHERE n.customer_id = contacts.customer_id
        AND (n.at, n.id) > (contacts.at, contacts.id) ORDER BY n.at, n.id LIMIT 1),
    follow_up_closed_by = (SELECT n.who FROM contacts n WHERE n.customer_id = contacts.customer_id
        AND (n.at, n.id) > (contacts.at, contacts.id) ORDER BY n.at, n.id LIMIT 1)
WHERE follow_up_at IS NOT NULL AND EXISTS (SELECT 1 FROM contacts n WHERE n.customer_id = contacts.customer_id
    AND (n.at, n.id) > (contacts.at, contacts.id));

-- The agenda reads the open follow-ups only.
CREATE INDEX contacts_open_follow_ups ON contacts (customer_id) WHERE follow_up_state IN ('open', 'moved');
