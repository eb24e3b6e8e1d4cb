package data

import (
	"context"
	"database/sql"

	"tend/lifecycle"
)

// MoveReasons reads the book's list of reasons, the lost ones first, each
// kind in its order; hidden ones too, for what they still name.
func (b *Book) MoveReasons(ctx context.Context) ([]lifecycle.MoveReason, error) {
	return moveReasons(ctx, b.reader)
}

// moveReasonsQuery reads the book's reasons for a move.
const moveReasonsQuery = `SELECT kind, key, label, hidden FROM move_reasons
	ORDER BY kind = 'won-back', position, key`

func moveReasons(ctx context.Context, q querier) ([]lifecycle.MoveReason, error) {
	rows, err := q.QueryContext(ctx, moveReasonsQuery)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadReasons, nil, "read the reasons: %w", describe(err))
	}
	defer rows.Close()
	var out []lifecycle.MoveReason
	for rows.Next() {
		var r lifecycle.MoveReason
		if err := rows.Scan(&r.Kind, &r.Key, &r.Label, &r.Hidden); err != nil {
			return nil, lifecycle.Problemf(CodeReadReasons, nil, "read the reasons: %w", describe(err))
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// AddMoveReason adds a reason, named as typed, to a kind's list, at its
// end; a hidden one is offered again where it stood.
func (b *Book) AddMoveReason(ctx context.Context, kind lifecycle.ReasonKind, label string) (lifecycle.MoveReason, error) {
	var r lifecycle.MoveReason
	err := b.write(ctx, func(tx *sql.Tx) error {
		had, err := moveReasons(ctx, tx)
		if err != nil {
			return err
		}
		if r, err = lifecycle.NewReason(kind, label, had); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO move_reasons (kind, key, label, position)
			VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM move_reasons WHERE kind = ?))
			ON CONFLICT (kind, key) DO UPDATE SET hidden = 0`, r.Kind, r.Key, r.Label, r.Kind)
		if err != nil {
			return lifecycle.Problemf(CodeStoreReason, lifecycle.Values{"Key": r.Key}, "store the reason %s: %w", r.Key, describe(err))
		}
		return nil
	})
	return r, err
}

// HideMoveReason takes a reason, found by key or by a name it is shown
// with (named), off a kind's list; the moves that gave it keep it.
func (b *Book) HideMoveReason(ctx context.Context, kind lifecycle.ReasonKind, keyOrName string, named func(lifecycle.MoveReason) string) (lifecycle.MoveReason, error) {
	var r lifecycle.MoveReason
	err := b.write(ctx, func(tx *sql.Tx) error {
		had, err := moveReasons(ctx, tx)
		if err != nil {
			return err
		}
		if r, err = lifecycle.FindReason(had, kind, keyOrName, named); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE move_reasons SET hidden = 1 WHERE kind = ? AND key = ?`, r.Kind, r.Key)
		if err != nil {
			return lifecycle.Problemf(CodeStoreReason, lifecycle.Values{"Key": r.Key}, "store the reason %s: %w", r.Key, describe(err))
		}
		r.Hidden = true
		return nil
	})
	return r, err
}

// explainMove gives a move the reason the user chose, checked against the
// book's list.
func explainMove(ctx context.Context, tx *sql.Tx, lc lifecycle.Lifecycle, ch lifecycle.PhaseChange, why lifecycle.Why) (lifecycle.PhaseChange, error) {
	if why == (lifecycle.Why{}) {
		return ch, nil
	}
	reasons, err := moveReasons(ctx, tx)
	if err != nil {
		return ch, err
	}
	return lc.Explain(ch, why, reasons)
}
