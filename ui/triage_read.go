package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// openTriage shows the re-engagement list, read anew.
func (m *Model) openTriage() tea.Cmd {
	m.push(&triageList{keys: newTriageKeys()})
	return m.readTriage()
}

// readTriage reads the list anew, of the filter chosen.
func (m *Model) readTriage() tea.Cmd {
	m.triage.loaded = false
	return loadTriageCmd(m.ctx, m.book, m.triage.kind, m.me, m.triage.listHeight())
}

// showTriageKind shows the list of a filter from its top, read anew.
func (m *Model) showTriageKind(k lifecycle.FlagKind) tea.Cmd {
	s := &m.triage
	s.kind, s.cursor, s.top = k, 0, 0
	return m.readTriage()
}

// triageOpen reports whether the re-engagement list is shown, under a box
// or not.
func (m *Model) triageOpen() bool { return showing[*triageList](m) }

// reloadTriage reads the list anew when it is open, as after a scoring:
// what was done on this visit is forgotten, as the list holds it no more.
func (m *Model) reloadTriage() tea.Cmd { return m.reloadTriageAt(0) }

// reloadTriageAt reads the list anew when it is open and selects the
// customer id if it is on it.
func (m *Model) reloadTriageAt(id int64) tea.Cmd {
	if !m.triageOpen() {
		return nil
	}
	m.triage.pick = id
	return loadTriageCmd(m.ctx, m.book, m.triage.kind, m.me, m.triage.listHeight())
}

// loadTriageReasons reads the reasons of the customers that came on screen.
func (m *Model) loadTriageReasons() tea.Cmd {
	if !onTop[*triageList](m) || !m.triage.loaded {
		return nil
	}
	ids := m.triage.missingReasons()
	if len(ids) == 0 {
		return nil
	}
	for _, id := range ids {
		m.triage.reasons[id] = nil // asked for; not asked again
	}
	return loadReasonsCmd(m.ctx, m.book, ids, m.triage.kind)
}

// triageRead applies what came back for the re-engagement list.
func (m *Model) triageRead(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case triageLoadedMsg:
		if msg.kind == m.triage.kind {
			m.triage.apply(msg)
		}
		return m.loadTriageReasons()
	case triageReasonsMsg:
		if msg.kind != m.triage.kind || !m.triage.loaded {
			return nil
		}
		for id, r := range msg.reasons {
			m.triage.reasons[id] = r
		}
	case triageDoneMsg:
		m.pushUndo(msg.step)
		m.triage.markDone(msg.id, msg.what)
		cmd := m.status.set(msg.status, false)
		return tea.Batch(cmd, m.refresh(m.selectedID()), m.reloadCustomer(), m.loadTriageReasons())
	}
	return nil
}

// loadTriageCmd reads the list of a kind, mine (the user's customers)
// first, and the reasons of its first screenful so that the list opens
// complete.
func loadTriageCmd(ctx context.Context, b *data.Book, kind lifecycle.FlagKind, mine string, firstScreen int) tea.Cmd {
	return func() tea.Msg {
		entries, err := b.TriageList(ctx, kind, mine)
		if err != nil {
			return readFailedMsg{err: failed(words.T("triage.failed.list", words.V{"Reason": err}), err)}
		}
		done, err := b.TriageDone(ctx, lifecycle.StartOfDay(b.Now()), kind)
		if err != nil {
			return readFailedMsg{err: err}
		}
		ids := make([]int64, 0, firstScreen)
		for _, e := range entries[:min(firstScreen, len(entries))] {
			ids = append(ids, e.ID)
		}
		reasons, err := topReasons(ctx, b, ids, kind)
		if err != nil {
			return readFailedMsg{err: err}
		}
		return triageLoadedMsg{kind: kind, entries: entries, reasons: reasons, doneToday: done}
	}
}

// loadReasonsCmd reads the reasons of customers that came on screen.
func loadReasonsCmd(ctx context.Context, b *data.Book, ids []int64, kind lifecycle.FlagKind) tea.Cmd {
	return func() tea.Msg {
		reasons, err := topReasons(ctx, b, ids, kind)
		if err != nil {
			return readFailedMsg{err: err}
		}
		return triageReasonsMsg{kind, reasons}
	}
}

// topReasons are the reasons of each customer's flag of the kind the list
// shows, or of the most urgent flag for every kind; a customer whose flag
// is gone since has "no flag now".
func topReasons(ctx context.Context, b *data.Book, ids []int64, kind lifecycle.FlagKind) (map[int64][]string, error) {
	outlooks, err := b.Outlooks(ctx, ids)
	if err != nil {
		return nil, failed(words.T("triage.failed.reasons", words.V{"Reason": err}), err)
	}
	out := make(map[int64][]string, len(ids))
	for _, id := range ids {
		out[id] = reasonFor(outlooks[id].Flags, kind)
	}
	return out, nil
}

// reasonFor is the reasons, the first shown first, of the first of the flags
// (most urgent first) of the kind, or of any kind for "".
func reasonFor(flags []lifecycle.Flag, kind lifecycle.FlagKind) []string {
	for _, f := range flags {
		if (kind == "" || f.Kind == kind) && len(f.Reasons) > 0 {
			said := make([]string, len(f.Reasons))
			for i, r := range f.Reasons {
				said[i] = words.Reason(r)
			}
			return said
		}
	}
	return []string{words.T("triage.no-flag")}
}
