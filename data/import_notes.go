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

// writeNotes stores the notes about new customers, once the customers are
// written, and has their summaries counted again.
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
