-- The days of the active customers' open follow-ups, in order, for the
-- board's counts of those due and overdue: the server's twin of
-- data/migrations/025_follow_ups_due.sql, which says more.
CREATE INDEX customers_follow_ups_due ON customers (follow_up_due_at)
    WHERE archived_at IS NULL AND follow_up_due_at IS NOT NULL;
