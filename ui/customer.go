package ui

import (
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// customerScreen shows one customer: the flags with their reasons, the
// profile, what the purchase models expect, a chart of the last two
// years' contacts and spend, and one timeline of contacts, purchases and
// moves, newest first.
type customerScreen struct {
	id       int64
	customer lifecycle.Customer
	outlook  data.Outlook
	activity activity
	events   []timelineEvent
	loaded   bool
	scroll   int // the first timeline line on screen
	cursor   int // the selected timeline event
	// want is the event to select once the timeline is read again: one
	// just logged, changed or put back.
	want string
	// reasons is whether the flags' reasons show whole or folded to a
	// line each, once the user chose; until then short screens fold them.
	reasons foldChoice
	clicked lastClick // the last click on the timeline, for a double click
	width   int
	height  int
	keys    customerKeys
	// currency is the one currency of the book's purchases, or "".
	currency string
}

// show puts a loaded customer on the screen, as me reads it.
func (s *customerScreen) show(msg customerLoadedMsg, lc lifecycle.Lifecycle, now time.Time, me string) {
	s.customer, s.outlook, s.loaded = msg.customer, msg.outlook, true
	s.activity = activityOf(msg.history, now)
	keep := s.want
	if keep == "" {
		keep = s.selectedKey()
	}
	s.events, s.want = buildTimeline(msg.history, lc, now, me), ""
	if i := slices.IndexFunc(s.events, func(e timelineEvent) bool { return e.key == keep }); i >= 0 {
		s.cursor = i
	}
	s.moveCursor(0)
}

func (s *customerScreen) setSize(w, h int) {
	s.width, s.height = w, h
	s.moveCursor(0)
}

func (s *customerScreen) clampScroll() {
	s.scroll = min(max(s.scroll, 0), max(len(s.events)-s.timelineHeight(), 0))
}

// view draws the screen, exactly width × height cells; on a narrow
// terminal the profile's second column is cut, on a short one the chart
// gives way to the timeline.
func (s *customerScreen) view(st *Styles, lc lifecycle.Lifecycle, now time.Time) string {
	if !s.loaded {
		return lipgloss.NewStyle().Width(s.width).Height(s.height).Render(st.Muted.Render(" " + words.T("customer.loading")))
	}
	lines := s.header(st, lc, now)
	count := words.N("customer.timeline.count", len(s.events))
	lines = append(lines, "", st.Column.Render(" "+words.T("customer.timeline.title"))+st.Muted.Render("  "+count))
	end := min(s.scroll+s.timelineHeight(), len(s.events))
	for i := s.scroll; i < end; i++ {
		lines = append(lines, s.eventLine(st, s.events[i], i == s.cursor))
	}
	if len(s.events) == 0 {
		lines = append(lines, st.Muted.Render("   "+words.T("customer.timeline.empty")))
	}
	for len(lines) < s.height {
		lines = append(lines, "")
	}
	for i := range lines {
		lines[i] = pad(ansi.Truncate(lines[i], s.width, "…"), s.width)
	}
	return strings.Join(lines[:s.height], "\n")
}

// header is everything above the timeline: the title with the flags under
// it, what needs attention first; the profile; the outlook; the chart
// where it has room.
func (s *customerScreen) header(st *Styles, lc lifecycle.Lifecycle, now time.Time) []string {
	lines := []string{s.title(st)}
	lines = append(lines, s.flagBlock(st)...)
	lines = append(lines, "")
	lines = append(lines, s.profileRows(st, lc, now)...)
	lines = append(lines, s.outlookBlock(st)...)
	if s.showChart() {
		lines = append(lines, s.chartBlock(st)...)
	}
	return lines
}
