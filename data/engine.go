package data

import (
	"context"
	"database/sql"
	"net/url"
	"strings"
)

// engine is what differs between the two places a book may live: a SQLite
// file, or a database on a PostgreSQL server. The store's queries are the
// same on both (the server's driver rewrites their placeholders); what
// cannot be written once for both is here, one file per engine.
type engine interface {
	// onFile tells a SQLite file, whose connections take SQLite's
	// settings (pragmas); a server's are the server's.
	onFile() bool
	// setUp checks that the database holds a tend book this version
	// reads, and creates its schema in an empty one.
	setUp(ctx context.Context, b *Book, created bool) error
	// writeOptions are the options of a write transaction.
	writeOptions() *sql.TxOptions
	// beginWrite starts every write transaction: it waits for the
	// writes of other tends to end, so that writes run one at a time;
	// with a claim, it records the write's id and tells whether an
	// earlier try applied it already (claimServerWrite).
	beginWrite(ctx context.Context, tx *sql.Tx, claim *writeID) (applied bool, err error)
	// retryable tells a failed write that may be run again whole: the
	// server gave way to another writer's transaction.
	retryable(err error) bool
	// markWrite ends every write transaction, for the watchers.
	markWrite(ctx context.Context, tx *sql.Tx) error
	// sendAhead sends the statements that will be run on ex (a connection
	// or a transaction: one connection), in their order and with nothing
	// run between them that changes their answers, to be answered in one
	// round trip where the engine can; a file's are answered as they run.
	sendAhead(ctx context.Context, ex execer, stmts []statement) error
	// openWatch opens the connection a Watcher reads the change mark on.
	openWatch(b *Book) (*sql.DB, error)
	// changeMark reads a number that changes whenever another connection
	// commits a write to the book.
	changeMark(ctx context.Context, conn *sql.Conn) (int64, error)
	// eachRow runs a query whose rows may be many on db and calls fn
	// with each row as it comes, reading no more once fn fails.
	eachRow(ctx context.Context, db *sql.DB, query string, args []any, fn func(*sql.Rows) error) error
	// spansTable reads the spans a parameter holds, a JSON array of [i,
	// after, upto] (insights_activity.go), as a table s of those columns.
	spansTable(param string) string
	// idsIn is a query of one column of the ids a parameter holds, a JSON
	// array of integers: a set of any size in one statement.
	idsIn(param string) string
	// beforeErasure runs first in the transaction that forgets a customer.
	beforeErasure(ctx context.Context, tx *sql.Tx) error
	// afterErasure frees what the committed erasure left of the customer
	// where the engine may, and notes in e what it could not.
	afterErasure(ctx context.Context, b *Book, e *Erasure) error
	// soundnessChecks are the checks of where the book is kept, run
	// before those of what tend keeps in it.
	soundnessChecks() []bookCheck

	// What an import does differently (engine_*_import.go).
	importEngine
	// generatedColumns is the query of the names of a table's columns
	// that the engine computes from the others (its one argument the
	// table), which a copy leaves for the target to compute.
	generatedColumns() string
	// listen opens what hears of writes as they commit, so that a watcher
	// need not read the change mark until one is heard of; nil where the
	// engine has none (a file: its change mark costs no server a query).
	listen(ctx context.Context) (*serverListener, error)
	// customerMatches is a query of the ids (column id) of the customers
	// whose search text holds s, of three characters or more, in any case
	// and with accents folded; and its one argument.
	customerMatches(s string) (query string, arg any)
	// entryMatches is a query of the ids of the rows of table (contacts or
	// purchases) that have a word beginning with each of words, in any
	// case and with accents folded; and its one argument.
	entryMatches(table string, words []string) (query string, arg any)
	// matchesTable is the statement that makes the temporary table of a
	// board's matches, board_matches (id, phase, value_cents, urgency).
	matchesTable() string
	// checkSearchIndex finds where the search index differs from the rows
	// it is kept from, each a finding of Check.
	checkSearchIndex(ctx context.Context, b *Book) ([]error, error)
	// rebuildSearchIndex rebuilds the search index named index from the
	// rows, in tx; known is false for a name of no index of the engine.
	rebuildSearchIndex(ctx context.Context, tx *sql.Tx, index string) (known bool, err error)
}

// IsServerBook tells that a book's location names a database on a
// PostgreSQL server (a postgres:// or postgresql:// URL), not a file.
func IsServerBook(location string) bool {
	scheme, _, ok := strings.Cut(location, "://")
	return ok && (strings.EqualFold(scheme, "postgres") || strings.EqualFold(scheme, "postgresql"))
}

// MaskPassword gives a book's location as it may be shown: a server's URL
// with its password, if any, replaced by "xxxxx"; a file's path as it is.
// Every message that names a server book names it this way.
func MaskPassword(location string) string {
	if !IsServerBook(location) {
		return location
	}
	u, err := url.Parse(location)
	if err != nil {
		// An unreadable URL may hold a password anywhere after the scheme.
		scheme, _, _ := strings.Cut(location, "://")
		return scheme + "://…"
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}
