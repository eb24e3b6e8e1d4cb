package data

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"tend/lifecycle"
)

// Unmerged names the two customers an undone merge parted.
type Unmerged struct {
	Keep, Other lifecycle.Customer
}

// UndoMerge takes back the latest merge into customer keep: the customer
// merged away comes back with its id, profile, tags, triage state and
// every row that moved, and keep gets back the profile and phase it had.
// Only a merge after which keep's profile and phase did not change is
// taken back, so that the undo overwrites nothing written since.
func (b *Book) UndoMerge(ctx context.Context, keep int64) (Unmerged, error) {
	var u Unmerged
	err := b.write(ctx, func(tx *sql.Tx) error {
		cur, err := customerByID(ctx, tx, keep)
		if err != nil {
			return err
		}
		id, rec, err := latestMerge(ctx, tx, cur)
		if err != nil {
			return err
		}
		u = Unmerged{Keep: rec.Before, Other: otherOf(rec)}
		if len(profileChanges(rec.After, cur)) > 0 || cur.Phase != rec.After.Phase {
			return lifecycle.Problemf(CodeMergeChanged, lifecycle.Values{"Customer": cur.Name},
				"%s has changed since the merge, so the merge was not undone", cur.Name)
		}
		// First, as the merges the other kept may come back under its id.
		if _, err := tx.ExecContext(ctx, `DELETE FROM merges WHERE id = ?`, id); err != nil {
			return undoMergeFailed(cur, err)
		}
		if err := b.restoreOther(ctx, tx, cur, rec); err != nil {
			return err
		}
		if err := b.restoreKeep(ctx, tx, cur, rec); err != nil {
			return err
		}
		ids := []int64{keep, u.Other.ID}
		if err := refreshSummaries(ctx, tx, ids, b.Now(), b.audit); err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), ids)
	})
	return u, err
}

// latestMerge reads the latest merge into customer keep and its record.
func latestMerge(ctx context.Context, tx *sql.Tx, keep lifecycle.Customer) (int64, mergeRecord, error) {
	var id int64
	var text string
	err := tx.QueryRowContext(ctx, `SELECT id, record FROM merges WHERE keep_id = ? ORDER BY id DESC LIMIT 1`, keep.ID).Scan(&id, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, mergeRecord{}, lifecycle.Problemf(CodeMergeNone, lifecycle.Values{"Customer": keep.Name},
			"no customer was merged into %s", keep.Name)
	}
	var rec mergeRecord
	if err == nil {
		rec, err = decodeMergeRecord(text)
	}
	if err != nil {
		return 0, rec, lifecycle.Problemf(CodeReadMerge, lifecycle.Values{"Customer": keep.Name},
			"read the merge into %s: %w", keep.Name, describe(err))
	}
	return id, rec, nil
}

// otherOf is the customer merged away as the record keeps it: its id and
// name.
func otherOf(rec mergeRecord) lifecycle.Customer {
	var c lifecycle.Customer
	if rows := rec.Rows["customers"]; len(rows) == 1 {
		if v := rows[0]["id"].Int; v != nil {
			c.ID = *v
		}
		if v := rows[0]["name"].Text; v != nil {
			c.Name = *v
		}
	}
	return c
}

// restoreOther writes the customer merged away back with its rows, and
// gives it back the rows that moved.
func (b *Book) restoreOther(ctx context.Context, tx *sql.Tx, keep lifecycle.Customer, rec mergeRecord) error {
	other := otherOf(rec)
	var taken bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?)`, other.ID).Scan(&taken); err != nil {
		return undoMergeFailed(keep, err)
	}
	if taken {
		return lifecycle.Problemf(CodeMergeIDTaken, lifecycle.Values{"Customer": keep.Name, "Other": other.Name, "ID": other.ID},
			"%s cannot come back: its number #%d is another customer's now", other.Name, other.ID)
	}
	for _, t := range keptTables {
		for _, row := range rec.Rows[t.table] {
			if err := insertStoredRow(ctx, tx, t.table, row); err != nil {
				return undoMergeFailed(keep, err)
			}
		}
	}
	for _, table := range movedTables {
		if err := moveBack(ctx, tx, table, rec.Moved[table], keep, other); err != nil {
			return err
		}
	}
	return nil
}

// moveBack gives the rows ids of table back to other from keep; each must
// still be keep's.
func moveBack(ctx context.Context, tx *sql.Tx, table string, ids []int64, keep, other lifecycle.Customer) error {
	if len(ids) == 0 {
		return nil
	}
	list := make([]string, len(ids))
	for i, id := range ids {
		list[i] = strconv.FormatInt(id, 10)
	}
	res, err := tx.ExecContext(ctx, `UPDATE `+table+` SET customer_id = ? WHERE customer_id = ? AND id IN (`+
		strings.Join(list, ", ")+`)`, other.ID, keep.ID)
	if err != nil {
		return undoMergeFailed(keep, err)
	}
	if n, _ := res.RowsAffected(); n != int64(len(ids)) {
		return lifecycle.Problemf(CodeMergeChanged, lifecycle.Values{"Customer": keep.Name},
			"%s has changed since the merge, so the merge was not undone", keep.Name)
	}
	return nil
}

// restoreKeep gives customer keep (cur) back the profile and phase it had
// before the merge, and records that in its audit trail.
func (b *Book) restoreKeep(ctx context.Context, tx *sql.Tx, cur lifecycle.Customer, rec mergeRecord) error {
	now := b.Now()
	before := rec.Before
	before.UpdatedAt = now
	if err := updateProfile(ctx, tx, before); err != nil {
		return err
	}
	if err := b.auditProfile(ctx, tx, cur, before, now); err != nil {
		return err
	}
	if err := b.audit(ctx, tx, cur.ID, now, mergedField, mergedName(otherOf(rec)), ""); err != nil {
		return err
	}
	if rec.AddedMove != 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM phase_changes WHERE id = ?`, rec.AddedMove); err != nil {
			return undoMergeFailed(cur, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE customers SET phase = ?, phase_since = ? WHERE id = ?`,
		rec.Before.Phase, rec.Before.PhaseSince.Unix(), cur.ID); err != nil {
		return undoMergeFailed(cur, err)
	}
	return nil
}

// undoMergeFailed says in words that the undo of a merge into keep could
// not be written.
func undoMergeFailed(keep lifecycle.Customer, err error) error {
	return lifecycle.Problemf(CodeUndoMerge, lifecycle.Values{"Customer": keep.Name},
		"undo the merge into %s: %w", keep.Name, describe(err))
}
