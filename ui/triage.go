package ui

import (
	"slices"

	"tend/data"
	"tend/lifecycle"
)

// triageKinds are the filters of the re-engagement list, in the order tab
// steps through them; "" lists every flagged customer.
var triageKinds = []lifecycle.FlagKind{"", lifecycle.WinBack, lifecycle.AtRisk, lifecycle.Stalled}

// triageScreen is the re-engagement list: the flagged customers ranked by
// how urgent their flag is and what they are worth, worked through one
// after another. What was done to a customer stays on its line until the
// list is read again, so that the list does not shift under the user.
type triageScreen struct {
	kind      lifecycle.FlagKind
	entries   []data.TriageEntry
	reasons   map[int64][]string // the reasons of the customers read so far, of the flag listed
	done      map[int64]string   // what was done this visit, by customer
	doneToday int                // customers dealt with today, this visit's included
	loaded    bool
	pick      int64 // the customer to select once the list is read again
	listPlace
	width    int
	height   int
	currency string // the one currency of the book's purchases, or ""
}

// triageLoadedMsg carries the list and the day's progress.
type triageLoadedMsg struct {
	kind      lifecycle.FlagKind
	entries   []data.TriageEntry
	reasons   map[int64][]string
	doneToday int
}

// triageReasonsMsg carries the reasons of customers that came on screen in
// the list of a kind.
type triageReasonsMsg struct {
	kind    lifecycle.FlagKind
	reasons map[int64][]string
}

// triageDoneMsg says a triage action is stored.
type triageDoneMsg struct {
	id     int64
	what   string // shown on the customer's line
	status string
	step   *undoStep
}

// apply takes in a fresh read of the list, keeping the cursor's place. A
// read again of the list shown keeps what was done on this visit on its
// line, though the customers dealt with have left the list in the book.
func (s *triageScreen) apply(msg triageLoadedMsg) {
	entries, done := msg.entries, map[int64]string{}
	if s.loaded && s.kind == msg.kind {
		entries, done = withMarked(s.entries, s.done, msg.entries)
	}
	s.kind, s.entries, s.reasons, s.doneToday = msg.kind, entries, msg.reasons, msg.doneToday
	s.done, s.loaded = done, true
	if i := slices.IndexFunc(s.entries, func(e data.TriageEntry) bool { return e.ID == s.pick }); i >= 0 {
		s.cursor = i
	}
	s.pick = 0
	s.cursor = min(s.cursor, max(len(s.entries)-1, 0))
	s.follow(s.listHeight())
}

func (s *triageScreen) setSize(w, h int) {
	s.width, s.height = w, h
	s.follow(s.listHeight())
}

// moveBy moves the cursor, keeping it on screen.
func (s *triageScreen) moveBy(delta int) { s.step(delta, len(s.entries), s.listHeight()) }

// selected is the customer under the cursor.
func (s *triageScreen) selected() (data.TriageEntry, bool) {
	if !s.loaded || s.cursor >= len(s.entries) {
		return data.TriageEntry{}, false
	}
	return s.entries[s.cursor], true
}

// withMarked is a fresh read of the list with the lines marked done put
// back where they were, and their marks.
func withMarked(old []data.TriageEntry, marks map[int64]string, fresh []data.TriageEntry) ([]data.TriageEntry, map[int64]string) {
	kept := map[int64]string{}
	list := slices.Clone(fresh)
	for i, e := range old {
		what, ok := marks[e.ID]
		if !ok {
			continue
		}
		kept[e.ID] = what
		if !slices.ContainsFunc(list, func(f data.TriageEntry) bool { return f.ID == e.ID }) {
			list = slices.Insert(list, min(i, len(list)), e)
		}
	}
	return list, kept
}

// unmark takes back the mark of a customer whose action was undone.
func (s *triageScreen) unmark(id int64) {
	if _, ok := s.done[id]; ok {
		delete(s.done, id)
		s.doneToday--
	}
}

// markDone notes what was done to a customer and moves on to the next
// customer not yet dealt with, below the cursor first.
func (s *triageScreen) markDone(id int64, what string) {
	if _, again := s.done[id]; !again {
		s.doneToday++
	}
	s.done[id] = what
	for i := 1; i <= len(s.entries); i++ {
		j := (s.cursor + i) % len(s.entries)
		if _, ok := s.done[s.entries[j].ID]; !ok {
			s.cursor = j
			break
		}
	}
	s.follow(s.listHeight())
}

// missingReasons are the customers on screen whose reason is not read yet.
func (s *triageScreen) missingReasons() []int64 {
	var ids []int64
	for _, e := range s.entries[s.top:min(s.top+s.listHeight(), len(s.entries))] {
		if _, ok := s.reasons[e.ID]; !ok {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// nextKind is the filter after (or before, for -1) the current one.
func (s *triageScreen) nextKind(step int) lifecycle.FlagKind {
	for i, k := range triageKinds {
		if k == s.kind {
			return triageKinds[(i+step+len(triageKinds))%len(triageKinds)]
		}
	}
	return ""
}
