package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// The commands that read or write the book run off the Update loop and
// come back as messages. Here are the board's writes (a move, an archive,
// an undo), the watcher's look at the file and the scoring. Each screen
// reads in its own *_read.go (board_read.go, customer_read.go,
// triage_read.go, insights_read.go); a form's or a question's write is in
// its file beside it (contact_form.go, purchase_form.go, customer_form.go,
// triage_actions.go), the day's backup in book_files.go, and the way back
// of each change in undo.go. The loop itself only asks the book its name,
// its clock and whether it is read-only; New reads the first frame before
// the loop starts.

// moveCmd moves a customer to another phase, with why for a move that
// takes a reason; keys, the picker and the mouse all move cards through it.
func moveCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, to lifecycle.Phase, why lifecycle.Why) tea.Cmd {
	return func() tea.Msg {
		change, err := b.MoveFor(ctx, c.ID, to.Key, "", why)
		if err != nil {
			return errMsg{failed(words.T("board.failed.move", words.V{"Name": text.Clean(c.Name), "Reason": err}), err)}
		}
		name := text.Clean(c.Name)
		return writtenMsg{
			step:     undoMove(change, name, text.Clean(to.Label)),
			status:   words.T("board.status.moved", words.V{"Name": name, "Phase": text.Clean(to.Label)}),
			selectID: c.ID,
		}
	}
}

// undoCmd takes a step back.
func undoCmd(ctx context.Context, b *data.Book, step *undoStep) tea.Cmd {
	return func() tea.Msg {
		if err := step.undo(ctx, b); err != nil {
			return errMsg{failed(words.T("undo.failed", words.V{"What": step.what, "Reason": err}), err)}
		}
		done := writtenMsg{status: words.T("undo.done", words.V{"What": step.what}), selectID: step.customer, entry: step.entry}
		if step.triage {
			done.unmark = step.customer
		}
		return done
	}
}

// watchInterval is how often the board looks for writes by other
// processes, at the longest: on a server book a teammate's write is heard
// of as it commits.
const watchInterval = time.Second

// startWatchCmd starts watching the book for writes by other processes.
func startWatchCmd(ctx context.Context, b *data.Book) tea.Cmd {
	return func() tea.Msg {
		w, err := b.Watch(ctx)
		return watchStartedMsg{w, err}
	}
}

func watchTick(ctx context.Context, w *data.Watcher) tea.Cmd {
	if w == nil {
		return tea.Tick(watchInterval, func(time.Time) tea.Msg { return watchTickMsg{} })
	}
	return func() tea.Msg {
		w.Wait(ctx, watchInterval)
		return watchTickMsg{}
	}
}

// checkBookCmd asks the watcher whether the book changed.
func checkBookCmd(ctx context.Context, w *data.Watcher) tea.Cmd {
	return func() tea.Msg {
		changed, err := w.Changed(ctx)
		if err != nil {
			return readFailedMsg{err: err}
		}
		if !changed {
			return nil
		}
		from, err := w.Restored(ctx)
		if err != nil {
			return readFailedMsg{err: err}
		}
		return bookChangedMsg{restoredFrom: from}
	}
}

// archiveCmd archives a customer, or brings an archived one back.
func archiveCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, restore bool) tea.Cmd {
	return func() tea.Msg {
		name := text.Clean(c.Name)
		v := words.V{"Name": name, "Reason": nil}
		step, done := undoArchive(c.ID, name), words.T("board.status.archived", v)
		if restore {
			step, done = undoRestore(c.ID, name), words.T("archived.status.restored", v)
		}
		if err := b.Archive(ctx, c.ID, restore); err != nil {
			v["Reason"] = err
			said := words.T("board.failed.archive", v)
			if restore {
				said = words.T("archived.failed.restore", v)
			}
			return errMsg{failed(said, err)}
		}
		return writtenMsg{step: step, status: done}
	}
}

// rescoredMsg says the book was scored anew; changed customers' flags
// changed.
type rescoredMsg struct{ changed int }

// rescoreCmd scores the whole book as of now; a read-only book keeps the
// flags of its last scoring.
func rescoreCmd(ctx context.Context, b *data.Book) tea.Cmd {
	if b.ReadOnly() {
		return nil
	}
	return func() tea.Msg {
		rep, err := b.Rescore(ctx)
		if err != nil {
			return errMsg{failed(words.T("board.failed.rescore", words.V{"Reason": err}), err)}
		}
		return rescoredMsg{changed: rep.Changed}
	}
}
