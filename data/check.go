package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
)

// Check reads the whole book and returns what is wrong with it, each a
// coded finding; none means the book is sound. It looks at where the book
// is kept (a file by SQLite's integrity and foreign key checks, a server
// book by its schema and references, check_server.go) and at what tend
// keeps twice: each customer's summaries beside its history, the board's
// totals beside the customers, and the flags beside each customer's flag
// code.
func (b *Book) Check(ctx context.Context) ([]error, error) {
	var problems []error
	for _, c := range append(b.engine.soundnessChecks(), bookChecks...) {
		found, err := c.run(ctx, b.reader)
		if err != nil && errors.Is(describe(err), ErrDamaged) {
			// SQLite stops at a page it cannot read, and so would every
			// check after this one.
			return append(problems, lifecycle.Problemf(CodeCheckUnreadable, lifecycle.Values{"Check": c.what},
				"the file is damaged: SQLite cannot read part of it (%s)", checkNames[c.what])), nil
		}
		if err != nil {
			return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"Check": c.what},
				"check %s: %w", checkNames[c.what], describe(err))
		}
		problems = append(problems, found...)
		if c.what == "schema" && len(found) > 0 {
			// The checks after it read what the schema lacks.
			return problems, nil
		}
	}
	stale, err := staleNameKeys(ctx, b.reader)
	if err != nil {
		return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"Check": "name-keys"},
			"check %s: %w", checkNames["name-keys"], describe(err))
	}
	problems = append(problems, stale...)
	index, err := b.engine.checkSearchIndex(ctx, b)
	if err != nil {
		return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"Check": "search-index"},
			"check %s: %w", checkNames["search-index"], describe(err))
	}
	problems = append(problems, index...)
	weeks, err := b.checkKeptWeeks(ctx)
	if err != nil {
		return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"Check": "kept-weeks"},
			"check %s: %w", checkNames["kept-weeks"], describe(err))
	}
	problems = append(problems, weeks...)
	others, err := b.checkOthers(ctx)
	if err != nil {
		return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"Check": "others"},
			"check %s: %w", checkNames["others"], err)
	}
	problems = append(problems, others...)
	merges, err := checkMerges(ctx, b.reader)
	if err != nil {
		return problems, lifecycle.Problemf(CodeCheck, lifecycle.Values{"Check": "merges"},
			"check %s: %w", checkNames["merges"], describe(err))
	}
	problems = append(problems, merges...)
	templates, err := b.checkTemplates(ctx)
	return append(problems, templates...), err
}

// checkTemplates finds the templates a draft could not be filled from: a
// template is checked as it is saved, but the book may hold one written
// by a later tend, or by hand.
func (b *Book) checkTemplates(ctx context.Context) ([]error, error) {
	all, err := b.Templates(ctx)
	if err != nil {
		return nil, err
	}
	var found []error
	for _, t := range all {
		if err := lifecycle.CheckTemplate(t); err != nil {
			found = append(found, lifecycle.Problemf(CodeCheckTemplate, lifecycle.Values{"Name": t.Name, "Language": t.Language},
				"template %s (%s) cannot be filled: %w", t.Name, t.Language, err))
		}
	}
	return found, nil
}

// staleNameKeys finds the customers whose name key is not their name's:
// SQL cannot make the key, so this check reads every name and makes it.
func staleNameKeys(ctx context.Context, db *sql.DB) ([]error, error) {
	rows, err := db.QueryContext(ctx, `SELECT id, name, name_key FROM customers ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []error
	for rows.Next() {
		var id, name string
		var key []byte
		if err := rows.Scan(&id, &name, &key); err != nil {
			return found, err
		}
		if bytes.Equal(key, nameSortKey(name)) {
			continue
		}
		var full bool
		found, full = noteFinding(found, "name-keys",
			customerFinding(CodeCheckNameKey, "the name's sort key is out of date, so lists misplace the name")(id, name))
		if full {
			return found, nil
		}
	}
	return found, rows.Err()
}

// noteFinding adds a finding of check to found or, when found holds
// maxProblems already, says that more are not listed and tells the check
// to stop (full).
func noteFinding(found []error, check string, finding error) (_ []error, full bool) {
	if len(found) == maxProblems {
		return append(found, lifecycle.Problemf(CodeCheckMore, lifecycle.Values{"Check": check},
			"%s: more problems of this kind not listed", checkNames[check])), true
	}
	return append(found, finding), false
}

// bookCheck is one of the checks: a query whose rows each say what is
// wrong.
type bookCheck struct {
	what  string // which check: file, schema, references, summaries, totals, phase-history, flags, activity, reasons
	query string
	// finding codes a row.
	finding func(a, b string) error
}

func (c bookCheck) run(ctx context.Context, db *sql.DB) ([]error, error) {
	rows, err := db.QueryContext(ctx, c.query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []error
	for rows.Next() {
		var a, b sql.NullString
		if err := rows.Scan(&a, &b); err != nil {
			return found, err
		}
		found = append(found, c.finding(a.String, b.String))
		if len(found) == maxProblems {
			found = append(found, lifecycle.Problemf(CodeCheckMore, lifecycle.Values{"Check": c.what},
				"%s: more problems of this kind not listed", checkNames[c.what]))
			break
		}
	}
	return found, rows.Err()
}

// maxProblems is how many problems of one kind Check lists; a badly
// damaged book would otherwise list every page.
const maxProblems = 20

// checkNames are the checks in the plain sentences of their findings.
var checkNames = map[string]string{
	"file": "the file", "schema": "the schema", "references": "the references", "summaries": "the customers' summaries",
	"totals": "the board's totals", "phase-history": "the phase history", "flags": "the flags",
	"reasons": "the reasons of moves", "name-keys": "the names' sort keys", "search-index": "the search index",
	"activity": "the activity's sums", "kept-weeks": "the weeks' flagged customers kept",
	"others": "the other e-mails and phones",
	"merges": "the merges kept for their undo",
}

// customerFinding codes a customer whose kept figures differ, by code.
func customerFinding(code, sentence string) func(id, name string) error {
	return func(id, name string) error {
		return lifecycle.Problemf(code, lifecycle.Values{"ID": id, "Name": name}, "customer %s (%s): %s", id, name, sentence)
	}
}

// fileChecks are SQLite's checks of a book's file: its pages, then the
// references between its rows.
var fileChecks = []bookCheck{
	{"file", `SELECT integrity_check, '' FROM pragma_integrity_check WHERE integrity_check <> 'ok'`,
		func(msg, _ string) error {
			return lifecycle.Problemf(CodeCheckDamaged, lifecycle.Values{"Detail": msg}, "the file is damaged: %s", msg)
		}},
	{"references", `SELECT "table", parent FROM pragma_foreign_key_check`, referenceFinding},
}

// referenceFinding codes a row of table whose parent row is missing.
func referenceFinding(table, parent string) error {
	return lifecycle.Problemf(CodeCheckReference, lifecycle.Values{"Table": table, "Parent": parent},
		"a row of %s refers to a missing row of %s", table, parent)
}

// bookChecks are the checks of what tend keeps, on both engines.
var bookChecks = []bookCheck{
	{"summaries", `SELECT id, name FROM customers WHERE ` + summaryMismatch,
		customerFinding(CodeCheckSummaries, "the counts, totals or latest dates differ from the history")},
	{"totals", phaseTotalsMismatch, totalsFinding},
	// The insights replay the phase history: it must end where the board
	// shows the customer.
	{"phase-history", `SELECT id, name FROM customers c WHERE phase IS DISTINCT FROM (SELECT to_phase FROM phase_changes
			WHERE customer_id = c.id ORDER BY at DESC, id DESC LIMIT 1)`,
		customerFinding(CodeCheckPhaseHistory, "the latest change of phase is not to the phase the customer is in")},
	{"summaries", `SELECT id, name FROM customers c WHERE EXISTS (SELECT 1 FROM contacts WHERE contacts.customer_id = c.id
			AND ` + followUpMismatch + `)`,
		customerFinding(CodeCheckFollowUps, "the state of a follow-up does not fit the contacts")},
	{"flags", `SELECT id, name FROM customers c WHERE flag_code <> ` + flagCodeOfFlags,
		customerFinding(CodeCheckFlags, "the flags differ from the flag code on the customer")},
	{"flags", `SELECT c.id, c.name FROM flag_reasons r JOIN customers c ON c.id = r.customer_id WHERE ` + keptReasonsMismatch,
		customerFinding(CodeCheckKeptReasons, "the reasons kept with the flags name other flags than the customer's")},
	{"activity", activityMismatch, func(start, kind string) error {
		seconds, _ := strconv.ParseInt(start, 10, 64)
		hour := time.Unix(seconds, 0).UTC().Format(time.DateTime) + " UTC"
		what := "the purchases"
		if kind != "" {
			what = "the contacts of kind " + kind
		}
		return lifecycle.Problemf(CodeCheckActivity, lifecycle.Values{"Hour": hour, "Kind": kind},
			"the hour from %s: the activity's sums of %s differ from a fresh count", hour, what)
	}},
	{"reasons", `SELECT c.name, pc.reason_key FROM phase_changes pc JOIN customers c ON c.id = pc.customer_id
			WHERE pc.reason_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM move_reasons r
				WHERE r.key = pc.reason_key AND r.kind = ` + reasonKindOfMove + `) ORDER BY pc.id`,
		func(name, key string) error {
			return lifecycle.Problemf(CodeCheckReasons, lifecycle.Values{"Name": name, "Key": key},
				"%s: a move gives the reason %q, which the book's list of reasons does not hold", name, key)
		}},
}

// activityMismatch finds the hours whose kept sums of contacts (by
// kind) or purchases (kind ”) differ from a fresh count, both ways; a
// row whose sums are all back to nothing is none.
const activityMismatch = `WITH fresh AS (
		SELECT at - (at % 3600 + 3600) % 3600 AS hour_start, kind, count(*) AS contacts, 0 AS purchases, 0 AS revenue_cents
		FROM contacts GROUP BY 1, 2
		UNION ALL
		SELECT at - (at % 3600 + 3600) % 3600, '', 0, count(*) FILTER (WHERE amount_cents >= 0), sum(amount_cents)
		FROM purchases GROUP BY 1),
	kept AS (SELECT hour_start, kind, contacts, purchases, revenue_cents FROM activity_hours
		WHERE contacts <> 0 OR purchases <> 0 OR revenue_cents <> 0),
	differ AS (SELECT hour_start, kind FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) AS missing
		UNION SELECT hour_start, kind FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) AS extra)
	SELECT hour_start, kind FROM differ ORDER BY hour_start, kind`

// totalsFinding codes a phase whose kept totals differ from a fresh count:
// figures holds the six numbers, kept then fresh, comma-separated.
func totalsFinding(phase, figures string) error {
	var n [6]int64
	for i, f := range strings.SplitN(figures, ",", 6) {
		n[i], _ = strconv.ParseInt(f, 10, 64)
	}
	values := lifecycle.Values{"Phase": phase, "Customers": n[0], "Cents": n[1], "Flagged": n[2],
		"FreshCustomers": n[3], "FreshCents": n[4], "FreshFlagged": n[5]}
	return lifecycle.Problemf(CodeCheckTotals, values,
		"phase %s: the board's totals say %d customers worth %d cents, %d flagged; a fresh count finds %d, %d cents, %d flagged",
		phase, n[0], n[1], n[2], n[3], n[4], n[5])
}

// phaseTotalsMismatch lists the phases whose kept totals differ from a
// fresh count of the customers on the board.
var phaseTotalsMismatch = `
	WITH fresh (phase, customers, value_cents, flagged) AS (` + countPhases("c.archived_at IS NULL") + `),
	kept AS (SELECT phase, customers, value_cents, flagged FROM phase_totals),
	phases AS (SELECT phase FROM fresh UNION SELECT phase FROM kept)
	SELECT p.phase, coalesce(k.customers, 0) || ',' || coalesce(k.value_cents, 0) || ',' || coalesce(k.flagged, 0)
			|| ',' || coalesce(f.customers, 0) || ',' || coalesce(f.value_cents, 0) || ',' || coalesce(f.flagged, 0)
	FROM phases p LEFT JOIN kept k USING (phase) LEFT JOIN fresh f USING (phase)
	WHERE coalesce(k.customers, 0) <> coalesce(f.customers, 0)
		OR coalesce(k.value_cents, 0) <> coalesce(f.value_cents, 0)
		OR coalesce(k.flagged, 0) <> coalesce(f.flagged, 0)`

// keptReasonsMismatch finds the reasons kept for a customer (r) whose
// flags, a line each in the kept text, are not those of its rows in flags.
// The line break is written as itself, which both engines read in a
// literal, and a line is found by replacing it, which both can.
const keptReasonsMismatch = `c.archived_at IS NOT NULL
	OR length(r.flags) - length(replace(r.flags, '` + "\n" + `', '')) + 1 <> (SELECT count(*) FROM flags f WHERE f.customer_id = c.id)
	OR EXISTS (SELECT 1 FROM flags f WHERE f.customer_id = c.id
		AND NOT (substr(r.flags, 1, length(f.kind) + 1) = f.kind || ' '
			OR replace(r.flags, '` + "\n" + `' || f.kind || ' ', '') <> r.flags))`

// flagCodeOfFlags is a customer's flag code made from its rows in flags,
// as flagCode packs it (codedKinds' order, flagBits each).
const flagCodeOfFlags = `coalesce((SELECT sum((f.severity + 1) << (7 * CASE f.kind
		WHEN 'stalled' THEN 0 WHEN 'at-risk' THEN 1 ELSE 2 END)) FROM flags f WHERE f.customer_id = c.id), 0)`
