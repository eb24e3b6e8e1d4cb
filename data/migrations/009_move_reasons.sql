-- Why a customer was lost, and what won one back: the book's list of
-- reasons, which the user extends, and the reason of each such move. The
-- defaults carry no label (they are named in the user's language by
-- key); a label is what the user typed for a reason they added. A reason
-- no longer wanted is hidden, never deleted, so that the moves that gave
-- it keep it and insights still count them.
CREATE TABLE move_reasons (
    kind     TEXT NOT NULL CHECK (kind IN ('lost', 'won-back')),
    key      TEXT NOT NULL,
    label    TEXT NOT NULL DEFAULT '',
    hidden   INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

INSERT INTO move_reasons (kind, key, position) VALUES
    ('lost', 'price', 1), ('lost', 'no-budget', 2), ('lost', 'competitor', 3),
    ('lost', 'no-need', 4), ('lost', 'no-answer', 5), ('lost', 'other', 6),
    ('won-back', 'offer', 1), ('won-back', 'personal-contact', 2), ('won-back', 'new-need', 3),
    ('won-back', 'other', 4);

-- Added without a default, so that the upgrade of a large book rewrites
-- no row of its phase history.
ALTER TABLE phase_changes ADD COLUMN reason_key TEXT;
ALTER TABLE phase_changes ADD COLUMN reason_note TEXT;
