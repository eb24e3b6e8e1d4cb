package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// undoStep takes back one change the user made.
type undoStep struct {
	undo     func(ctx context.Context, b *data.Book) error
	what     string // "move of Müller GmbH to Retention", as the catalog says it
	customer int64  // the customer to select afterwards
	triage   bool   // an action of the re-engagement list, whose mark it takes back
	entry    string // the timeline event to select afterwards, by its key
}

// maxUndo is how many changes u can take back.
const maxUndo = 50

func undoMove(change lifecycle.PhaseChange, name, label string) *undoStep {
	return &undoStep{what: words.T("undo.what.move", words.V{"Name": name, "Phase": label}), customer: change.CustomerID,
		undo: func(ctx context.Context, b *data.Book) error { return b.UndoMove(ctx, change) }}
}

func undoContact(c lifecycle.Contact, name string) *undoStep {
	return &undoStep{what: words.T("undo.what.contact", words.V{"Kind": words.ContactKind(c.Kind), "Name": name}), customer: c.CustomerID,
		undo: func(ctx context.Context, b *data.Book) error { return b.DeleteContact(ctx, c) }}
}

func undoPurchase(p lifecycle.Purchase, name string) *undoStep {
	what := words.T("undo.what.purchase", words.V{"Amount": words.Amount(p.Amount), "Currency": p.Currency, "Name": name})
	return &undoStep{what: what, customer: p.CustomerID,
		undo: func(ctx context.Context, b *data.Book) error { return b.DeletePurchase(ctx, p) }}
}

// undoEdit puts back the profile as it was before an edit, unless another
// process changed it since the edit.
func undoEdit(before, after lifecycle.Customer) *undoStep {
	return &undoStep{what: words.T("undo.what.edit", words.V{"Name": before.Name}), customer: before.ID,
		undo: func(ctx context.Context, b *data.Book) error {
			_, err := b.SaveProfile(ctx, after, before)
			return err
		}}
}

func undoArchive(id int64, name string) *undoStep {
	return &undoStep{what: words.T("undo.what.archive", words.V{"Name": name}), customer: id,
		undo: func(ctx context.Context, b *data.Book) error { return b.Archive(ctx, id, true) }}
}

// undoTriage takes back an action of the re-engagement list, named as
// "snooze of Lost Ltd".
func undoTriage(step data.TriageStep, action string) *undoStep {
	return &undoStep{what: action, customer: step.CustomerID, triage: true,
		undo: func(ctx context.Context, b *data.Book) error { return b.UndoTriage(ctx, step) }}
}

// undoAdd removes a customer just added; nobody is selected afterwards.
func undoAdd(id int64, name string) *undoStep {
	return &undoStep{what: words.T("undo.what.add", words.V{"Name": name}),
		undo: func(ctx context.Context, b *data.Book) error { return b.RemoveNewCustomer(ctx, id) }}
}

// pushUndo keeps a change's way back on the stack, up to maxUndo of them.
func (sh *shared) pushUndo(step *undoStep) {
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
		return m.status.set(words.T("undo.nothing"), false)
	}
	step := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	return m.write(undoCmd(m.ctx, m.book, step))
}
