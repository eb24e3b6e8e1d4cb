package data

import (
	"strconv"
	"time"

	"tend/lifecycle"
)

// customerCells is what a row of a customers file says, read ahead of the
// writer: the customer it gives, why the domain would refuse it as a new
// customer, and how it would be stored as one, with its flags.
type customerCells struct {
	cust         lifecycle.Customer
	lastActivity time.Time // in the system the file came from; zero for none
	keys         customerKeys
	problemIn    field
	problem      error
	stored       customerRow
	flags        []lifecycle.Flag
	kept         keptFlags // the flags as the book keeps them with their reasons
	storeError   error
	note         *lifecycle.Contact // a note about the customer (a vCard's NOTE), its id to be given
}

// readCustomer reads a customers row ahead of customerRow. It must not look
// at the book: which customer a row stands for is only known when the rows
// before it are in. Flagging a new customer goes by its row alone, so it
// is done here, off the writer's core.
func (r *importRun) readCustomer(c *cells) {
	var cust lifecycle.Customer
	r.applyCustomer(c, &cust)
	cust.ID = c.rowID()
	var last time.Time
	setCell(c, fieldLastActivity, &last, c.happened)
	note := r.readNote(c, cust)
	if c.bad() {
		return
	}
	cust.Normalize()
	read := &customerCells{cust: cust, lastActivity: last, keys: keysOf(cust.Email, cust.Name), note: note}
	if read.problemIn, read.problem = profileProblem(cust, lifecycle.Customer{}); read.problem == nil && cust.Name != "" {
		read.stored, read.flags, read.storeError = r.newCustomer(cust)
		read.kept = keepFlags(read.flags)
	}
	c.customer = read
}

// newCustomer is how a validated customer is stored as a new one, and the
// flags it is stored with.
func (r *importRun) newCustomer(cust lifecycle.Customer) (customerRow, []lifecycle.Flag, error) {
	row, err := newCustomerRow(cust, r.lc, r.now)
	if err != nil {
		return row, nil, err
	}
	flags, err := r.sc.newCustomerFlags(r.ahead, row)
	return row, flags, err
}

// customerRow imports one row of a customers file: a new customer, or one
// the book has already (same id, else e-mail, else name and company), which
// --on-duplicate decides about.
func (r *importRun) customerRow(c *cells) error {
	cust := c.customer.cust
	twin, by, err := r.ix.twin(cust.ID, c.customer.keys, cust.Company)
	switch {
	case bookFailed(err):
		return err
	case err != nil:
		c.fail(by, err)
		return nil
	case twin == nil:
		return r.addCustomer(c, c.customer)
	case r.opt.OnDuplicate == DuplicateSkip:
		r.report.Skipped++
		return nil
	case r.opt.OnDuplicate == DuplicateUpdate:
		return r.updateCustomer(c, twin)
	}
	c.fail(by, duplicateCustomer(twin, by))
	return nil
}

// matchWords says in words what a duplicate matched on.
var matchWords = map[field]string{fieldID: "id", fieldEmail: "e-mail", fieldName: "name and company"}

// duplicateCustomer says that a row's customer is one the file or the book
// has already; By is the field they share (id, email or name, which is
// name and company).
func duplicateCustomer(twin *indexed, by field) error {
	if twin.line > 0 {
		return lifecycle.Problemf(CodeDuplicateLine, lifecycle.Values{"Line": twin.line, "By": by.String()},
			"line %d has the same %s", twin.line, matchWords[by])
	}
	return lifecycle.Problemf(CodeDuplicateCustomer, lifecycle.Values{"ID": twin.id, "Name": twin.name, "By": by.String()},
		"customer %d (%q) in the book has the same %s", twin.id, twin.name, matchWords[by])
}

func (r *importRun) addCustomer(c *cells, read *customerCells) error {
	cust := read.cust
	if cust.Name == "" {
		c.fail(fieldName, lifecycle.Problemf(CodeNewNeedsName, nil, "a new customer needs a name"))
		return nil
	}
	if read.problem != nil {
		c.fail(read.problemIn, read.problem)
		return nil
	}
	if read.storeError != nil {
		return read.storeError
	}
	id, err := r.batch.add(r.ctx, cust, c.line, read)
	if err != nil {
		return err
	}
	r.ix.put(id, read.keys, false)
	r.report.New++
	r.counted(cust, read.stored.phase)
	r.keepLastActivity(id, read.lastActivity, time.Time{})
	if read.note != nil {
		read.note.CustomerID, read.note.Who = id, r.book.User()
		r.notes = append(r.notes, *read.note)
	}
	return nil
}

// updateCustomer overwrites a stored customer's fields with the row's
// non-empty cells. A new phase is recorded as a move (at the row's
// phase_since, else now), and an archive date archives the customer; the
// creation time stays, since it is history.
func (r *importRun) updateCustomer(c *cells, twin *indexed) error {
	if err := r.batch.flush(r.ctx); err != nil {
		return err
	}
	before, err := customerByID(r.ctx, r.st, twin.id)
	if err != nil {
		return err
	}
	after := before
	r.applyCustomer(c, &after)
	after.Normalize()
	if f, err := profileProblem(after, before); err != nil {
		c.fail(f, err)
		return nil
	}
	if problem, err := r.moveProblem(before, after); problem != nil || err != nil {
		if problem != nil {
			c.fail(fieldPhaseSince, problem)
		}
		return err
	}
	after.UpdatedAt = r.now
	if err := updateProfile(r.ctx, r.st, after); err != nil {
		return err
	}
	if err := r.book.auditProfile(r.ctx, r.st, before, after, r.now); err != nil {
		return err
	}
	if after.Phase != before.Phase {
		if err := r.movePhase(before, after); err != nil {
			return err
		}
	}
	if !after.ArchivedAt.Equal(before.ArchivedAt) {
		if _, err := r.st.ExecContext(r.ctx, `UPDATE customers SET archived_at = ? WHERE id = ?`, unixOrNull(after.ArchivedAt), after.ID); err != nil {
			return lifecycle.Problemf(CodeArchiveCustomer, lifecycle.Values{"ID": after.ID},
				"archive customer %d: %w", after.ID, describe(err))
		}
		if err := r.book.audit(r.ctx, r.st, after.ID, r.now, "archived", strconv.FormatBool(before.Archived()), strconv.FormatBool(after.Archived())); err != nil {
			return err
		}
	}
	r.ix.put(twin.id, keysOf(after.Email, after.Name), twin.line == 0)
	r.report.Updated++
	r.counted(after, after.Phase)
	r.keepLastActivity(twin.id, c.customer.lastActivity, before.LastContactAt)
	if err := r.keepNote(c.customer.note, before, twin.line); err != nil {
		return err
	}
	return r.touch(twin.id, false)
}

// moveProblem says why the row may not move the customer to another phase
// at the date it gives (phase_since): one before the customer's latest
// move would leave the history ending in another phase than the one the
// customer is in. The error is a failure of the book.
func (r *importRun) moveProblem(before, after lifecycle.Customer) (problem, err error) {
	if after.Phase == before.Phase || after.PhaseSince.Equal(before.PhaseSince) {
		return nil, nil
	}
	var latest int64
	err = r.st.QueryRowContext(r.ctx, `SELECT coalesce(max(at), 0) FROM phase_changes WHERE customer_id = ?`, before.ID).Scan(&latest)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadPhaseHistory, lifecycle.Values{"ID": before.ID},
			"read the phase history of customer %d: %w", before.ID, describe(err))
	}
	if at := time.Unix(latest, 0); after.PhaseSince.Before(at) {
		return lifecycle.Problemf(CodeMoveBefore, lifecycle.Values{"Since": after.PhaseSince, "Latest": at},
			"%s is before the customer's latest change of phase on %s; a move can only follow it",
			after.PhaseSince.Format(time.DateOnly), at.Format(time.DateOnly)), nil
	}
	return nil, nil
}

func (r *importRun) movePhase(before, after lifecycle.Customer) error {
	at := r.now
	if !after.PhaseSince.Equal(before.PhaseSince) {
		at = after.PhaseSince
	}
	ch, err := r.lc.Move(after.ID, before.Phase, after.Phase, "import", at)
	if err != nil {
		return err
	}
	_, err = r.book.recordMove(r.ctx, r.tx, ch)
	return err
}

// profileProblem says why the domain refuses a customer changed from was
// (the zero Customer for a new one), and blames the field whose value it
// refuses: the one over its limit, else the one that, cleared, would let
// it pass.
func profileProblem(cust, was lifecycle.Customer) (field, error) {
	err := cust.ValidateChange(was)
	if f, ok := limitField(err); ok || err == nil {
		return f, err
	}
	for _, suspect := range []struct {
		field field
		clear func(*lifecycle.Customer)
	}{
		{fieldEmail, func(c *lifecycle.Customer) { c.Email = "" }},
		{fieldValue, func(c *lifecycle.Customer) { c.Value = 0 }},
		{fieldOtherEmails, func(c *lifecycle.Customer) { c.OtherEmails = nil }},
		{fieldOtherPhones, func(c *lifecycle.Customer) { c.OtherPhones = nil }},
	} {
		probe := cust
		suspect.clear(&probe)
		if probe.ValidateChange(was) == nil {
			return suspect.field, err
		}
	}
	return fieldName, err
}
