package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"tend/lifecycle"
)

// The writes here change a set of customers at once (the board's marked
// cards, a command given several customers): each in one transaction, so
// that a customer who cannot take the change leaves every other one as it
// was, and each undone as one. Every customer's change is recorded in the
// audit trail as a single change is.

// Rehearse makes every later write of the book a dry run: checked whole
// as it would be made, its answers as they would be, then rolled back.
func (b *Book) Rehearse() { b.rehearsing = true }

// Edited is one customer's profile before and after a change of a set.
type Edited struct{ Before, After lifecycle.Customer }

// Changed reports whether the change altered the profile.
func (e Edited) Changed() bool { return len(e.Changes()) > 0 }

// FieldChange is one field of a profile a change altered, named as the
// audit trail names it.
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// Changes are the fields the change altered, in the audit trail's order.
func (e Edited) Changes() []FieldChange { return profileChanges(e.Before, e.After) }

// MoveCustomers moves the customers of ids to the phase to (a key or a
// label), with the same reason; those already there stay as they are,
// and an archived one stops the set. It
// returns the moves made, in the order of ids.
func (b *Book) MoveCustomers(ctx context.Context, ids []int64, to, reason string, why lifecycle.Why) ([]lifecycle.PhaseChange, error) {
	var changes []lifecycle.PhaseChange
	err := b.write(ctx, func(tx *sql.Tx) error {
		changes = nil
		lc, err := readLifecycle(ctx, tx)
		if err != nil {
			return err
		}
		target, err := lc.Enter(to)
		if err != nil {
			return err
		}
		err = eachOfSet(ctx, tx, ids, func(c lifecycle.Customer) error {
			switch {
			case c.Archived():
				// Off the board, where the user cannot see it move.
				return lifecycle.Problemf(CodeArchived, lifecycle.Values{"Customer": c.Name}, "%s is archived", c.Name)
			case c.Phase == target.Key:
				return nil
			}
			ch, err := b.moveOne(ctx, tx, lc, c, target.Key, reason, why)
			changes = append(changes, ch)
			return err
		})
		if err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), movedIDs(changes))
	})
	return changes, err
}

// UndoMoves takes back the moves of a set as one: each customer returns to
// the phase it came from, unless one has moved again since, and then none
// does.
func (b *Book) UndoMoves(ctx context.Context, changes []lifecycle.PhaseChange) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		for _, ch := range changes {
			cur, err := customerByID(ctx, tx, ch.CustomerID)
			if err == nil {
				err = b.takeBackMove(ctx, tx, cur, ch, b.Now())
			}
			if err != nil {
				return inSet(ch.CustomerID, cur.Name, err)
			}
		}
		return b.rescore(ctx, tx, b.Now(), movedIDs(changes))
	})
}

// EditCustomers applies edit to the profile of each customer of ids, and
// returns each profile before and after, in the order of ids.
func (b *Book) EditCustomers(ctx context.Context, ids []int64, edit func(*lifecycle.Customer) error) ([]Edited, error) {
	var edits []Edited
	err := b.write(ctx, func(tx *sql.Tx) error {
		edits = nil
		err := eachOfSet(ctx, tx, ids, func(c lifecycle.Customer) error {
			before, after, err := b.editOne(ctx, tx, c.ID, edit)
			edits = append(edits, Edited{before, after})
			return err
		})
		if err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), editedIDs(edits))
	})
	return edits, err
}

// UndoEdits puts back the profiles of a set as they were before a change,
// as one: when another process has changed one of them since, none is put
// back, and a *ChangedError (inside the customer's error) says what
// changed.
func (b *Book) UndoEdits(ctx context.Context, edits []Edited) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		for _, e := range edits {
			if !e.Changed() {
				continue
			}
			if _, _, err := b.editOne(ctx, tx, e.After.ID, replacing(e.After, e.Before)); err != nil {
				return inSet(e.After.ID, e.After.Name, err)
			}
		}
		return b.rescore(ctx, tx, b.Now(), editedIDs(edits))
	})
}

// ArchiveCustomers archives the customers of ids, or brings them back
// when restore is set; those already so stay as they are. It returns the
// ids of those it changed, in the order of ids, for an undo to change back.
func (b *Book) ArchiveCustomers(ctx context.Context, ids []int64, restore bool) ([]int64, error) {
	var changed []int64
	err := b.write(ctx, func(tx *sql.Tx) error {
		changed = nil
		err := eachOfSet(ctx, tx, ids, func(c lifecycle.Customer) error {
			if c.Archived() != restore {
				return nil
			}
			changed = append(changed, c.ID)
			return b.archiveOne(ctx, tx, c, restore)
		})
		if err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), changed)
	})
	return changed, err
}

// eachOfSet reads each customer of ids in the transaction tx, once each in
// the order given, and hands it to fn; the first failure stops the set,
// named by the customer it concerns.
func eachOfSet(ctx context.Context, tx *sql.Tx, ids []int64, fn func(lifecycle.Customer) error) error {
	seen := make(map[int64]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		c, err := customerByID(ctx, tx, id)
		if err == nil {
			err = fn(c)
		}
		if err != nil {
			return inSet(id, c.Name, err)
		}
	}
	return nil
}

// inSet names the customer whose change stopped a set's, so that the user
// knows whom to look at; nothing of the set was changed.
func inSet(id int64, name string, err error) error {
	who := fmt.Sprintf("(#%d)", id)
	if name != "" {
		who = name + " " + who
	}
	return lifecycle.Problemf(CodeSetStopped, lifecycle.Values{"Customer": name, "ID": id},
		"%s: %w; nothing was changed", who, err)
}

func movedIDs(changes []lifecycle.PhaseChange) []int64 {
	ids := make([]int64, len(changes))
	for i, ch := range changes {
		ids[i] = ch.CustomerID
	}
	return ids
}

func editedIDs(edits []Edited) []int64 {
	var ids []int64
	for _, e := range edits {
		if e.Changed() {
			ids = append(ids, e.After.ID)
		}
	}
	return slices.Clip(ids)
}
