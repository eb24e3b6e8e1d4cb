package ui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
)

// undoStep takes back one change the user made.
type undoStep interface {
	undo(ctx context.Context, b *data.Book) error
	what() string    // "moved Müller GmbH to Retention"
	customer() int64 // the customer to select afterwards
}

// maxUndo is how many changes u can take back.
const maxUndo = 50

type undoMove struct {
	change lifecycle.PhaseChange
	name   string
	label  string
}

func (u undoMove) undo(ctx context.Context, b *data.Book) error { return b.UndoMove(ctx, u.change) }
func (u undoMove) what() string                                 { return fmt.Sprintf("move of %s to %s", u.name, u.label) }
func (u undoMove) customer() int64                              { return u.change.CustomerID }

type undoContact struct {
	contact lifecycle.Contact
	name    string
}

func (u undoContact) undo(ctx context.Context, b *data.Book) error {
	return b.DeleteContact(ctx, u.contact)
}
func (u undoContact) what() string    { return fmt.Sprintf("%s logged with %s", u.contact.Kind, u.name) }
func (u undoContact) customer() int64 { return u.contact.CustomerID }

type undoPurchase struct {
	purchase lifecycle.Purchase
	name     string
}

func (u undoPurchase) undo(ctx context.Context, b *data.Book) error {
	return b.DeletePurchase(ctx, u.purchase)
}
func (u undoPurchase) what() string {
	return fmt.Sprintf("purchase of %s %s by %s", u.purchase.Amount.Grouped(), u.purchase.Currency, u.name)
}
func (u undoPurchase) customer() int64 { return u.purchase.CustomerID }

// undoEdit puts back the profile as it was before an edit, unless another
// process changed it since the edit.
type undoEdit struct{ before, after lifecycle.Customer }

func (u undoEdit) undo(ctx context.Context, b *data.Book) error {
	_, err := b.SaveProfile(ctx, u.after, u.before)
	return err
}
func (u undoEdit) what() string    { return "edit of " + u.before.Name }
func (u undoEdit) customer() int64 { return u.before.ID }

type undoArchive struct {
	id   int64
	name string
}

func (u undoArchive) undo(ctx context.Context, b *data.Book) error { return b.Archive(ctx, u.id, true) }
func (u undoArchive) what() string                                 { return "archiving of " + u.name }
func (u undoArchive) customer() int64                              { return u.id }

// undoTriage takes back an action of the re-engagement list.
type undoTriage struct {
	step   data.TriageStep
	action string // "snooze of Lost Ltd"
}

func (u undoTriage) undo(ctx context.Context, b *data.Book) error { return b.UndoTriage(ctx, u.step) }
func (u undoTriage) what() string                                 { return u.action }
func (u undoTriage) customer() int64                              { return u.step.CustomerID }

type undoAdd struct {
	id   int64
	name string
}

func (u undoAdd) undo(ctx context.Context, b *data.Book) error { return b.RemoveNewCustomer(ctx, u.id) }
func (u undoAdd) what() string                                 { return "adding of " + u.name }
func (u undoAdd) customer() int64                              { return 0 }

// pushUndo keeps a change's way back on the stack, up to maxUndo of them.
func (sh *shared) pushUndo(step undoStep) {
	if step == nil {
		return
	}
	sh.undo = append(sh.undo, step)
	if len(sh.undo) > maxUndo {
		sh.undo = sh.undo[1:]
	}
}

// undoLast takes back the latest change still on the stack.
func (m *Model) undoLast() tea.Cmd {
	if len(m.undo) == 0 {
		return m.status.set("Nothing to undo", false)
	}
	step := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	return m.write(undoCmd(m.ctx, m.book, step))
}
