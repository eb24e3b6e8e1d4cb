package data

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"

	"tend/lifecycle"
)

// A copy moves a whole book from one place to another: a file to a server,
// a server to a file, a file to a file. It reads one snapshot of the
// source and writes the target in one transaction, so that a copy cut
// short leaves the target as empty as it found it.

// copyTable is a table a copy carries, parents before the rows that name
// them, each read in the order of its key.
type copyTable struct {
	name, order string
	// where picks the rows carried; "" carries them all.
	where string
}

// copiedTables are the tables whose rows a copy carries.
var copiedTables = []copyTable{
	// The target keeps its own identity: a book's identity tells its
	// files apart from every copy's.
	{name: "settings", order: "key", where: "key <> '" + identityKey + "'"},
	{name: "phases", order: "key"},
	{name: "move_reasons", order: "kind, key"},
	{name: "customers", order: "id"},
	{name: "tags", order: "customer_id, tag"},
	{name: "contacts", order: "id"},
	{name: "purchases", order: "id"},
	{name: "phase_changes", order: "id"},
	{name: "triage", order: "customer_id"},
	{name: "flags", order: "customer_id, kind"},
	{name: "flag_reasons", order: "customer_id"},
	{name: "flag_ranks", order: "customer_id, kind"},
	{name: "fitted_models", order: "id"},
	{name: "audit", order: "id"},
	{name: "merges", order: "id"},
	{name: "templates", order: "id"},
}

// rebuiltTables are the tables a copy does not carry, with why: the
// target's own triggers fill them as the rows go in, or they are the
// target's own.
var rebuiltTables = map[string]string{
	"phase_totals":        "the board's totals, kept by the target's triggers as the customers go in",
	"activity_hours":      "the insights' sums by the hour, kept by the target's triggers as the history goes in",
	"customers_fts":       "the search index of a file, kept by its triggers as the customers go in",
	"contacts_fts":        "the search index of a file, kept by its triggers as the contacts go in",
	"purchases_fts":       "the search index of a file, kept by its triggers as the purchases go in",
	"tend_migrations":     "the schema steps a server book has taken, the target's own",
	"book_changes":        "the count of a server book's writes that open boards watch, the target's own",
	"flagged_weeks":       "the insights' weekly flagged counts, counted again at their next opening",
	"flagged_weeks_drops": "how often kept weeks were dropped, the target's own",
	"applied_writes":      "the ids of the writes a server book applied, which guard its writes' retries, the target's own",
}

// seededTables are the tables a new book starts with rows in (the default
// lifecycle, its settings, the move reasons): a copy replaces those rows
// with the source's, and an empty book is one with nothing else.
var seededTables = map[string]bool{"settings": true, "phases": true, "move_reasons": true, "templates": true}

// CopyProgress is told, as a copy goes, how many of the source's rows it
// has written of how many.
type CopyProgress func(done, total int64)

// CopyReport counts what a copy wrote.
type CopyReport struct {
	Customers, Rows int64
}

// CopyTo writes the whole book into the book to, which must hold no
// customers and no history (a new book's lifecycle and settings are
// replaced by this book's). It writes to in one transaction; ids, money
// and times keep their exact values. progress may be nil.
func (b *Book) CopyTo(ctx context.Context, to *Book, progress CopyProgress) (CopyReport, error) {
	if sameBook(b, to) {
		return CopyReport{}, lifecycle.Problemf(CodeCopyItself, lifecycle.Values{"Book": b.path},
			"%s is the book being copied; copy it to another place", b.path)
	}
	if err := to.CheckEmpty(ctx); err != nil {
		return CopyReport{}, err
	}
	src, err := b.reader.BeginTx(ctx, b.snapshotOptions())
	if err != nil {
		return CopyReport{}, b.copyFailed(to, err)
	}
	defer src.Rollback()
	c := &bookCopy{from: src, engine: b.engine, progress: progress}
	if err := c.countRows(ctx); err != nil {
		return CopyReport{}, b.copyFailed(to, err)
	}
	if err := to.copyInto(ctx, c.fill); err != nil {
		return CopyReport{}, b.copyFailed(to, err)
	}
	return CopyReport{Customers: c.customers, Rows: c.done}, nil
}

// copyFailed says that a copy failed and left its target as it was.
func (b *Book) copyFailed(to *Book, err error) error {
	if c, ok := errors.AsType[lifecycle.Coded](err); ok && c.Code() == CodeCopyNotEmpty {
		return err
	}
	return lifecycle.Problemf(CodeCopyFailed, lifecycle.Values{"From": b.path, "To": to.path, "Cause": describe(err)},
		"the copy of %s to %s failed, and nothing was written there: %w", b.path, to.path, describe(err))
}

// snapshotOptions are those of a read that sees one moment of the book
// throughout: a read transaction on a file does; on a server it must
// ask for it.
func (b *Book) snapshotOptions() *sql.TxOptions {
	if b.engine.onFile() {
		return nil
	}
	return &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}
}

// sameBook tells that two open books are one: the same file, or the same
// server database.
func sameBook(a, b *Book) bool {
	if a.engine.onFile() != b.engine.onFile() {
		return false
	}
	if !a.engine.onFile() {
		return a.path == b.path
	}
	x, errX := os.Stat(a.path)
	y, errY := os.Stat(b.path)
	if errX != nil || errY != nil {
		return filepath.Clean(a.path) == filepath.Clean(b.path)
	}
	return os.SameFile(x, y)
}

// refuseNonEmpty refuses a target that holds any row beyond what a new
// book starts with, saying what it found.
func refuseNonEmpty(ctx context.Context, to *Book, count func(ctx context.Context, table string) (int64, error)) error {
	var customers, rows int64
	for _, t := range copiedTables {
		if seededTables[t.name] {
			continue
		}
		n, err := count(ctx, t.name)
		if err != nil {
			return err
		}
		if t.name == "customers" {
			customers = n
		} else {
			rows += n
		}
	}
	if customers+rows == 0 {
		return nil
	}
	return lifecycle.Problemf(CodeCopyNotEmpty, lifecycle.Values{"Book": to.path, "Count": int(customers), "Records": int(rows)},
		"the book at %s already holds customers (%d) and other records (%d); a copy goes only into an empty book, "+
			"and nothing was changed", to.path, customers, rows)
}

// rowCounter counts a table's rows through q.
func rowCounter(q querier) func(ctx context.Context, table string) (int64, error) {
	return func(ctx context.Context, table string) (int64, error) {
		var n int64
		err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n)
		return n, err
	}
}

// CopyToLocation copies the whole book, as CopyTo does, into the book at
// location: a file, made when there is none, or a server database, whose
// book is made when it is empty. A file made for the copy is removed
// again when the copy fails.
func (b *Book) CopyToLocation(ctx context.Context, location string, progress CopyProgress) (CopyReport, error) {
	to, err := Open(ctx, location)
	if err != nil {
		return CopyReport{}, err
	}
	report, err := b.CopyTo(ctx, to, progress)
	to.Close()
	if err != nil && to.Created && to.engine.onFile() {
		removeBook(to.path)
	}
	return report, err
}
