-- The flags of each customer whose reasons are kept (flag_reasons), by
-- the severity and worth those reasons were kept with, so that a page of
-- tend risk's order is read from an index rather than by reading and
-- sorting every flagged customer: an assistant walking the list a page at
-- a time reads a page's rows. The flags table cannot serve: it keeps a
-- severity in steps and a worth that is not rewritten each day, while
-- tend risk ranks by the exact figures kept with the reasons.
-- most_urgent is 1 on the flag a customer is ranked by among all kinds.
-- The rows go with their customer's kept reasons; a customer kept without
-- them (a book scored before this step, an import since the latest full
-- scoring) sends the reading of pages to the whole list until the next
-- full scoring.
CREATE TABLE flag_ranks (
    customer_id INTEGER NOT NULL REFERENCES flag_reasons (customer_id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    severity    INTEGER NOT NULL,
    worth_cents INTEGER NOT NULL,
    most_urgent INTEGER NOT NULL,
    PRIMARY KEY (customer_id, kind)
) WITHOUT ROWID;
CREATE INDEX flag_ranks_by_kind ON flag_ranks (kind, severity DESC, worth_cents DESC, customer_id);
CREATE INDEX flag_ranks_most_urgent ON flag_ranks (severity DESC, worth_cents DESC, kind, customer_id)
    WHERE most_urgent = 1;
