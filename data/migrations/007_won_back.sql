-- When a customer was last won back on the re-engagement list: for a grace
-- period after, the purchase model's view of its past raises no flag.
ALTER TABLE triage ADD COLUMN won_back_at INTEGER;
