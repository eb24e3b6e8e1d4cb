-- When a customer was last won back on the re-engagement list: for a grace
-- period after, the purchase model's view of its past raises no flag.
ALTER TABLE triage ADD COLUMN won_back_at INTEGER;
-- The kinds of flag the customer had when last dealt with, comma-separated
-- ('' for none), so that each list counts the day's work done on its
-- customers and a flag of a new kind within the cool-down is news.
ALTER TABLE triage ADD COLUMN done_kinds TEXT;
