package data

import "context"

// The tables a customers import fills: the customers, their tags, the
// records of their first phases and their flags.
var customerTables = []string{"customers", "tags", "phase_changes", "flags"}

// startBulk sets the filled tables' indexes and triggers aside (on a
// server, the triggers that keep sums only: see setAsideSums) when a
// customers import of at most rows rows is large against the book: as many
// rows as the book has customers, or more. Then rebuilding the indexes once
// costs less than keeping them up to date row by row; into a large book, a
// small file would pay for rebuilding all of it. Tags and phase changes
// grow with the customers, so the customers decide for all three tables.
// A file's rows are counted by its lines before they are read, which a
// cell with a line break in it or a blank line can make too many: that
// changes only how fast the import is.
func (r *importRun) startBulk(what Entity, rows int) error {
	if what != Customers || rows < r.ix.count || rows == 0 {
		return nil
	}
	if !r.book.engine.onFile() {
		r.sums = r.book.engine.setAsideSums(r.ctx, r.tx, customerTables...)
		return nil
	}
	var err error
	if r.bulk, err = startBulkLoad(r.ctx, r.tx, customerTables...); err != nil {
		return err
	}
	r.ix.unindexed = func(ctx context.Context) error { return r.bulk.putBack(ctx, lookupIndexes...) }
	return nil
}

// lookupIndexes are the indexes an import reads while it writes: by them
// it finds the customers a file names twice.
var lookupIndexes = []string{"customers_by_email", "customers_by_name"}
