package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"time"

	"tend/lifecycle"
)

// Entity names what an import or export carries.
type Entity string

// The entities that can be imported and exported.
const (
	Customers Entity = "customers"
	Contacts  Entity = "contacts"
	Purchases Entity = "purchases"
)

// Entities lists the entities in the order they are offered.
var Entities = []Entity{Customers, Contacts, Purchases}

// AuditTrail is the audit trail of every customer's record: it is exported,
// never imported, since it tells what happened in this book.
const AuditTrail Entity = "history"

// ParseExported reads what an export can carry: an entity, or history.
func ParseExported(in string) (Entity, error) {
	if strings.EqualFold(strings.TrimSpace(in), string(AuditTrail)) {
		return AuditTrail, nil
	}
	e, err := ParseEntity(in)
	if err != nil || e == Deals {
		return "", lifecycle.Problemf(CodeExportKind, lifecycle.Values{"Kind": in},
			"unknown kind of record %q (use customers, contacts, purchases or history)", in)
	}
	return e, nil
}

// ParseEntity reads customers, contacts, purchases or deals (opportunities,
// as Odoo calls them), singular or plural: what an import carries.
func ParseEntity(in string) (Entity, error) {
	s := strings.ToLower(strings.TrimSpace(in))
	for _, e := range []Entity{Customers, Contacts, Purchases, Deals} {
		if s == string(e) || s+"s" == string(e) {
			return e, nil
		}
	}
	if s == "opportunity" || s == "opportunities" {
		return Deals, nil
	}
	return "", lifecycle.Problemf(CodeImportKind, lifecycle.Values{"Kind": in},
		"unknown kind of record %q (use customers, contacts, purchases or deals)", in)
}

// OnDuplicate says what an import does with a row that is already in the
// book.
type OnDuplicate string

// The ways to treat a duplicate. Error is the default: an import changes
// nothing the user did not ask for, and a second run of the same file is
// caught rather than doubled.
const (
	DuplicateError  OnDuplicate = "error"
	DuplicateSkip   OnDuplicate = "skip"
	DuplicateUpdate OnDuplicate = "update"
)

// ParseOnDuplicate reads error, skip or update.
func ParseOnDuplicate(s string) (OnDuplicate, error) {
	switch d := OnDuplicate(strings.ToLower(strings.TrimSpace(s))); d {
	case DuplicateError, DuplicateSkip, DuplicateUpdate:
		return d, nil
	}
	return "", lifecycle.Problemf(CodeOnDuplicate, lifecycle.Values{"Choice": s},
		"unknown choice %q (use error, skip or update)", s)
}

// RowError is one bad row of an import: the line of the file it starts on
// (the header is line 1), the column as the file names it (empty when the
// whole row is wrong) and what is wrong.
type RowError struct {
	File   string
	Line   int
	Column string
	Err    error
}

// Error reads FILE:LINE: column "X": what is wrong.
func (e RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: column %q: %v", e.File, e.Line, e.Column, e.Err)
}

// Unwrap gives what is wrong, so that errors.Is sees through the row.
func (e RowError) Unwrap() error { return e.Err }

// ImportError is a refused import: it lists the bad rows, the first
// maxBadRows of them, and the book is as it was.
type ImportError struct {
	File string
	Rows []RowError
	More int // the bad rows not listed
}

// Error says how many rows are bad, then lists each on a line of its own.
func (e *ImportError) Error() string {
	var b strings.Builder
	noun := "rows"
	if len(e.Rows)+e.More == 1 {
		noun = "row"
	}
	fmt.Fprintf(&b, "%s has %d bad %s, so nothing was imported:", e.File, len(e.Rows)+e.More, noun)
	for _, r := range e.Rows {
		b.WriteString("\n" + r.Error())
	}
	if e.More > 0 {
		fmt.Fprintf(&b, "\n… and %d more", e.More)
	}
	return b.String()
}

// errRolledBack ends the transaction of a dry run or a refused import.
var errRolledBack = lifecycle.Problemf(CodeRolledBack, nil, "rolled back")

// Import reads customers, contacts or purchases from CSV (or the CDNOW
// layout) and stores them in one transaction. A file with any bad row
// changes nothing, and the error, an *ImportError, lists every bad row. A
// dry run does all the work and rolls it back, so that its report is
// exactly what the import would do.
func (b *Book) Import(ctx context.Context, what Entity, src io.Reader, opt ImportOptions) (ImportReport, error) {
	report := ImportReport{Entity: what, DryRun: opt.DryRun}
	opt, err := checkImport(what, opt)
	if err != nil {
		return report, err
	}
	first, again, done, err := rereadable(src, b.engine.spoolDir(b.path))
	if err != nil {
		return report, err
	}
	defer done()
	t, cols, err := b.readImport(ctx, what, first, again, opt, &report)
	var long *ImportError
	if errors.As(err, &long) {
		return report, refused(opt.File, long.Rows, long.More)
	}
	if err != nil {
		return report, inFile(opt.File, err)
	}
	report.Encoding, report.Separator, report.Ignored, report.Derived = t.encoding, t.separator, cols.ignored, cols.derived
	report.Columns = cols.uses()
	bad, err := b.storeImport(ctx, what, t, cols, opt, &report)
	if bad.count() > 0 {
		return report, refused(opt.File, bad.listed, bad.more)
	}
	if errors.Is(err, errRolledBack) {
		err = nil
	}
	return report, err
}

// checkImport refuses an unknown entity, system or duplicate rule, and
// returns the options with a duplicate an error unless they say otherwise
// and the system named as ParseSource reads it (--from gives it as typed).
func checkImport(what Entity, opt ImportOptions) (ImportOptions, error) {
	if _, err := ParseEntity(string(what)); err != nil {
		return opt, err
	}
	if opt.OnDuplicate == "" {
		opt.OnDuplicate = DuplicateError
	}
	if opt.From != "" {
		var err error
		if opt.From, err = ParseSource(string(opt.From)); err != nil {
			return opt, err
		}
	}
	_, err := ParseOnDuplicate(string(opt.OnDuplicate))
	return opt, err
}

// storeImport stores the table's rows in one transaction, with the
// connection tuned for it, and rolls it back for a dry run or a bad row.
func (b *Book) storeImport(ctx context.Context, what Entity, t *table, cols *columns, opt ImportOptions, report *ImportReport) (badRows, error) {
	var bad badRows
	restore, err := b.tuneForImport(ctx, what)
	if err != nil {
		return bad, err
	}
	defer restore()
	err = b.write(ctx, func(tx *sql.Tx) error {
		run, err := b.startImport(ctx, tx, what, cols, t.most, opt, report)
		if err != nil {
			return err
		}
		defer run.batch.close()
		defer holdHeapDown(run.ix.filterBytes())()
		if err := run.startBulk(what, t.most); err != nil {
			return err
		}
		if bad, err = run.rows(t.rows, cols); err != nil {
			return err
		}
		run.plan()
		if bad.count() > 0 || opt.DryRun {
			return errRolledBack
		}
		return run.finish()
	})
	return bad, err
}

// inFile names the file an import could not read.
func inFile(file string, err error) error {
	return lifecycle.Problemf(CodeInFile, lifecycle.Values{"File": file}, "%s: %w", file, err)
}

// refused makes the error of an import with bad rows, in file order, and
// more not listed.
func refused(file string, bad []RowError, more int) *ImportError {
	slices.SortStableFunc(bad, func(a, b RowError) int { return a.Line - b.Line })
	for i := range bad {
		bad[i].File = file
	}
	return &ImportError{File: file, Rows: bad, More: more}
}

// maxBadRows is how many problems a refused import lists: a file of a
// million bad rows is not read again from a list of them, and listing them
// all would take as much memory as the file.
const maxBadRows = 100

// badRows are the problems an import found: the first maxBadRows, and how
// many more.
type badRows struct {
	listed []RowError
	more   int
}

func (b *badRows) add(errs ...RowError) {
	room := min(len(errs), maxBadRows-len(b.listed))
	b.listed = append(b.listed, errs[:room]...)
	b.more += len(errs) - room
}

func (b *badRows) count() int { return len(b.listed) + b.more }

// importRun is one import in its transaction.
type importRun struct {
	book   *Book
	ctx    context.Context
	tx     *sql.Tx
	st     *statements
	lc     lifecycle.Lifecycle
	now    time.Time
	opt    ImportOptions
	report *ImportReport
	ix     *customerIndex
	batch  *customerBatch
	read   func(*cells)                // reads a row's fields ahead of row, where the entity can
	row    func(*cells) error          // imports one row of the entity
	bulk   *bulkLoad                   // the indexes and triggers set aside, if any
	sums   func(context.Context) error // counts afresh the sums whose triggers were set aside, if any

	// sc flags customers by the book's rules, phases and models, which the
	// import does not change; ahead is the read-ahead's builder of facts
	// for flagging new customers, since a builder reuses its lists.
	sc    *scorer
	ahead *factsBuilder

	// For contacts and purchases: the last id stored before the import, so
	// that a row counts as a duplicate only of what was in the book
	// already, and how many of the stored rows equal to a row earlier rows
	// have matched. The customers whose history changed are noted in
	// touchedCustomers, with those whose profile or phase a customers
	// import changed; new customers of a customers file are flagged as they
	// are stored.
	before  int64
	matched map[string]int
	// beforeNotes is the last contact before a deals import, whose before
	// is the last purchase: deals become both.
	beforeNotes int64
	// spent is what each customer a purchases file names has spent so far,
	// so that no sum overflows.
	spent map[int64]lifecycle.Money

	// For customers: the table their stages are read by, the owners and
	// tags of the customers written, and their last activities in the
	// system the file came from, recorded when the customers are in.
	stages         *stageTable
	owners, tags   map[string]bool
	lastActivities []lastActivity
	// notes are the notes about customers a customers file gives (a
	// vCard's NOTE), stored as contacts once the customers are.
	notes []lifecycle.Contact
}

// startImport starts the import of a file of at most rows rows in tx.
func (b *Book) startImport(ctx context.Context, tx *sql.Tx, what Entity, cols *columns, rows int, opt ImportOptions, report *ImportReport) (*importRun, error) {
	run := &importRun{book: b, ctx: ctx, tx: tx, st: newStatements(tx), now: b.Now(), opt: opt, report: report,
		matched: map[string]int{}, spent: map[int64]lifecycle.Money{}}
	if err := importTables(ctx, tx, b.engine); err != nil {
		return nil, err
	}
	var err error
	if run.lc, err = readLifecycle(ctx, tx); err != nil {
		return nil, err
	}
	if run.sc, err = b.loadScorer(ctx, tx, run.now); err != nil {
		return nil, err
	}
	written := func(ctx context.Context) error { return run.batch.writeCustomers(ctx) }
	// Only contacts, purchases and deals find a customer by one of its
	// other e-mails; a customers import does not file them.
	if run.ix, err = loadCustomerIndex(ctx, run.st, rows, what != Customers, written); err != nil {
		return nil, err
	}
	if what == Customers {
		if err := run.startCustomers(cols); err != nil {
			return nil, err
		}
	}
	run.batch = newCustomerBatch(tx, b.engine, run.ix.maxID+1, b.User())
	run.row = map[Entity]func(*cells) error{Customers: run.customerRow, Contacts: run.contactRow, Purchases: run.purchaseRow, Deals: run.dealRow}[what]
	if what == Customers {
		return run, nil
	}
	if what == Deals {
		return run, run.dealsBefore()
	}
	run.before, err = lastID(ctx, tx, what)
	return run, err
}

// rows imports the rows of a file and returns the problems of the bad ones;
// an error is a failure of the book, which ends the import.
func (r *importRun) rows(rows iter.Seq2[tableRow, *RowError], cols *columns) (badRows, error) {
	chunks, stop := r.readAhead(rows, cols)
	defer stop()
	var bad badRows
	for chunk := range chunks {
		for _, c := range chunk {
			r.report.Rows++
			r.countStage(c)
			if !c.bad() {
				if err := r.row(c); err != nil {
					return bad, lifecycle.Problemf(CodeAtLine, lifecycle.Values{"File": r.opt.File, "Line": c.line},
						"%s:%d: %w", r.opt.File, c.line, err)
				}
			}
			bad.add(c.errs...)
		}
	}
	return bad, nil
}

// finish writes what is still queued, brings the summaries of the
// customers whose history changed up to date, once for each, and flags
// them and the edited customers again. No other customer's flags go by
// anything the import wrote: scoring the whole book would only age their
// flags, which the board's daily scoring does.
func (r *importRun) finish() error {
	if err := r.batch.flush(r.ctx); err != nil {
		return err
	}
	if err := r.recordLastActivities(); err != nil {
		return err
	}
	if err := r.writeNotes(); err != nil {
		return err
	}
	if err := r.refreshTouched(); err != nil {
		return err
	}
	if err := dropImportTables(r.ctx, r.tx); err != nil {
		return err
	}
	// After the scoring: the flags of a large import are written while the
	// indexes are set aside too, and the board's totals are counted with
	// them.
	if r.sums != nil {
		return r.sums(r.ctx)
	}
	if r.bulk == nil {
		return nil
	}
	return r.bulk.finish(r.ctx)
}
