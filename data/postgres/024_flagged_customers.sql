-- The flagged customers' names and phases, in order of id, for tend risk:
-- the server's twin of data/migrations/024_flagged_customers.sql, which
-- says more.
CREATE INDEX customers_flagged ON customers (id) INCLUDE (name, phase)
    WHERE flag_code <> 0 AND archived_at IS NULL;
