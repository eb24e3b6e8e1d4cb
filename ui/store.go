package ui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

// The commands here are the only places the UI touches the book. Each runs
// off the Update loop and comes back as a message.

// columnRequest asks for one column's window.
type columnRequest struct {
	phase       string
	from, limit int
}

// boardQuery is what a fresh read of the board asks for.
type boardQuery struct {
	filter   data.Filter
	gen      int
	reqs     []columnRequest // the windows of the columns on screen
	selectID int64           // the customer to select, 0 for none
	pageSize int             // cards per window
	lead     int             // cards to load before the selected one
}

// loadBoard reads the totals, the windows asked for, and where the customer
// to select stands under the filter (and the window around it).
func loadBoard(ctx context.Context, b *data.Book, q boardQuery) tea.Msg {
	msg := boardLoadedMsg{gen: q.gen, selectID: q.selectID}
	var err error
	if msg.lc, err = b.Lifecycle(ctx); err != nil {
		return readFailedMsg{err, q.gen}
	}
	if msg.totals, err = b.PhaseTotals(ctx, q.filter); err != nil {
		return readFailedMsg{err, q.gen}
	}
	if msg.count, err = b.CountCustomers(ctx, data.Filter{}); err != nil {
		return readFailedMsg{err, q.gen}
	}
	reqs := q.reqs
	if q.selectID != 0 {
		if c, idx, err := b.CardIndex(ctx, q.filter, q.selectID); err == nil && idx >= 0 {
			msg.found, msg.selPhase, msg.selIndex = true, c.Phase, idx
			reqs = append(reqs, columnRequest{phase: c.Phase, from: max(idx-q.lead, 0), limit: q.pageSize})
		}
	}
	for _, r := range reqs {
		p, err := loadPage(ctx, b, q.filter, r)
		if err != nil {
			return readFailedMsg{err, q.gen}
		}
		msg.pages = append(msg.pages, p)
	}
	return msg
}

func loadPage(ctx context.Context, b *data.Book, f data.Filter, r columnRequest) (page, error) {
	f.Phase = r.phase
	cards, err := b.Cards(ctx, f, r.from, r.limit)
	return page{phase: r.phase, from: r.from, cards: cards}, err
}

// moveCmd moves a customer to another phase; keys, the picker and the mouse
// all move cards through it.
func moveCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, to lifecycle.Phase) tea.Cmd {
	return func() tea.Msg {
		change, err := b.Move(ctx, c.ID, to.Key, "")
		if err != nil {
			return errMsg{fmt.Errorf("could not move %s: %w", text.Clean(c.Name), err)}
		}
		name := text.Clean(c.Name)
		return writtenMsg{
			step:     undoMove(change, name, text.Clean(to.Label)),
			status:   fmt.Sprintf("Moved %s to %s · u to undo", name, text.Clean(to.Label)),
			selectID: c.ID,
		}
	}
}

// undoCmd takes a step back.
func undoCmd(ctx context.Context, b *data.Book, step *undoStep) tea.Cmd {
	return func() tea.Msg {
		if err := step.undo(ctx, b); err != nil {
			return errMsg{fmt.Errorf("could not undo the %s: %w", step.what, err)}
		}
		return writtenMsg{status: "Undid the " + step.what, selectID: step.customer}
	}
}

// watchInterval is how often the board looks for writes by other processes.
const watchInterval = time.Second

func watchTick() tea.Cmd {
	return tea.Tick(watchInterval, func(time.Time) tea.Msg { return watchTickMsg{} })
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

// archiveCmd archives a customer.
func archiveCmd(ctx context.Context, b *data.Book, c lifecycle.Customer) tea.Cmd {
	return func() tea.Msg {
		name := text.Clean(c.Name)
		if err := b.Archive(ctx, c.ID, false); err != nil {
			return errMsg{fmt.Errorf("could not archive %s: %w", name, err)}
		}
		return writtenMsg{step: undoArchive(c.ID, name), status: "Archived " + name + " · u to undo"}
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
			return errMsg{fmt.Errorf("could not bring the flags up to date: %w", err)}
		}
		return rescoredMsg{changed: rep.Changed}
	}
}
