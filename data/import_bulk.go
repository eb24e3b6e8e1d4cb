package data

// The tables a customers import fills: the customers, their tags, the
// records of their first phases and their flags.
var customerTables = []string{"customers", "tags", "phase_changes", "flags"}

// startBulk sets the filled tables' indexes and triggers aside when a
// customers import of rows rows is large against the book: at least as many
// rows as the book has customers. Then rebuilding the indexes once costs
// less than keeping them up to date row by row; into a large book, a small
// file would pay for rebuilding all of it. Tags and phase changes grow with
// the customers, so the customers decide for all three tables.
func (r *importRun) startBulk(what Entity, rows int) error {
	if what != Customers || rows < len(r.ix.byID) || rows == 0 {
		return nil
	}
	var err error
	r.bulk, err = startBulkLoad(r.ctx, r.tx, customerTables...)
	return err
}
