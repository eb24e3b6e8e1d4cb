package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
)

// scorer flags customers as of a moment by the book's rules, with the
// purchase models of the latest full scoring.
type scorer struct {
	now    time.Time
	rules  lifecycle.Rules
	models *Models // nil when the book has not been scored in full yet
}

// loadScorer reads the rules and the stored models. A bad flag setting
// leaves the default rules in force, so that it never stops a write; tend
// risk and tend settings name it.
func loadScorer(ctx context.Context, q querier, now time.Time) (*scorer, error) {
	settings, err := readSettings(ctx, q)
	if err != nil {
		return nil, err
	}
	r, _ := lifecycle.RulesFromSettings(settings)
	sc := &scorer{now: now, rules: r}
	fit, asOf, ok, err := readFit(ctx, q)
	if err != nil {
		return nil, err
	}
	if ok {
		m := fit.models(asOf)
		sc.models = &m
	}
	return sc, nil
}

// flagChange is a customer whose flags are not those stored.
type flagChange struct {
	id    int64
	flags []lifecycle.Flag
}

// score flags the customers named by ids, or every customer for nil ids,
// and returns those whose flags changed. Archived customers have none.
// seen, when given, gets the facts of every customer, for the RFM scores.
func (sc *scorer) score(ctx context.Context, q querier, ids []int64, seen func(CustomerFacts)) ([]flagChange, error) {
	s, err := openCurrentStreams(ctx, q, sc.now, ids)
	if err != nil {
		return nil, err
	}
	fb := newFactsBuilder(sc.now, sc.models, sc.rules)
	var changes []flagChange
	for s.customers.ok {
		id, row := s.customers.id, s.customers.row
		s.customers.advance()
		f := lifecycle.Facts{Phase: row.phase.phase, PhaseLabel: row.phase.label, Group: row.phase.group, PhaseSince: row.phase.at}
		c := fb.finish(id, row.profile, f, row.digest, s.purchases, s.triage)
		if seen != nil {
			seen(c)
		}
		var flags []lifecycle.Flag
		if !c.Archived {
			flags = lifecycle.Evaluate(c.Facts, sc.rules, sc.now)
		}
		if flagsText(flags) != row.stored {
			changes = append(changes, flagChange{id, flags})
		}
	}
	return changes, s.close(nil)
}

// flagsText writes flags as the stored ones are read back: kind, severity
// and worth of each, in order of kind.
func flagsText(flags []lifecycle.Flag) string {
	parts := make([]string, len(flags))
	for i, f := range flags {
		parts[i] = string(f.Kind) + " " + strconv.Itoa(f.Severity) + " " + strconv.FormatInt(int64(f.Worth), 10)
	}
	slices.Sort(parts)
	return strings.Join(parts, ",")
}

// rescore flags customers again in a write that changed what their flags
// go by: those named by ids, or every customer for nil ids.
func rescore(ctx context.Context, tx *sql.Tx, now time.Time, ids []int64) error {
	sc, err := loadScorer(ctx, tx, now)
	if err != nil {
		return err
	}
	if ids == nil {
		return sc.rescore(ctx, tx, nil)
	}
	for start := 0; start < len(ids); start += summaryBatch {
		if err := sc.rescore(ctx, tx, ids[start:min(start+summaryBatch, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

func (sc *scorer) rescore(ctx context.Context, tx *sql.Tx, ids []int64) error {
	changes, err := sc.score(ctx, tx, ids, nil)
	if err != nil {
		return err
	}
	return writeFlags(ctx, tx, changes)
}

// writeFlags stores the changed flags, and each customer's urgency, the
// severity of its most urgent flag, which orders the board.
func writeFlags(ctx context.Context, tx *sql.Tx, changes []flagChange) error {
	if len(changes) == 0 {
		return nil
	}
	del, err := tx.PrepareContext(ctx, `DELETE FROM flags WHERE customer_id = ?`)
	if err != nil {
		return fmt.Errorf("store the flags: %w", describe(err))
	}
	defer del.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO flags (customer_id, kind, severity, worth_cents) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("store the flags: %w", describe(err))
	}
	defer ins.Close()
	urgency, err := tx.PrepareContext(ctx, `UPDATE customers SET urgency = ? WHERE id = ? AND urgency <> ?`)
	if err != nil {
		return fmt.Errorf("store the flags: %w", describe(err))
	}
	defer urgency.Close()
	for _, ch := range changes {
		if _, err := del.ExecContext(ctx, ch.id); err != nil {
			return fmt.Errorf("store the flags: %w", describe(err))
		}
		top := 0
		for _, f := range ch.flags {
			top = max(top, f.Severity)
			if _, err := ins.ExecContext(ctx, ch.id, string(f.Kind), f.Severity, int64(f.Worth)); err != nil {
				return fmt.Errorf("store the flags: %w", describe(err))
			}
		}
		if _, err := urgency.ExecContext(ctx, top, ch.id, top); err != nil {
			return fmt.Errorf("store the flags: %w", describe(err))
		}
	}
	return nil
}
