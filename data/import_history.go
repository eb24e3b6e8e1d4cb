package data

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math"

	"tend/lifecycle"
)

// historyRow is a contact or purchase read from a row, with what storing it
// takes.
type historyRow struct {
	noun       string
	customerID int64
	twins      string // the stored rows it equals, oldest first; the last parameter is before
	twinArgs   []any
	before     int64 // the last row of its kind stored before the import
	blame      field // the column a duplicate is reported against
	insert     func() error
	update     func(storedID int64) error
}

// contactRow imports one row of a contacts file. A contact without a kind
// is a note.
func (r *importRun) contactRow(c *cells) error {
	// Without a column of authors, the entries are the importer's.
	x := lifecycle.Contact{Kind: lifecycle.Note, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Who: r.book.User()}
	c.applyContact(&x)
	follow := c.followUpState(x.FollowUp)
	c.require(fieldAt, fieldSummary)
	if c.bad() {
		return nil
	}
	if err := x.Validate(); err != nil {
		c.failInvalid(err)
		return nil
	}
	if err := x.CheckTime(r.now); err != nil {
		c.fail(fieldAt, err)
		return nil
	}
	id, err := r.customerFor(c, x.At, lifecycle.Buying)
	if err != nil || id == 0 {
		return err
	}
	x.CustomerID = id
	return r.addContact(c, x, follow, r.before, fieldAt, func(storedID int64) error {
		if err := r.updateContact(c, storedID); err != nil {
			return err
		}
		return r.setFollowUpState(storedID, follow)
	})
}

// addContact stores a contact read from a row, with its follow-up's state,
// or deals with the stored one it equals (stored up to before) by update or
// as --on-duplicate says.
func (r *importRun) addContact(c *cells, x lifecycle.Contact, follow importedFollowUp, before int64, blame field, update func(storedID int64) error) error {
	return r.history(c, historyRow{
		noun:       "contact",
		customerID: x.CustomerID,
		twins:      `SELECT id FROM contacts WHERE customer_id = ? AND at = ? AND kind = ? AND summary = ? AND id <= ? ORDER BY id`,
		twinArgs:   []any{x.CustomerID, x.At.Unix(), string(x.Kind), x.Summary},
		before:     before,
		blame:      blame,
		insert: func() error {
			id, err := insertContact(r.ctx, r.st, x, r.now.Unix())
			if err != nil {
				return err
			}
			return r.setFollowUpState(id, follow)
		},
		update: update,
	})
}

// purchaseRow imports one row of a purchases file. Customers it creates
// start in the first owning phase, since they have bought.
func (r *importRun) purchaseRow(c *cells) error {
	p := lifecycle.Purchase{Currency: lifecycle.DefaultCurrency, Who: r.book.User()}
	c.applyPurchase(&p)
	c.require(fieldAt, fieldAmount)
	if c.bad() || !validPurchase(c, p) {
		return nil
	}
	id, err := r.customerFor(c, p.At, lifecycle.Owning)
	if err != nil || id == 0 {
		return err
	}
	p.CustomerID = id
	return r.addPurchase(c, p, fieldAt, func(storedID int64) error { return r.updatePurchase(c, storedID) })
}

// validPurchase tells whether the domain takes a purchase read from a row,
// and records why not. Shops export free orders (CDNOW has some), so an
// import takes a zero amount that tend buy refuses as a likely slip.
func validPurchase(c *cells, p lifecycle.Purchase) bool {
	probe := p
	if probe.Amount == 0 {
		probe.Amount = 1
	}
	if err := probe.Validate(); err != nil {
		c.failInvalid(err)
		return false
	}
	return true
}

// addPurchase stores a purchase read from a row, or deals with the stored
// one it equals by update or as --on-duplicate says.
func (r *importRun) addPurchase(c *cells, p lifecycle.Purchase, blame field, update func(storedID int64) error) error {
	if fits, err := r.spend(p.CustomerID, p.Amount); !fits || err != nil {
		if !fits {
			c.fail(fieldAmount, lifecycle.Problemf(CodeSpentTooMuch, lifecycle.Values{"Most": lifecycle.Money(math.MaxInt64)},
				"brings what the customer spent beyond %s, more than the book can add up", lifecycle.Money(math.MaxInt64).Grouped()))
		}
		return err
	}
	return r.history(c, historyRow{
		noun:       "purchase",
		customerID: p.CustomerID,
		twins:      `SELECT id FROM purchases WHERE customer_id = ? AND at = ? AND amount_cents = ? AND id <= ? ORDER BY id`,
		twinArgs:   []any{p.CustomerID, p.At.Unix(), int64(p.Amount)},
		before:     r.before,
		blame:      blame,
		insert: func() error {
			_, err := insertPurchase(r.ctx, r.st, p, r.now.Unix())
			return err
		},
		update: update,
	})
}

// spend adds an amount to what a customer has spent, and says false where
// the sum would be beyond what the book can add up: the summaries are
// counted by SQLite, which would refuse the whole import without naming the
// row. A customer's sum starts as what the book holds of it.
func (r *importRun) spend(id int64, amount lifecycle.Money) (bool, error) {
	sum, seen := r.spent[id]
	if !seen {
		err := r.st.QueryRowContext(r.ctx, `SELECT coalesce(sum(amount_cents), 0) FROM purchases WHERE customer_id = ?`, id).Scan(&sum)
		if err != nil {
			return false, lifecycle.Problemf(CodeReadSpent, lifecycle.Values{"ID": id},
				"read what customer %d spent: %w", id, describe(err))
		}
	}
	sum, fits := sum.Plus(amount)
	if fits {
		r.spent[id] = sum
	}
	return fits, nil
}

// history stores a contact or purchase, or deals with the stored one it
// equals as --on-duplicate says.
func (r *importRun) history(c *cells, h historyRow) error {
	storedID, err := r.storedTwin(h)
	if err != nil {
		return err
	}
	switch {
	case storedID == 0:
		err = h.insert()
		r.report.New++
	case r.opt.OnDuplicate == DuplicateSkip:
		r.report.Skipped++
		return nil
	case r.opt.OnDuplicate == DuplicateUpdate:
		err = h.update(storedID)
		r.report.Updated++
	default:
		c.fail(h.blame, lifecycle.Problemf(CodeDuplicateRecord, lifecycle.Values{"Kind": h.noun, "ID": storedID},
			"the same %s is already in the book (%s %d)", h.noun, h.noun, storedID))
		return nil
	}
	if err != nil {
		return err
	}
	return r.touch(h.customerID, true)
}

// storedTwin returns the id of a row stored before the import that the row
// equals, or 0. Each stored row is matched once, so that a file with two
// equal purchases (two orders of one amount on one day) against a book that
// has one of them adds the other.
func (r *importRun) storedTwin(h historyRow) (int64, error) {
	if h.before == 0 {
		return 0, nil
	}
	rows, err := r.st.QueryContext(r.ctx, h.twins, append(h.twinArgs, h.before)...)
	if err != nil {
		return 0, lifecycle.Problemf(CodeLookForTwin, lifecycle.Values{"Kind": h.noun},
			"look for the same %s in the book: %w", h.noun, describe(err))
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return 0, lifecycle.Problemf(CodeLookForTwin, lifecycle.Values{"Kind": h.noun},
				"look for the same %s in the book: %w", h.noun, describe(err))
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return 0, lifecycle.Problemf(CodeLookForTwin, lifecycle.Values{"Kind": h.noun},
			"look for the same %s in the book: %w", h.noun, describe(err))
	}
	key := fmt.Sprint(h.twinArgs...)
	n := r.matched[key]
	if n >= len(ids) {
		return 0, nil
	}
	r.matched[key] = n + 1
	return ids[n], nil
}

// updateContact overwrites a stored contact's direction, sentiment, moment
// and follow-up with the row's non-empty cells. The stored contact is read
// outside the import's transaction, which sees it as it was before.
func (r *importRun) updateContact(c *cells, id int64) error {
	found, err := r.book.contacts(r.ctx, `id = ?`, id)
	if err != nil || len(found) != 1 {
		return cmp.Or(err, lifecycle.Problemf(CodeRecordGone, lifecycle.Values{"Kind": "contact", "ID": id},
			"contact %d is no longer in the book", id))
	}
	x := found[0]
	c.applyContact(&x)
	_, err = r.st.ExecContext(r.ctx, `UPDATE contacts SET direction = ?, sentiment = ?, moment = ?, follow_up_at = ? WHERE id = ?`,
		string(x.Direction), string(x.Sentiment), x.Moment, unixOrNull(x.FollowUp), id)
	if err != nil {
		return lifecycle.Problemf(CodeUpdateContact, lifecycle.Values{"ID": id}, "update contact %d: %w", id, describe(err))
	}
	return nil
}

// updatePurchase overwrites a stored purchase's currency and note with the
// row's non-empty cells.
func (r *importRun) updatePurchase(c *cells, id int64) error {
	found, err := r.book.purchases(r.ctx, `id = ?`, id)
	if err != nil || len(found) != 1 {
		return cmp.Or(err, lifecycle.Problemf(CodeRecordGone, lifecycle.Values{"Kind": "purchase", "ID": id},
			"purchase %d is no longer in the book", id))
	}
	p := found[0]
	c.applyPurchase(&p)
	_, err = r.st.ExecContext(r.ctx, `UPDATE purchases SET currency = ?, note = ? WHERE id = ?`, p.Currency, p.Note, id)
	if err != nil {
		return lifecycle.Problemf(CodeUpdatePurchase, lifecycle.Values{"ID": id}, "update purchase %d: %w", id, describe(err))
	}
	return nil
}

// lastID is the id of the last contact or purchase stored.
func lastID(ctx context.Context, tx *sql.Tx, what Entity) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM `+string(what)).Scan(&id)
	if err != nil {
		return 0, lifecycle.Problemf(CodeReadBook, lifecycle.Values{"What": what},
			"read the book's %s: %w", what, describe(err))
	}
	return id, nil
}
