package data

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"tend/lifecycle"
)

// TriageEntry is a customer on the re-engagement list, with the flag it is
// ranked by; the flag's reasons come from Outlooks, for the lines shown.
type TriageEntry struct {
	ID            int64
	Name, Company string
	Owner         string
	Phase         string // the phase key
	Flag          lifecycle.Flag
}

// TriageList returns the active customers with a flag of the kind, or with
// any flag for "", most urgent first: by severity, then by what they are
// worth. A customer with several flags is ranked by its most urgent one.
// A customer attempted within the rules' cool-down is left off for every
// flag it carried then (all of them, where that is not known), so that a
// rep who reached out is not asked to again; the flags themselves stay,
// for the board. A flag of a new kind is news, and lists the customer.
// The customers whose owner is mine (any case) come first, then the rest;
// "" puts nobody first.
func (b *Book) TriageList(ctx context.Context, kind lifecycle.FlagKind, mine string) ([]TriageEntry, error) {
	r, err := b.Rules(ctx)
	if err != nil {
		return nil, err
	}
	query := `SELECT c.id, c.name, c.company, c.owner, c.phase, f.kind, f.severity, f.worth_cents
		FROM flags f JOIN customers c ON c.id = f.customer_id WHERE c.archived_at IS NULL
		AND NOT EXISTS (SELECT 1 FROM triage t WHERE t.customer_id = c.id AND t.last_attempt_at >= ?
			AND (t.done_kinds IS NULL OR ',' || t.done_kinds || ',' LIKE '%,' || f.kind || ',%'))`
	args := []any{coolingSince(b.Now(), r.WinBackCooldownDays).Unix()}
	if kind != "" {
		query += ` AND f.kind = ?`
		args = append(args, string(kind))
	}
	rows, err := b.reader.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	defer rows.Close()
	top := map[int64]int{} // index in list of each customer's entry
	var list []TriageEntry
	for rows.Next() {
		var e TriageEntry
		var k string
		var worth int64
		if err := rows.Scan(&e.ID, &e.Name, &e.Company, &e.Owner, &e.Phase, &k, &e.Flag.Severity, &worth); err != nil {
			return nil, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
		}
		e.Flag.Kind, e.Flag.Worth = lifecycle.FlagKind(k), lifecycle.Money(worth)
		if i, ok := top[e.ID]; ok {
			if lifecycle.CompareFlags(e.Flag, list[i].Flag) < 0 {
				list[i] = e
			}
			continue
		}
		top[e.ID] = len(list)
		list = append(list, e)
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeReadFlaggedCustomers, nil, "read the flagged customers: %w", describe(err))
	}
	sortTriage(list, mine)
	return list, nil
}

// sortTriage orders the list: the customers whose owner is mine first,
// then by their flags, most urgent first, then by id.
func sortTriage(list []TriageEntry, mine string) {
	theirs := func(e TriageEntry) bool { return mine != "" && strings.EqualFold(e.Owner, mine) }
	slices.SortFunc(list, func(a, b TriageEntry) int {
		return cmp.Or(-compareBools(theirs(a), theirs(b)), lifecycle.CompareFlags(a.Flag, b.Flag), cmp.Compare(a.ID, b.ID))
	})
}

// compareBools orders false before true.
func compareBools(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// coolingSince is the earliest moment an attempt can have been made and
// still be in the cool-down of days as of now: the cool-down counts
// calendar days, as the flag rules do.
func coolingSince(now time.Time, days int) time.Time {
	y, m, d := now.Date()
	return time.Date(y, m, d-days+1, 0, 0, 0, 0, now.Location())
}

// TriageDone counts the customers dealt with in triage since a moment
// (the start of the day, for the progress of the day) who had a flag of the
// kind then, or any for "": the same customers as the list of the kind
// held, so that a list's progress counts one thing.
func (b *Book) TriageDone(ctx context.Context, since time.Time, kind lifecycle.FlagKind) (int, error) {
	var n int
	err := b.reader.QueryRowContext(ctx, `SELECT count(*) FROM triage WHERE done_at >= ?1
		AND (?2 = '' OR ',' || done_kinds || ',' LIKE '%,' || ?2 || ',%')`, since.Unix(), string(kind)).Scan(&n)
	if err != nil {
		return 0, lifecycle.Problemf(CodeReadTriageState, nil, "read the triage state: %w", describe(err))
	}
	return n, nil
}

// markDone records that a customer was dealt with in triage now, with the
// kinds of flag it had until then, and the assignments of the action
// (columns of triage). It runs before the customer is scored again.
func markDone(ctx context.Context, tx *sql.Tx, id int64, now time.Time, set string, args ...any) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO triage (customer_id, done_at, done_kinds)
		VALUES (?1, ?2, (SELECT coalesce(group_concat(kind), '') FROM flags WHERE customer_id = ?1))
		ON CONFLICT (customer_id) DO UPDATE SET done_at = excluded.done_at, done_kinds = excluded.done_kinds`, id, now.Unix())
	if err == nil && set != "" {
		_, err = tx.ExecContext(ctx, `UPDATE triage SET `+set+` WHERE customer_id = ?`, append(args, id)...)
	}
	if err != nil {
		return lifecycle.Problemf(CodeStoreTriageState, nil, "store the triage state: %w", describe(err))
	}
	return nil
}
