package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// querier is what reads need: a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Lifecycle returns the book's phases in order, hidden ones included.
func (b *Book) Lifecycle(ctx context.Context) (lifecycle.Lifecycle, error) {
	return readLifecycle(ctx, b.reader)
}

// lifecycleQuery reads the lifecycle's phases.
const lifecycleQuery = `SELECT key, label, grp, hidden FROM phases ORDER BY position`

func readLifecycle(ctx context.Context, q querier) (lifecycle.Lifecycle, error) {
	rows, err := q.QueryContext(ctx, lifecycleQuery)
	if err != nil {
		return lifecycle.Lifecycle{}, lifecycle.Problemf(CodeReadLifecycle, nil, "read the lifecycle: %w", describe(err))
	}
	defer rows.Close()
	var lc lifecycle.Lifecycle
	for rows.Next() {
		var p lifecycle.Phase
		if err := rows.Scan(&p.Key, &p.Label, &p.Group, &p.Hidden); err != nil {
			return lc, lifecycle.Problemf(CodeReadLifecycle, nil, "read the lifecycle: %w", err)
		}
		lc.Phases = append(lc.Phases, p)
	}
	return lc, rows.Err()
}

// writeLifecycle replaces the stored phase list. Phases are upserted, never
// deleted, so the keys that history refers to stay.
func writeLifecycle(ctx context.Context, tx *sql.Tx, lc lifecycle.Lifecycle) error {
	if err := lc.Validate(); err != nil {
		return err
	}
	for i, p := range lc.Phases {
		_, err := tx.ExecContext(ctx, `INSERT INTO phases (key, label, grp, position, hidden) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET label = excluded.label, grp = excluded.grp,
				position = excluded.position, hidden = excluded.hidden`,
			p.Key, p.Label, string(p.Group), i, p.Hidden)
		if err != nil {
			return lifecycle.Problemf(CodeStorePhase, lifecycle.Values{"Phase": p.Key}, "store phase %q: %w", p.Key, err)
		}
	}
	return nil
}

// ChangeLifecycle applies a change (rename, add, reorder, hide) to the
// book's lifecycle in one transaction. Hiding a phase that still holds
// customers is refused: they would vanish from the board.
func (b *Book) ChangeLifecycle(ctx context.Context, change func(lifecycle.Lifecycle) (lifecycle.Lifecycle, error)) (lifecycle.Lifecycle, error) {
	var out lifecycle.Lifecycle
	err := b.write(ctx, func(tx *sql.Tx) error {
		lc, err := readLifecycle(ctx, tx)
		if err != nil {
			return err
		}
		if out, err = change(lc); err != nil {
			return err
		}
		for _, p := range out.Phases {
			if !p.Hidden {
				continue
			}
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM customers WHERE phase = ? AND archived_at IS NULL`, p.Key).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return lifecycle.Problemf(CodePhaseHolds, lifecycle.Values{"Phase": p.Label, "Key": p.Key, "Customers": n},
					"phase %s still holds %d customers; move them to another phase before hiding it", p.Label, n)
			}
		}
		return writeLifecycle(ctx, tx, out)
	})
	return out, err
}

// UsePreset switches the book to a preset lifecycle. Only a book without
// customers can switch, since their phases would lose their meaning.
func (b *Book) UsePreset(ctx context.Context, name string) (lifecycle.Lifecycle, error) {
	lc, err := lifecycle.Preset(name)
	if err != nil {
		return lc, err
	}
	err = b.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM customers`).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return lifecycle.Problemf(CodePresetLate, lifecycle.Values{"Customers": n},
				"the book already holds %d customers; a preset can only be chosen for an empty book (rename, add, move or hide phases instead)", n)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM phases`); err != nil {
			return err
		}
		if err := writeLifecycle(ctx, tx, lc); err != nil {
			return err
		}
		return setSetting(ctx, tx, "preset", name)
	})
	return lc, err
}
