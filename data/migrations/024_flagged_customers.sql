-- tend risk reads the name and phase of every flagged customer. Read from
-- the customers' rows, they lie on nearly every page of the table (some
-- 40 MB for 100,000 customers, of whom a fifth are flagged); this index
-- holds them for the flagged customers alone, in order of id, so that the
-- reading touches a few hundred kilobytes. The flag code and archiving
-- are in it so that the reading never goes to the table: SQLite uses a
-- partial index as covering only where it holds every column asked for.
CREATE INDEX customers_flagged ON customers (id, name, phase, flag_code, archived_at)
    WHERE flag_code <> 0 AND archived_at IS NULL;
