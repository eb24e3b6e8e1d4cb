-- A server book's search folds its text faster from this step on (see
-- data/postgres/021_faster_folding.sql); a file's search is SQLite's own
-- and needs no change. The step is here so that both engines share one
-- schema version.
SELECT 1;
