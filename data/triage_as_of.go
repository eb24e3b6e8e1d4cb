package data

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"tend/lifecycle"
)

// TriageAsOf is TriageList as of a moment, from the customers Risk flagged
// as of it (flagged, of the kind or of any for ""): each customer by its
// most urgent flag not left off for an attempt within the cool-down
// before the moment, the flags with their reasons. An attempt after the
// moment is not known then and leaves nothing off; the book keeps a
// customer's latest attempt alone, so an earlier one it replaced is not
// known either.
func (b *Book) TriageAsOf(ctx context.Context, flagged []Flagged, asOf time.Time, kind lifecycle.FlagKind, mine string) ([]TriageEntry, error) {
	r, err := b.Rules(ctx)
	if err != nil {
		return nil, err
	}
	since := coolingSince(asOf, r.WinBackCooldownDays)
	var list []TriageEntry
	for start := 0; start < len(flagged); start += summaryBatch {
		part := flagged[start:min(start+summaryBatch, len(flagged))]
		states, err := b.listedStates(ctx, part)
		if err != nil {
			return nil, err
		}
		for _, f := range part {
			s := states[f.ID]
			cooled := s.attempt.Valid && s.attempt.Int64 >= since.Unix() && s.attempt.Int64 <= asOf.Unix()
			for _, flag := range f.Flags {
				if (kind == "" || flag.Kind == kind) && !(cooled && s.done(flag.Kind)) {
					list = append(list, TriageEntry{ID: f.ID, Name: f.Name, Company: s.company, Owner: s.owner, Phase: f.Phase, Flag: flag})
					break
				}
			}
		}
	}
	sortTriage(list, mine)
	return list, nil
}

// listedState is what the list reads of a customer beside its flags.
type listedState struct {
	company, owner string
	attempt        sql.NullInt64
	doneKinds      sql.NullString
}

// done tells whether the latest attempt dealt with the kind: every kind
// where the book does not know which.
func (s listedState) done(kind lifecycle.FlagKind) bool {
	return !s.doneKinds.Valid || strings.Contains(","+s.doneKinds.String+",", ","+string(kind)+",")
}

// listedStates reads the company, owner and latest attempt of the
// customers.
func (b *Book) listedStates(ctx context.Context, flagged []Flagged) (map[int64]listedState, error) {
	ids := make([]int64, len(flagged))
	for i, f := range flagged {
		ids[i] = f.ID
	}
	only, args := customerSet{ids: ids}.where("c.id")
	rows, err := b.reader.QueryContext(ctx, `SELECT c.id, c.company, c.owner, t.last_attempt_at, t.done_kinds
		FROM customers c LEFT JOIN triage t ON t.customer_id = c.id WHERE `+only, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadTriageState, nil, "read the triage state: %w", describe(err))
	}
	defer rows.Close()
	states := make(map[int64]listedState, len(ids))
	for rows.Next() {
		var id int64
		var s listedState
		if err := rows.Scan(&id, &s.company, &s.owner, &s.attempt, &s.doneKinds); err != nil {
			return nil, lifecycle.Problemf(CodeReadTriageState, nil, "read the triage state: %w", describe(err))
		}
		states[id] = s
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeReadTriageState, nil, "read the triage state: %w", describe(err))
	}
	return states, nil
}
