package ui

import (
	"slices"
	"strings"
	"testing"
)

// openCustomer opens a customer's screen from the board.
func (h *harness) openCustomer(name string) int64 {
	h.t.Helper()
	c := h.goTo(name)
	h.press("enter")
	if !h.on((*customerScreen)(nil)) || !h.customer().loaded {
		h.t.Fatalf("enter left screen %s, loaded %v", h.topName(), h.customer().loaded)
	}
	return c.ID
}

// timeline is the timeline's lines on screen, without the trailing spaces.
func (h *harness) timeline() []string {
	lines := h.lines()
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, " Timeline") })
	var out []string
	for _, l := range lines[start+1 : len(lines)-2] {
		if l = strings.TrimRight(l, " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestCustomerScreenShowsProfileAndTimeline(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.openCustomer("Anna Fischer")
	lines := h.lines()
	wantProfile := []struct{ line, text string }{
		{lines[1], " Anna Fischer · Fischer Apotheken"},
		{lines[1], "★ promoter "},
		{lines[3], " Phase        Retention · 40 days"},
		{lines[3], "Value        €36,000 a year"},
		{lines[4], " E-mail       anna.fischer@fischer-apo…"},
		{lines[5], "Tags         pharma, vip"},
		{lines[6], " Spent        €4,800 in 1 purchase "},
		{lines[6], "Last contact 2025-03-12 · 1d"},
		{lines[7], " Contacts     4 "},
		{lines[7], "Since        2024-10-01"},
		{lines[8], " Outlook      the purchase model could not be fitted · no RFM score yet"},
		{lines[13], " Timeline  7 events, newest first"},
	}
	for _, w := range wantProfile {
		if !strings.Contains(w.line, w.text) {
			t.Errorf("line %q lacks %q", w.line, w.text)
		}
	}
	// Newest first; the moment of truth has its star, a follow-up its date.
	want := []string{
		" ▸ 2025-03-12 17:20  ✉ +  email out · positive · Thanked us for th… ↻ 2025-03-21",
		"   2025-02-03 14:00  ◉ +★ meeting out · positive · Complaint resolved on site",
		"   2025-02-02 09:00  →    moved to Retention · renewed for a year",
		"   2025-01-20 08:45  ☎ −  call out · negative · Complaint: delivery two weeks l…",
		"   2025-01-15 12:00  ¤    purchase €4,800 · Annual licence",
		"   2024-10-01 10:00  →    created in Conversion",
		"   2024-10-01 10:00  ◉    meeting out · neutral · First meeting in Düsseldorf",
	}
	if got := h.timeline(); !slices.Equal(got, want) {
		t.Errorf("timeline\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCustomerScreenMovesTheSelectionThroughTheTimeline(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	// At 80×15 the timeline has room for two events of seven, the chart
	// having given way; the timeline scrolls as little as keeps the
	// selection on screen.
	tests := []struct {
		keys      []string
		wantFirst string // the time of the first event on screen
		wantSel   string // the time of the selected event
	}{
		{[]string{"g"}, "2025-03-12 17:20", "2025-03-12 17:20"},
		{[]string{"j"}, "2025-03-12 17:20", "2025-02-03 14:00"},
		{[]string{"down", "down"}, "2025-02-03 14:00", "2025-02-02 09:00"},
		{[]string{"j", "k"}, "2025-03-12 17:20", "2025-03-12 17:20"},
		{[]string{"up"}, "2025-03-12 17:20", "2025-03-12 17:20"},
		{slices.Repeat([]string{"j"}, 20), "2024-10-01 10:00", "2024-10-01 10:00"}, // stops at the last
		{[]string{"G"}, "2024-10-01 10:00", "2024-10-01 10:00"},
		{[]string{"G", "g"}, "2025-03-12 17:20", "2025-03-12 17:20"},
		{[]string{"pgdown"}, "2025-02-03 14:00", "2025-02-02 09:00"},
		{[]string{"G", "pgup"}, "2025-01-15 12:00", "2025-01-15 12:00"},
		{[]string{"G", "k", "k", "k"}, "2025-01-20 08:45", "2025-01-20 08:45"},
	}
	h := newHarness(t, book, 80, 15)
	h.openCustomer("Anna Fischer")
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			h.press("g") // back to the newest
			h.press(tt.keys...)
			got := h.timeline()
			if len(got) != 2 || !strings.Contains(got[0], " "+tt.wantFirst+" ") {
				t.Errorf("timeline on screen\n%s\nwant two events from %s", strings.Join(got, "\n"), tt.wantFirst)
			}
			if sel := selectedLine(got); !strings.HasPrefix(sel, " ▸ "+tt.wantSel) {
				t.Errorf("selected %q, want the event of %s\n%s", sel, tt.wantSel, strings.Join(got, "\n"))
			}
		})
	}
}

// selectedLine is the timeline's line marked as selected, or empty.
func selectedLine(timeline []string) string {
	for _, l := range timeline {
		if strings.HasPrefix(l, " ▸ ") {
			return l
		}
	}
	return ""
}

// customerKeyCase is keys pressed on a customer's screen, and what they
// did to the customer.
type customerKeyCase struct {
	name  string
	keys  func(h *harness)
	check func(t *testing.T, h *harness, id int64)
}

// customerKeyCases are the keys that change a customer and leave its
// screen open.
func customerKeyCases() []customerKeyCase {
	return append([]customerKeyCase{
		{"c logs a contact and comes back", func(h *harness) {
			h.press("c")
			h.typeText("Checked the new order")
			h.press("enter")
		}, func(t *testing.T, h *harness, id int64) {
			if got := h.timeline()[0]; got != " ▸ 2025-03-14 09:30  ☎    call out · neutral · Checked the new order" {
				t.Errorf("newest event %q", got)
			}
			if n := len(historyOf(t, h.book, id).Contacts); n != 5 {
				t.Errorf("%d contacts stored, want 5", n)
			}
		}},
		{"e edits and comes back", func(h *harness) {
			h.press("e", "tab", "tab", "tab", "tab", "ctrl+u")
			h.typeText("Ben")
			h.press("enter")
		}, func(t *testing.T, h *harness, id int64) {
			if got := customerIn(t, h.book, id).Owner; got != "Ben" {
				t.Errorf("stored owner %q", got)
			}
			if got := h.lines()[5]; !strings.HasPrefix(got, " Owner        Ben ") {
				t.Errorf("profile line %q", got)
			}
		}},
		{"m moves and comes back", func(h *harness) {
			h.press("m", "1")
		}, func(t *testing.T, h *harness, id int64) {
			if got := customerIn(t, h.book, id).Phase; got != "awareness" {
				t.Errorf("stored phase %s", got)
			}
			if got := h.lines()[3]; !strings.HasPrefix(got, " Phase        Awareness · 0 days ") {
				t.Errorf("profile line %q", got)
			}
			if got := h.timeline()[0]; got != "   2025-03-14 09:30  →    moved to Awareness" {
				t.Errorf("newest event %q", got)
			}
		}},
	}, archiveKeptCases()...)
}

// archiveKeptCases answer the question of a with anything but y.
func archiveKeptCases() []customerKeyCase {
	return []customerKeyCase{
		{"a then n keeps the customer", func(h *harness) {
			h.press("a")
			if !strings.Contains(h.screen(), "Archive Anna Fischer?") {
				h.t.Errorf("a does not ask:\n%s", h.screen())
			}
			h.press("n")
		}, func(t *testing.T, h *harness, id int64) {
			if customerIn(t, h.book, id).Archived() {
				t.Error("archived without a yes")
			}
			if strings.Contains(h.screen(), "Archive Anna Fischer?") {
				t.Error("the question stayed")
			}
		}},
		{"a then esc keeps the customer", func(h *harness) {
			h.press("a", "esc")
		}, func(t *testing.T, h *harness, id int64) {
			if customerIn(t, h.book, id).Archived() {
				t.Error("archived without a yes")
			}
		}},
	}
}

func TestCustomerScreenKeys(t *testing.T) {
	t.Parallel()
	for _, tt := range customerKeyCases() {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			id := h.openCustomer("Anna Fischer")
			tt.keys(h)
			if !h.on((*customerScreen)(nil)) {
				t.Fatalf("screen %s, want the customer's", h.topName())
			}
			tt.check(t, h, id)
		})
	}
}

func TestArchiveWithYesTakesTheCustomerOffTheBoard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	id := h.openCustomer("Anna Fischer")
	h.press("a", "y")
	if !customerIn(t, h.book, id).Archived() {
		t.Fatal("not archived")
	}
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("screen %s, want the board", h.topName())
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Archived Anna Fischer · u to undo") || !strings.HasSuffix(got, "book.tend · 19 customers · 1 archived") {
		t.Errorf("status line %q", got)
	}
	if board := h.lines()[1 : h.m.height-2]; slices.ContainsFunc(board, func(l string) bool { return strings.Contains(l, "Anna Fischer") }) {
		t.Errorf("the card is still on the board:\n%s", strings.Join(board, "\n"))
	}
	if got := h.m.board.cols[h.column("retention")].total.Count; got != 2 {
		t.Errorf("Retention counts %d, want 2", got)
	}
}
