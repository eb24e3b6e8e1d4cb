package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// The writes of the marked customers: each one transaction in the book and
// one step of undo; keep is the card to select afterwards.

func moveMarkedCmd(ctx context.Context, b *data.Book, ids []int64, to lifecycle.Phase, why lifecycle.Why, keep int64) tea.Cmd {
	return func() tea.Msg {
		changes, err := b.MoveCustomers(ctx, ids, to.Key, "", why)
		if err != nil {
			return errMsg{failed(words.T("bulk.failed.move", words.V{"Reason": err}), err)}
		}
		label := text.Clean(to.Label)
		if len(changes) == 0 {
			return writtenMsg{status: words.T("bulk.status.all-there", words.V{"Phase": label}), selectID: keep}
		}
		step := &undoStep{what: words.N("bulk.undo.move", len(changes), words.V{"Phase": label}), customer: keep,
			undo: func(ctx context.Context, b *data.Book) error { return b.UndoMoves(ctx, changes) }}
		return writtenMsg{step: step, status: words.N("bulk.status.moved", len(changes), words.V{"Phase": label}), selectID: keep}
	}
}

// editMarkedCmd applies edit to the marked customers; said says what was
// done, by how many it changed.
func editMarkedCmd(ctx context.Context, b *data.Book, ids []int64, edit func(*lifecycle.Customer) error, said func(int) string, keep int64) tea.Cmd {
	return func() tea.Msg {
		edits, err := b.EditCustomers(ctx, ids, edit)
		if err != nil {
			return errMsg{failed(words.T("bulk.failed.change", words.V{"Reason": err}), err)}
		}
		n := 0
		for _, e := range edits {
			if e.Changed() {
				n++
			}
		}
		if n == 0 {
			// The marked customers were so already: nothing to take back.
			return writtenMsg{status: said(0), selectID: keep}
		}
		step := &undoStep{what: words.N("bulk.undo.edit", n), customer: keep,
			undo: func(ctx context.Context, b *data.Book) error { return b.UndoEdits(ctx, edits) }}
		return writtenMsg{step: step, status: said(n), selectID: keep}
	}
}

// archiveMarkedCmd archives the marked customers, or restores them.
func archiveMarkedCmd(ctx context.Context, b *data.Book, ids []int64, restore bool, keep int64) tea.Cmd {
	return func() tea.Msg {
		changed, err := b.ArchiveCustomers(ctx, ids, restore)
		if err != nil {
			said := words.T("bulk.failed.archive", words.V{"Reason": err})
			if restore {
				said = words.T("bulk.failed.restore", words.V{"Reason": err})
			}
			return errMsg{failed(said, err)}
		}
		n := len(changed)
		if n == 0 {
			// Another writer did it first: nothing to take back.
			said := words.T("bulk.status.archived-none")
			if restore {
				said = words.T("bulk.status.restored-none")
			}
			return writtenMsg{status: said, selectID: keep}
		}
		what, said := words.N("bulk.undo.archive", n), words.N("bulk.status.archived", n)
		if restore {
			what, said = words.N("bulk.undo.restore", n), words.N("bulk.status.restored", n)
		}
		step := &undoStep{what: what, customer: keep,
			undo: func(ctx context.Context, b *data.Book) error {
				_, err := b.ArchiveCustomers(ctx, changed, !restore)
				return err
			}}
		return writtenMsg{step: step, status: said, selectID: keep}
	}
}
