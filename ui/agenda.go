package ui

import (
	"context"
	"iter"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
)

// agendaDays is how many days after today the agenda screen lists.
const agendaDays = 7

// agendaScreen is the agenda: the follow-ups overdue, due today and in the
// next days, grouped by day, the selection on a follow-up. It is kept on
// the root model, so that a read after a write keeps the place.
type agendaScreen struct {
	agenda data.Agenda
	today  time.Time
	items  []data.FollowUp // the follow-ups in the order shown
	loaded bool
	pick   int64 // the contact whose follow-up to select once read again
	listPlace
	width, height int
}

// agendaLoadedMsg carries the agenda read.
type agendaLoadedMsg struct {
	agenda data.Agenda
	today  time.Time
}

// loadAgendaCmd reads the agenda as of now.
func loadAgendaCmd(ctx context.Context, b *data.Book) tea.Cmd {
	return func() tea.Msg {
		today := b.Now()
		a, err := b.Agenda(ctx, today, agendaDays)
		if err != nil {
			return readFailedMsg{err: err}
		}
		return agendaLoadedMsg{agenda: a, today: today}
	}
}

// apply takes in a fresh read, keeping the selection on the follow-up it
// was on, or its place.
func (s *agendaScreen) apply(msg agendaLoadedMsg) {
	was, had := s.selected()
	s.agenda, s.today, s.loaded = msg.agenda, msg.today, true
	s.items = append([]data.FollowUp{}, msg.agenda.Overdue...)
	for _, d := range msg.agenda.Days {
		s.items = append(s.items, d.FollowUps...)
	}
	want := s.pick
	if want == 0 && had {
		want = was.ContactID
	}
	for i, f := range s.items {
		if f.ContactID == want {
			s.cursor = i
		}
	}
	s.pick = 0
	s.moveBy(0)
}

func (s *agendaScreen) setSize(w, h int) {
	s.width, s.height = w, h
	s.moveBy(0)
}

// selected is the follow-up under the cursor.
func (s *agendaScreen) selected() (data.FollowUp, bool) {
	if !s.loaded || s.cursor >= len(s.items) {
		return data.FollowUp{}, false
	}
	return s.items[s.cursor], true
}

// moveBy moves the selection, keeping it and its day's heading on
// screen.
func (s *agendaScreen) moveBy(delta int) {
	s.cursor = max(min(s.cursor+delta, len(s.items)-1), 0)
	s.top = min(s.top, s.cursor)
	for s.top < s.cursor && s.rowsFrom(s.top, s.cursor) > s.listHeight() {
		s.top++
	}
}

// rowsFrom counts the lines the follow-ups from top through last take,
// with the headings of their days.
func (s *agendaScreen) rowsFrom(top, last int) int {
	n := 0
	for i := range s.rows(top) {
		if i > last {
			break
		}
		n++
	}
	return n
}

// rows are the lines of the list from the follow-up at top on, in order:
// each follow-up's index, after it once more as the heading of its day
// (or of the overdue ones) where the day starts; the first on screen
// always has its own. The list draws, counts and is clicked by them.
func (s *agendaScreen) rows(top int) iter.Seq2[int, bool] {
	return func(yield func(i int, heading bool) bool) {
		for i := top; s.loaded && i < len(s.items); i++ {
			if (i == top || s.newDay(i)) && !yield(i, true) {
				return
			}
			if !yield(i, false) {
				return
			}
		}
	}
}

// newDay tells whether the follow-up at i is the first of its day (or of
// the overdue ones).
func (s *agendaScreen) newDay(i int) bool {
	return i == 0 || !agendaGroup(s.items[i]).Equal(agendaGroup(s.items[i-1]))
}

// agendaGroup is the heading a follow-up comes under: the overdue ones
// (the zero time), or the start of the day it is due.
func agendaGroup(f data.FollowUp) time.Time {
	if f.DaysLate > 0 {
		return time.Time{}
	}
	return lifecycle.StartOfDay(f.Due)
}

// listHeight is how many lines the list has, under the title and its rule.
func (s *agendaScreen) listHeight() int { return max(s.height-2, 1) }

// listRead applies a read of the search screen's hits or of the agenda.
func (m *Model) listRead(msg tea.Msg) {
	switch msg := msg.(type) {
	case searchedMsg:
		m.searchRead(msg)
	case agendaLoadedMsg:
		m.agenda.apply(msg)
	}
}

// openAgenda shows the agenda, read anew.
func (m *Model) openAgenda() tea.Cmd {
	m.push(&agendaList{keys: newAgendaKeys()})
	m.agenda.setSize(m.width, m.bodyHeight())
	m.agenda.loaded = false
	return loadAgendaCmd(m.ctx, m.book)
}

// reloadAgenda reads the agenda again when it is shown, as after a write.
func (m *Model) reloadAgenda() tea.Cmd {
	if !showing[*agendaList](m) {
		return nil
	}
	return loadAgendaCmd(m.ctx, m.book)
}
