package data

import (
	"slices"
	"time"

	"tend/lifecycle"
)

// dealsBefore notes the last purchase and the last contact stored before a
// deals import, which may find a deal's purchase or note among them.
func (r *importRun) dealsBefore() error {
	var err error
	if r.before, err = lastID(r.ctx, r.tx, Purchases); err != nil {
		return err
	}
	r.beforeNotes, err = lastID(r.ctx, r.tx, Contacts)
	return err
}

// storeDeal stores a deal of customer id as a purchase (won) or a note
// (open or lost), and counts it.
func (r *importRun) storeDeal(c *cells, id int64, d Deal, at time.Time) error {
	counts, stored := &r.report.Deals, r.report.New
	if d.Status == DealWon {
		counts.Won++
		p := lifecycle.Purchase{CustomerID: id, At: at, Amount: d.Value, Currency: d.Currency, Note: d.Title, Who: r.book.User()}
		if !validPurchase(c, p) {
			return nil
		}
		err := r.addPurchase(c, p, fieldTitle, func(storedID int64) error { return r.updatePurchase(c, storedID) })
		if r.report.New > stored {
			counts.Purchases++
		}
		return err
	}
	x := lifecycle.Contact{CustomerID: id, Kind: lifecycle.Note, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral,
		At: at, Summary: r.dealNote(d), FollowUp: d.ExpectedClose, Who: r.book.User()}
	if d.Status == DealOpen {
		counts.Open++
	} else {
		counts.Lost++
	}
	if err := x.Validate(); err != nil {
		c.failInvalid(err)
		return nil
	}
	err := r.addContact(c, x, importedFollowUp{}, r.beforeNotes, fieldTitle, func(storedID int64) error { return r.reviseFollowUp(storedID, x.FollowUp) })
	if r.report.New > stored {
		counts.Notes++
		if !x.FollowUp.IsZero() {
			counts.FollowUps++
		}
	}
	return err
}

// dealNote is the summary of a deal's note, in the words the caller gives;
// data has none of its own, so without them it is the deal's title.
func (r *importRun) dealNote(d Deal) string {
	if r.opt.DealNote == nil {
		return d.Title
	}
	return r.opt.DealNote(d)
}

// reviseFollowUp sets the follow-up of a deal's note imported before to
// the day the deal is now expected to close.
func (r *importRun) reviseFollowUp(id int64, due time.Time) error {
	_, err := r.st.ExecContext(r.ctx, `UPDATE contacts SET follow_up_at = ? WHERE id = ?`, unixOrNull(due), id)
	if err != nil {
		return lifecycle.Problemf(CodeUpdateContact, lifecycle.Values{"ID": id}, "update contact %d: %w", id, describe(err))
	}
	return nil
}

// moveForDeal moves a customer up to the phase a deal puts it in, at
// least: one in an earlier buying phase moves, one further on stays. The
// move is dated when the deal's purchase or note happened, and never
// before the customer entered its phase, so that the phase history stays
// in order; it is recorded as an import's moves are, in the phase history
// and the audit trail.
func (r *importRun) moveForDeal(id int64, target lifecycle.Phase, at time.Time) error {
	cust, err := customerByID(r.ctx, r.tx, id)
	if err != nil {
		return err
	}
	if !r.behind(cust.Phase, target) {
		return nil
	}
	if at.Before(cust.PhaseSince) {
		at = cust.PhaseSince
	}
	ch, err := r.lc.Move(id, cust.Phase, target.Key, "import", at)
	if err != nil {
		return err
	}
	ch.Who = r.book.User()
	if _, err := r.book.recordMove(r.ctx, r.tx, ch); err != nil {
		return err
	}
	r.report.Deals.moved(target)
	return r.touch(id, false)
}

// behind tells whether a customer in phase cur is short of target: in a
// buying phase before it. A customer in a phase the lifecycle lacks stays.
func (r *importRun) behind(cur string, target lifecycle.Phase) bool {
	p, err := r.lc.Find(cur)
	if err != nil || p.Group != lifecycle.Buying || p.Key == target.Key {
		return false
	}
	at := func(key string) int {
		return slices.IndexFunc(r.lc.Phases, func(q lifecycle.Phase) bool { return q.Key == key })
	}
	return target.Group == lifecycle.Owning || at(p.Key) < at(target.Key)
}

// moved counts a customer moved to phase p.
func (d *DealReport) moved(p lifecycle.Phase) {
	for i := range d.Moved {
		if d.Moved[i].Phase.Key == p.Key {
			d.Moved[i].Customers++
			return
		}
	}
	d.Moved = append(d.Moved, PhaseMoves{Phase: p, Customers: 1})
}
