package ui

import (
	"image"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// footerPoint is the cell of the footer where hint starts.
func (h *harness) footerPoint(hint string) image.Point {
	h.t.Helper()
	lines := h.lines()
	footer := lines[len(lines)-1]
	i := strings.Index(footer, hint)
	if i < 0 {
		h.t.Fatalf("the footer %q lacks %q", footer, hint)
	}
	return image.Pt(ansi.StringWidth(footer[:i]), len(lines)-1)
}

// TestClickingAFooterKeyPressesIt clicks keys of the footer on each
// screen: i opens the insights from the board, esc goes back, t opens the
// list, enter a customer, ? the help, and i under the help the insights.
func TestClickingAFooterKeyPressesIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	steps := []struct {
		hint string
		want layer
	}{
		{"i insights", (*insightsView)(nil)},
		{"esc board", (*boardScreen)(nil)},
		{"t triage", (*triageList)(nil)},
		{"esc board", (*boardScreen)(nil)},
		{"enter open", (*customerScreen)(nil)},
		{"esc back", (*boardScreen)(nil)},
		{"? help", helpBox{}},
	}
	for _, st := range steps {
		p := h.footerPoint(st.hint)
		h.send(click(p.Add(image.Pt(len(st.hint)-1, 0)))) // on the hint's last cell
		if !h.on(st.want) {
			t.Fatalf("a click on %q opened %s", st.hint, h.topName())
		}
	}
	h.send(click(image.Pt(79, 23))) // right of the last hint
	if !h.on(helpBox{}) {
		t.Errorf("a click beside the hints opened %s", h.topName())
	}
	h.send(click(h.footerPoint("i insights"))) // the help shows the board's keys
	if !h.on((*insightsView)(nil)) {
		t.Errorf("a click on i under the help opened %s", h.topName())
	}
}

// TestClickingAFooterKeyInTriageActs logs an attempt with a click on "l"
// in the re-engagement list's footer.
func TestClickingAFooterKeyInTriageActs(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("t")
	h.send(click(h.footerPoint("l log attempt")))
	if !strings.Contains(h.screen(), "Log an attempt with Daniel Walker") {
		t.Errorf("a click on l opened %s:\n%s", h.topName(), h.screen())
	}
}

func TestAFooterHintOfTwoKeysPressesTheOneUnderThePointer(t *testing.T) {
	b := func(keys []string, name, desc string) key.Binding { return bind(keys, name, desc) }
	keys := []key.Binding{b([]string{"enter"}, "enter", "open"), b([]string{"H", "L"}, "H/L", "move"), b([]string{"?"}, "?", "help")}
	// "enter open • H/L move • ? help"
	for x, want := range map[int]string{0: "enter", 9: "enter", 13: "H", 14: "H", 15: "L", 20: "H", 24: "?", 29: "?"} {
		if got, _ := footerKeyAt(keys, x, 80, " • "); got != want {
			t.Errorf("a click at %d presses %q, want %q", x, got, want)
		}
	}
	for _, x := range []int{10, 11, 12, 21, 23, 30, 79} {
		if got, ok := footerKeyAt(keys, x, 80, " • "); ok {
			t.Errorf("a click at %d presses %q, want none", x, got)
		}
	}
	if got, ok := footerKeyAt(keys, 25, 24, " • "); ok {
		t.Errorf("a click on a hint the width cut off presses %q", got)
	}
}

// TestTheWheelScrollsTheHelp opens the help on a terminal too short for
// it: the wheel brings its last line into view and back, and no further.
func TestTheWheelScrollsTheHelp(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 14)
	h.press("?")
	last := "a click on a phase goes to its column"
	if strings.Contains(h.screen(), last) {
		t.Fatalf("the help fits 14 lines:\n%s", h.screen())
	}
	down, up := wheel(image.Pt(40, 6), tea.MouseWheelDown), wheel(image.Pt(40, 6), tea.MouseWheelUp)
	for range 30 {
		h.send(down)
	}
	if !strings.Contains(h.screen(), last) || strings.Contains(h.screen(), "Keys") {
		t.Errorf("scrolled down, the help shows:\n%s", h.screen())
	}
	for range 30 {
		h.send(up)
	}
	if !strings.Contains(h.screen(), "Keys") || !h.on(helpBox{}) {
		t.Errorf("scrolled back, the help shows:\n%s", h.screen())
	}
}

// TestTheTriageFooterKeepsTheWayBackWhole reads the list's footer at 80
// and 120 columns: the keys that fit, whole, then esc and ?.
func TestTheTriageFooterKeepsTheWayBackWhole(t *testing.T) {
	t.Parallel()
	for w, want := range map[int]string{
		80:  "l log attempt • s snooze • w won back • x lost • D draft • esc board • ? help",
		120: "l log attempt • s snooze • w won back • x lost • D draft • enter open • tab next filter • esc board • ? help",
	} {
		h := newHarness(t, fixedBook(t), w, 24)
		h.press("t")
		lines := h.lines()
		if got := strings.TrimRight(lines[len(lines)-1], " "); got != want {
			t.Errorf("at %d columns the footer is\n%q, want\n%q", w, got, want)
		}
	}
}
