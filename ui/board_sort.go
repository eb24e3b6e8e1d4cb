package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/ui/words"
)

// orderLabel says an order in words.
func orderLabel(o data.Order) string {
	labels := map[data.Order]string{
		data.OrderValue: words.T("board.sort.value"), data.OrderLastContact: words.T("board.sort.last-contact"),
		data.OrderDaysInPhase: words.T("board.sort.days-in-phase"), data.OrderName: words.T("board.sort.name"),
	}
	if label, ok := labels[o]; ok {
		return label
	}
	return words.T("board.sort.urgency")
}

// newSortPicker chooses the order of every column, now the one in force.
func newSortPicker(now data.Order) *picker {
	p := &picker{purpose: pickSort, title: words.T("board.sort.title"), hint: words.T("board.sort.hint"),
		keys: words.T("board.sort.keys"), current: -1}
	for i, o := range data.Orders() {
		p.labels, p.values = append(p.labels, orderLabel(o)), append(p.values, string(o))
		if o == now {
			p.cursor, p.current = i, i
		}
	}
	return p
}

// sortBoard orders every column by o, keeping the selected customer
// selected, and keeps the choice in the person's settings file, off the
// loop, since the file is flushed to the disk.
func (m *Model) sortBoard(o data.Order) tea.Cmd {
	m.filter.order = o
	said := m.status.set(words.T("board.sort.done", words.V{"Order": orderLabel(o)}), false)
	return tea.Batch(m.refresh(m.selectedID()), said, m.keepPref(data.PrefBoardSort, string(o)))
}

// sortNote is what the status line says of the board's order: nothing
// for the board's own, urgency.
func (m *Model) sortNote() string {
	if !m.onBoard() || m.filter.order == data.OrderUrgency || m.filter.order == "" {
		return ""
	}
	return words.T("board.sort.shown", words.V{"Order": orderLabel(m.filter.order)})
}
