package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"tend/lifecycle"
)

// Check reads the whole book and returns what is wrong with it, in words;
// none means the book is sound. It looks at the file (SQLite's integrity
// and foreign key checks) and at what tend keeps twice: each customer's
// summaries beside its history, the board's totals beside the customers,
// and the flags beside each customer's flag code.
func (b *Book) Check(ctx context.Context) ([]string, error) {
	var problems []string
	for _, c := range bookChecks {
		found, err := c.run(ctx, b.reader)
		if err != nil && errors.Is(describe(err), ErrDamaged) {
			// SQLite stops at a page it cannot read, and so would every
			// check after this one.
			return append(problems, "the file is damaged: SQLite cannot read part of it ("+c.what+")"), nil
		}
		if err != nil {
			return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"What": c.what},
				"check %s: %w", c.what, describe(err))
		}
		problems = append(problems, found...)
	}
	return problems, nil
}

// bookCheck is one of the checks: a query whose rows each say what is
// wrong.
type bookCheck struct {
	what  string
	query string
	// say puts a row in words.
	say func(a, b string) string
}

func (c bookCheck) run(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, c.query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var a, b sql.NullString
		if err := rows.Scan(&a, &b); err != nil {
			return found, err
		}
		found = append(found, c.say(a.String, b.String))
		if len(found) == maxProblems {
			found = append(found, c.what+": more problems of this kind not listed")
			break
		}
	}
	return found, rows.Err()
}

// maxProblems is how many problems of one kind Check lists; a badly
// damaged book would otherwise list every page.
const maxProblems = 20

var bookChecks = []bookCheck{
	{"the file", `SELECT integrity_check, '' FROM pragma_integrity_check WHERE integrity_check <> 'ok'`,
		func(msg, _ string) string { return "the file is damaged: " + msg }},
	{"the references", `SELECT "table", parent FROM pragma_foreign_key_check`,
		func(table, parent string) string {
			return fmt.Sprintf("a row of %s refers to a missing row of %s", table, parent)
		}},
	{"the customers' summaries", `SELECT id, name FROM customers WHERE ` + summaryMismatch,
		func(id, name string) string {
			return fmt.Sprintf("customer %s (%s): the counts, totals or latest dates differ from the history", id, name)
		}},
	{"the board's totals", phaseTotalsMismatch,
		func(phase, what string) string {
			return fmt.Sprintf("phase %s: the board's totals say %s", phase, what)
		}},
	// The insights replay the phase history: it must end where the board
	// shows the customer.
	{"the phase history", `SELECT id, name FROM customers c WHERE phase IS NOT (SELECT to_phase FROM phase_changes
			WHERE customer_id = c.id ORDER BY at DESC, id DESC LIMIT 1)`,
		func(id, name string) string {
			return fmt.Sprintf("customer %s (%s): the latest change of phase is not to the phase the customer is in", id, name)
		}},
	{"the flags", `SELECT id, name FROM customers c WHERE flag_code <> ` + flagCodeOfFlags,
		func(id, name string) string {
			return fmt.Sprintf("customer %s (%s): the flags differ from the flag code on the customer", id, name)
		}},
}

// phaseTotalsMismatch lists the phases whose kept totals differ from a
// fresh count of the customers on the board.
var phaseTotalsMismatch = `
	WITH fresh (phase, customers, value_cents, flagged) AS (` + countPhases("c.archived_at IS NULL") + `),
	kept AS (SELECT phase, customers, value_cents, flagged FROM phase_totals),
	phases AS (SELECT phase FROM fresh UNION SELECT phase FROM kept)
	SELECT p.phase, format('%d customers worth %d cents, %d flagged; a fresh count finds %d, %d cents, %d flagged',
			coalesce(k.customers, 0), coalesce(k.value_cents, 0), coalesce(k.flagged, 0),
			coalesce(f.customers, 0), coalesce(f.value_cents, 0), coalesce(f.flagged, 0))
	FROM phases p LEFT JOIN kept k USING (phase) LEFT JOIN fresh f USING (phase)
	WHERE coalesce(k.customers, 0) <> coalesce(f.customers, 0)
		OR coalesce(k.value_cents, 0) <> coalesce(f.value_cents, 0)
		OR coalesce(k.flagged, 0) <> coalesce(f.flagged, 0)`

// flagCodeOfFlags is a customer's flag code made from its rows in flags,
// as flagCode packs it (codedKinds' order, flagBits each).
const flagCodeOfFlags = `coalesce((SELECT sum((f.severity + 1) << (7 * CASE f.kind
		WHEN 'stalled' THEN 0 WHEN 'at-risk' THEN 1 ELSE 2 END)) FROM flags f WHERE f.customer_id = c.id), 0)`
