package ui

import (
	"image"

	"tend/lifecycle"
	"tend/ui/text"
)

// triageHeaderLines are the lines above the list: the filters and the
// progress, the column names and a rule.
const triageHeaderLines = 3

// The list's columns: a lead of 3 cells (the selection bar and the badge),
// the customer, the phase, the worth and, where the width holds them, 2
// cells and the reason. The reason's room comes first: narrower than a
// line that gives it triageReasonRoom cells beside the customer's least,
// each customer takes two lines, the reason whole on the second.
const (
	triagePhaseWidth  = 14
	triageWorthWidth  = 7
	triageNameLeast   = 20
	triageNameMost    = 44
	triageReasonRoom  = 56
	triageOneLineFrom = 3 + triageNameLeast + triagePhaseWidth + triageWorthWidth + 3 + triageReasonRoom
)

// entryRows is how many lines a customer of the list takes.
func (s *triageScreen) entryRows() int {
	if s.width < triageOneLineFrom {
		return 2
	}
	return 1
}

// detailRows is the height of the box under the list that says every
// reason of the selected customer: a rule and the reasons, a fifth of the
// room, or nothing on a terminal too short to spare it. It is kept for the
// box however long the list, so that the list does not shift under the
// cursor as customers with more reasons are selected.
func (s *triageScreen) detailRows() int {
	room := s.height - triageHeaderLines
	if room < 10 {
		return 0
	}
	return 1 + min(max(room/5, 2), 6)
}

// listRows is the height of the list itself.
func (s *triageScreen) listRows() int {
	return max(s.height-triageHeaderLines-s.detailRows(), 1)
}

// listHeight is how many customers the list shows at once.
func (s *triageScreen) listHeight() int { return max(s.listRows()/s.entryRows(), 1) }

// triageColumns are the widths of the list's columns; a why of 0 puts the
// reason on a line of its own.
type triageColumns struct{ name, phase, worth, why int }

// columns gives the reason its room first, the customer what is left
// within bounds, and puts the reason under the customer where the width
// cannot hold both.
func (s *triageScreen) columns() triageColumns {
	c := triageColumns{phase: triagePhaseWidth, worth: triageWorthWidth}
	rest := s.width - 3 - c.phase - c.worth - 3
	if s.entryRows() == 2 {
		c.name = max(rest, 8)
		return c
	}
	c.name = min(max(rest-triageReasonRoom, triageNameLeast), triageNameMost)
	c.why = max(rest-c.name, 0)
	return c
}

// entryAt is the index of the customer drawn on line y of the screen's
// body, or -1.
func (s *triageScreen) entryAt(y int) int {
	row := y - triageHeaderLines
	if !s.loaded || row < 0 || row >= s.listRows() {
		return -1
	}
	if i := s.top + row/s.entryRows(); i < min(s.top+s.listHeight(), len(s.entries)) {
		return i
	}
	return -1
}

// filterAt is the filter whose name is drawn at p of the screen's body.
func (s *triageScreen) filterAt(p image.Point) (lifecycle.FlagKind, bool) {
	if p.Y != 0 {
		return "", false
	}
	x := text.Width(triageTitle())
	for _, k := range triageKinds {
		x += 2
		w := text.Width(triageFilterName(k))
		if p.X >= x && p.X < x+w {
			return k, true
		}
		x += w
	}
	return "", false
}
