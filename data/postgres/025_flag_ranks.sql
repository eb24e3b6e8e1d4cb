-- The flags of each customer whose reasons are kept, by the figures kept
-- with them, for reading tend risk's order a page at a time: the server's
-- twin of data/migrations/025_flag_ranks.sql, which says more.
CREATE TABLE flag_ranks (
    customer_id BIGINT NOT NULL REFERENCES flag_reasons (customer_id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    severity    BIGINT NOT NULL,
    worth_cents BIGINT NOT NULL,
    most_urgent BIGINT NOT NULL,
    PRIMARY KEY (customer_id, kind)
);
CREATE INDEX flag_ranks_by_kind ON flag_ranks (kind, severity DESC, worth_cents DESC, customer_id);
CREATE INDEX flag_ranks_most_urgent ON flag_ranks (severity DESC, worth_cents DESC, kind, customer_id)
    WHERE most_urgent = 1;
