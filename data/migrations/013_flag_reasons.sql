-- What tend risk shows of each flagged customer, kept with the flags by
-- the scoring that writes them, so that tend risk reads rows rather than
-- judging the customers again: the flags with their reasons (see
-- data/flag_reasons.go), the purchase model's figures (p_alive NULL where
-- the model was not fitted or the customer bought nothing,
-- expected_value_cents NULL where the spend model gave no figure) and the
-- RFM values (NULL for a customer who bought nothing), scored at reading
-- with the quintiles of the latest full scoring. A customer with no row
-- is judged afresh when read; the next full scoring writes the rows of a
-- book upgraded to this version.

CREATE TABLE flag_reasons (
    customer_id          INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    flags                TEXT NOT NULL,
    p_alive              REAL,
    expected_purchases   REAL NOT NULL DEFAULT 0,
    expected_value_cents INTEGER,
    rfm_recency          INTEGER,
    rfm_frequency        INTEGER,
    rfm_monetary_cents   INTEGER
);

-- A phase's label is said in the reasons of the flags of its customers,
-- and its group decides which flags they get: a change of either sends
-- them to be judged afresh until they are scored again.
CREATE TRIGGER flag_reasons_phase AFTER UPDATE OF label, grp ON phases
    WHEN OLD.label IS NOT NEW.label OR OLD.grp IS NOT NEW.grp
BEGIN
    DELETE FROM flag_reasons WHERE customer_id IN (SELECT id FROM customers WHERE phase = NEW.key);
END;
