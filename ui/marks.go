package ui

import (
	"maps"
	"slices"

	"tend/lifecycle"
	"tend/ui/words"
)

// marks are the customers marked with space on the board, for a change
// of them all at once: by id, as last read, for the questions to name
// their number and the reasons their moves take. They outlive a re-read
// of the board for as long as the customers are on it.
type marks map[int64]lifecycle.Customer

// ids are the marked customers' ids, in order.
func (mk marks) ids() []int64 { return slices.Sorted(maps.Keys(mk)) }

// toggleMark marks the selected card, or unmarks it.
func (m *Model) toggleMark() {
	if c, ok := m.board.selected(); ok {
		m.toggleMarkOf(c)
	}
}

// toggleMarkOf marks customer c, or unmarks them: a card of the board or
// a line of the re-engagement list.
func (m *Model) toggleMarkOf(c lifecycle.Customer) {
	if _, marked := m.marks[c.ID]; marked {
		delete(m.marks, c.ID)
	} else {
		if m.marks == nil {
			m.marks = marks{}
		}
		m.marks[c.ID] = c
	}
}

// keepMarks drops the marks of the customers asked about that are no
// longer on the board after a re-read, and keeps the others as stored
// now; a mark made or taken off while the read was on its way stays so.
func (m *Model) keepMarks(asked []int64, onBoard []lifecycle.Customer) {
	now := make(map[int64]lifecycle.Customer, len(onBoard))
	for _, c := range onBoard {
		now[c.ID] = c
	}
	for _, id := range asked {
		c, there := now[id]
		_, marked := m.marks[id]
		switch {
		case !there:
			delete(m.marks, id)
		case marked:
			m.marks[id] = c
		}
	}
}

// marksNote is what the status line says of the marks: "3 marked", or
// nothing without any.
func (sh *shared) marksNote() string {
	if len(sh.marks) == 0 {
		return ""
	}
	return words.N("bulk.status.marked", len(sh.marks))
}

// toMove are the marked customers a move to phase would move: those not
// in it yet.
func (mk marks) toMove(phase string) []lifecycle.Customer {
	var out []lifecycle.Customer
	for _, id := range mk.ids() {
		if c := mk[id]; c.Phase != phase {
			out = append(out, c)
		}
	}
	return out
}

// reasonKind is the kind of reason a move of the customers cs to phase
// takes: only when every one of their moves takes the same kind is it
// asked for, once for all of them (a reason is never required).
func reasonKind(lc lifecycle.Lifecycle, cs []lifecycle.Customer, phase string) (lifecycle.ReasonKind, bool) {
	var kind lifecycle.ReasonKind
	for i, c := range cs {
		k, takes := lc.ReasonFor(c.Phase, phase)
		if !takes || i > 0 && k != kind {
			return "", false
		}
		kind = k
	}
	return kind, len(cs) > 0
}
