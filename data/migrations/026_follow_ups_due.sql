-- The board's status line counts the active customers' follow-ups due
-- today and overdue from the day each customer's row keeps. Read from the
-- table, the count visits every customer's row, most of a large book's
-- file; this index holds the days of the active customers with an open
-- follow-up alone, in order, so that the count reads the days before
-- tomorrow and nothing else. Archiving is in it so that the count never
-- goes to the table: SQLite uses a partial index as covering only where
-- it holds every column asked for.
CREATE INDEX customers_follow_ups_due ON customers (follow_up_due_at, archived_at)
    WHERE archived_at IS NULL AND follow_up_due_at IS NOT NULL;
