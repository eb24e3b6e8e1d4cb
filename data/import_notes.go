package data

import "tend/lifecycle"

// readNote reads the row's note about the customer as a contact of kind
// note, on the day the customer was created (by the importing user, named
// as it is stored); nil when there is none.
func (r *importRun) readNote(c *cells, cust lifecycle.Customer) *lifecycle.Contact {
	summary, ok := c.text(fieldNote)
	if !ok {
		return nil
	}
	at := cust.CreatedAt
	if at.IsZero() {
		at = r.now
	}
	x := lifecycle.Contact{At: at, Kind: lifecycle.Note, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: summary}
	if err := x.Validate(); err != nil {
		c.fail(fieldNote, err)
		return nil
	}
	return &x
}

// writeNotes stores the notes about customers (new ones, and ones the book
// had that keepNote gave one), once the customers are written, and has
// their summaries counted again.
func (r *importRun) writeNotes() error {
	for _, x := range r.notes {
		if _, err := insertContact(r.ctx, r.st, x, r.now.Unix()); err != nil {
			return err
		}
		if err := r.touch(x.CustomerID, true); err != nil {
			return err
		}
	}
	return nil
}

// keepNote queues the row's note about a customer the book has already
// (before, as stored; line is the line of the file that added it, 0 for
// one in the book before the import), unless the customer holds a note of
// that text: a card imported again adds its note once. The note is dated
// when the customer was created, where a new customer's note stands: it
// says something about the person, it is no contact with them, and dated
// the day of the import it would make a quiet customer look contacted.
func (r *importRun) keepNote(note *lifecycle.Contact, before lifecycle.Customer, line int) error {
	if note == nil {
		return nil
	}
	if line > 0 {
		for _, x := range r.notes {
			if x.CustomerID == before.ID && x.Summary == note.Summary {
				return nil
			}
		}
	}
	var held bool
	err := r.st.QueryRowContext(r.ctx, `SELECT EXISTS (SELECT 1 FROM contacts WHERE customer_id = ? AND kind = ? AND summary = ?)`,
		before.ID, string(lifecycle.Note), note.Summary).Scan(&held)
	if err != nil {
		return lifecycle.Problemf(CodeReadHistory, lifecycle.Values{"Customer": before.Name},
			"read the history of %s: %w", before.Name, describe(err))
	}
	if !held {
		x := *note
		x.CustomerID, x.Who, x.At = before.ID, r.book.User(), before.CreatedAt
		r.notes = append(r.notes, x)
	}
	return nil
}
