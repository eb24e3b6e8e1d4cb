package ui

import (
	"fmt"
	"image"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
)

var phaseLabels = []string{"Awareness", "Acquisition", "Conversion", "Retention", "Loyalty", "Win-back", "Lost"}

// headerLabels are the column labels on the board's first line.
func headerLabels(h *harness) []string {
	var out []string
	for _, part := range strings.Split(h.lines()[boardTop], "│") {
		if f := strings.Fields(part); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}

func TestCompactBoardShowsEveryPhaseAt80Columns(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	if !h.m.board.compact {
		t.Fatal("the board at 80 columns is not compact by itself")
	}
	got := headerLabels(h)
	if len(got) != len(phaseLabels) {
		t.Fatalf("columns %q, want all seven phases", got)
	}
	for i, label := range got {
		if want := phaseLabels[i]; !strings.HasPrefix(want, strings.TrimSuffix(label, "…")) {
			t.Errorf("column %d says %q, want %s", i, label, want)
		}
	}
	// One line a card: the four cards of Awareness on four lines running.
	for i, name := range []string{"Emily", "Jürgen", "Oliver", "Sabine"} {
		if got := h.columnText(0, boardTop+headerLines+i); !strings.Contains(got, name) {
			t.Errorf("line %d of Awareness says %q, want %s", i, got, name)
		}
	}
	assertBodyExact(t, h)
	assertColumnsAligned(t, h)
}

func TestZTurnsTheCompactBoardOnAndOffAndTheChoiceHolds(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("z")
	if h.m.board.compact || h.m.compact != compactOff {
		t.Fatalf("z left the board compact (choice %d)", h.m.compact)
	}
	if got := headerLabels(h); len(got) != 3 {
		t.Errorf("whole cards at 80 columns show %q, want three columns", got)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Whole cards · z for the compact board") {
		t.Errorf("status line %q", got)
	}
	// The choice holds when the terminal narrows, and when it widens.
	h.send(tea.WindowSizeMsg{Width: 60, Height: 24})
	if h.m.board.compact {
		t.Error("narrowing the terminal undid the choice of whole cards")
	}
	h.send(tea.WindowSizeMsg{Width: 200, Height: 60})
	h.press("z")
	if !h.m.board.compact || h.m.compact != compactOn {
		t.Fatal("z did not turn the compact board on at 200 columns")
	}
	h.send(tea.WindowSizeMsg{Width: 220, Height: 60})
	if !h.m.board.compact {
		t.Error("widening the terminal undid the choice of the compact board")
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Compact board: a line a card") {
		t.Errorf("status line %q", got)
	}
}

func TestTheBoardIsCompactOnlyWhereWholeCardsLeavePhasesOut(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	// Seven phases of whole cards take 7 × 26 = 182 columns.
	for _, tt := range []struct {
		width   int
		compact bool
	}{{40, true}, {80, true}, {120, true}, {181, true}, {182, false}, {200, false}} {
		h := newHarness(t, book, tt.width, 40)
		if h.m.board.compact != tt.compact {
			t.Errorf("at %d columns compact is %v, want %v", tt.width, h.m.board.compact, tt.compact)
		}
	}
}

// filterBy types a filter and keeps it with enter, leaving the keys to the
// board.
func (h *harness) filterBy(query string) {
	h.t.Helper()
	h.press("/")
	h.typeText(query)
	h.press("enter")
}

// stripLine is the strip as shown, without colours.
func (h *harness) stripLine() string { return h.lines()[bodyTop] }

func TestStripSaysEveryPhaseAsTheWidthAllows(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	tests := []struct {
		width int
		want  []string
	}{
		{200, []string{"Awareness 4 43k", "Acquisition 4⚑1 76k", "Conversion 3 99k", "Retention 3⚑1 61k", "Loyalty 3 184k", "Win-back 2⚑2 23k", "Lost 1⚑1 5,000"}},
		{120, []string{"Awa 4 43k", "Acq 4⚑1 76k", "Con 3 99k", "Ret 3⚑1 61k", "Loy 3 184k", "Win 2⚑2 23k", "Los 1⚑1 5,000"}},
		{80, []string{"Awa 4", "Acq 4⚑1", "Con 3", "Ret 3⚑1", "Loy 3", "Win 2⚑2", "Los 1⚑1"}},
	}
	for _, tt := range tests {
		for _, compact := range []bool{false, true} {
			h := newHarness(t, book, tt.width, 30)
			if h.wholeCards(); compact {
				h.press("z")
			}
			strip := h.stripLine()
			if w := ansi.StringWidth(strip); w != tt.width {
				t.Errorf("at %d the strip is %d cells", tt.width, w)
			}
			if got := strings.Fields(strings.Join(tt.want, " ")); !slices.Equal(strings.Fields(strip), got) {
				t.Errorf("at %d (compact %v) the strip says %q, want %q", tt.width, compact, strip, tt.want)
			}
		}
	}
}

func TestStripMarksThePhasesOnScreen(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards() // three columns on screen: Awareness, Acquisition, Conversion
	st := &h.m.styles
	on, focused := st.Column.Inherit(st.CardSelected), st.ColumnFocused.Inherit(st.CardSelected)
	check := func(want map[string]string) {
		t.Helper()
		strip := strings.Split(h.raw(), "\n")[bodyTop]
		for label, how := range want {
			style := map[string]string{"focused": focused.Render(label), "on": on.Render(label), "off": st.Muted.Render(label)}[how]
			if !strings.Contains(strip, style) {
				t.Errorf("%s is not marked %s in the strip %q", label, how, strip)
			}
		}
	}
	check(map[string]string{"Awa": "focused", "Acq": "on", "Con": "on", "Ret": "off", "Los": "off"})
	h.press("l", "l", "l") // to Retention: the board scrolls one column
	check(map[string]string{"Awa": "off", "Acq": "on", "Con": "on", "Ret": "focused", "Los": "off"})
}

func TestClickOnTheStripGoesToThePhase(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	x := strings.Index(h.stripLine(), "Los")
	h.send(click(image.Pt(x+1, bodyTop)))
	if got := h.focusedPhase(); got != "lost" {
		t.Fatalf("the click on Los focused %s", got)
	}
	if got := h.selected().Name; got != "Henry Wright" {
		t.Errorf("selected %s, want Henry Wright", got)
	}
	if got := headerLabels(h); got[len(got)-1] != "Lost" {
		t.Errorf("the board shows %q, want it scrolled to Lost", got)
	}
	// A click on the strip past its last phase does nothing.
	h.send(click(image.Pt(79, bodyTop)))
	if got := h.focusedPhase(); got != "lost" {
		t.Errorf("a click past the phases focused %s", got)
	}
}

// stops lists, in board order, the names of the cards a filter shows.
func filteredNames(t *testing.T, h *harness, f data.Filter) []string {
	t.Helper()
	var out []string
	for _, c := range h.m.board.cols {
		f.Phase = c.phase.Key
		cards, err := h.book.Cards(h.ctx, f, 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		for _, card := range cards {
			out = append(out, card.Name)
		}
	}
	return out
}

func TestBracketsGoFromMatchToMatchAcrossColumns(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards() // three columns on screen, so that the jumps scroll
	h.filterBy("anke")
	want := filteredNames(t, h, h.m.filter.value())
	if len(want) != 11 {
		t.Fatalf("the fixture has %d customers of Anke's, want 11", len(want))
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "11 matches in 6 phases") {
		t.Errorf("status line %q", got)
	}
	h.press("g")
	// The first match is selected; ] goes through the others, column by
	// column, then back to the first.
	for i := 1; i <= len(want); i++ {
		h.press("]")
		n := i % len(want)
		if got := h.selected().Name; got != want[n] {
			t.Fatalf("] number %d selected %s, want %s", i, got, want[n])
		}
		assertSelectedOnScreen(t, h)
		wantSaid := fmt.Sprintf("Match %d of 11", n+1)
		if n == 0 {
			wantSaid += ", from the start again"
		}
		if got := h.statusLine(); !strings.HasPrefix(got, wantSaid) {
			t.Errorf("status line %q, want %q", got, wantSaid)
		}
	}
	// [ goes back, from the first round to the last.
	for i := len(want) - 1; i >= 0; i-- {
		h.press("[")
		if got := h.selected().Name; got != want[i] {
			t.Fatalf("[ selected %s, want %s", got, want[i])
		}
		assertSelectedOnScreen(t, h)
	}
}

// assertSelectedOnScreen checks that the selected card's column is on
// screen and the card marked in it.
func assertSelectedOnScreen(t *testing.T, h *harness) {
	t.Helper()
	b := &h.m.board
	if b.focus < b.left || b.focus >= b.left+b.layout().columns {
		t.Fatalf("column %d is off screen (%d columns from %d)", b.focus, b.layout().columns, b.left)
	}
	first := strings.Fields(h.selected().Name)[0]
	if !strings.Contains(h.screen(), "▌"+first) {
		t.Errorf("%s is not marked on screen:\n%s", h.selected().Name, h.screen())
	}
}

func TestBracketsWithoutAFilterGoToTheFlaggedCards(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	want := filteredNames(t, h, data.Filter{Flagged: true})
	if len(want) != 5 {
		t.Fatalf("the fixture has %d flagged customers, want 5", len(want))
	}
	for i, name := range want {
		h.press("]")
		if got := h.selected().Name; got != name {
			t.Fatalf("] number %d selected %s, want %s", i+1, got, name)
		}
		if got, said := h.statusLine(), fmt.Sprintf("Flagged card %d of 5", i+1); !strings.HasPrefix(got, said) {
			t.Errorf("status line %q, want %q", got, said)
		}
	}
	h.press("]")
	if got := h.statusLine(); !strings.HasPrefix(got, "Flagged card 1 of 5, from the start again") {
		t.Errorf("status line %q after the last flagged card", got)
	}
	h.press("[")
	if got := h.selected().Name; got != want[len(want)-1] {
		t.Errorf("[ from the first flagged card selected %s, want %s", got, want[len(want)-1])
	}
}

func TestBracketsSayWhenThereIsNothingToGoTo(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.filterBy("nobody by this name")
	if got := h.statusLine(); !strings.HasPrefix(got, "No matches ") {
		t.Errorf("status line %q under a filter without matches", got)
	}
	h.press("]")
	if got := h.statusLine(); !strings.HasPrefix(got, "No matches to go to") {
		t.Errorf("status line %q after ]", got)
	}

	empty := newHarness(t, openBook(t, t.TempDir()+"/new.tend"), 80, 24)
	empty.press("[")
	if got := empty.statusLine(); !strings.HasPrefix(got, "No flagged cards to go to") {
		t.Errorf("status line %q after [ on an empty book", got)
	}
}

func TestBracketsReadTheEndOfALongColumn(t *testing.T) {
	t.Parallel()
	book, order := longColumnBook(t)
	h := newHarness(t, book, 80, 24)
	h.filterBy("extra")
	h.press("[") // from the first match back round to the last, never read yet
	if got, want := h.selected().Name, order[len(order)-1]; got != want {
		t.Fatalf("[ selected %s, want %s", got, want)
	}
	assertSelectedOnScreen(t, h)
	if got := h.statusLine(); !strings.HasPrefix(got, "Match 56 of 56, from the start again") {
		t.Errorf("status line %q", got)
	}
}

func TestMovingACardKeepsItsColumnOnScreen(t *testing.T) {
	t.Parallel()
	for _, compact := range []bool{false, true} {
		h := newHarness(t, fixedBook(t), 40, 24)
		if h.wholeCards(); compact {
			h.press("z")
		}
		c := h.goTo("Emily Clarke")
		for range phaseLabels[1:] {
			h.press("L")
			skipReason(h)
			assertSelectedOnScreen(t, h)
		}
		if got := customerIn(t, h.book, c.ID).Phase; got != "lost" {
			t.Fatalf("Emily Clarke is in %s after six moves right, want lost", got)
		}
		for range phaseLabels[1:] {
			h.press("H")
			skipReason(h)
			assertSelectedOnScreen(t, h)
		}
	}
}

func TestTypingAFilterShowsItsCountAtOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("z") // a message in the status line, which the count replaces
	h.press("/")
	h.typeText("anke")
	if got := h.statusLine(); !strings.HasPrefix(got, "11 matches in 6 phases") {
		t.Errorf("status line %q while typing the filter", got)
	}
	if got := h.stripLine(); !strings.Contains(got, "Los 0") || !strings.Contains(got, "Awa 2") {
		t.Errorf("the strip says %q, want the matches of each phase", got)
	}
}

func TestBracketsPressedWhileTheFilterIsReadWaitForIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.m.filter.input.SetValue("anke")
	read := h.m.refresh(h.m.selectedID()) // on its way: the totals are still those of the whole board
	h.press("]")
	if got := h.statusLine(); strings.HasPrefix(got, "Match") {
		t.Fatalf("] counted by the totals of the whole board: %q", got)
	}
	h.run(read)
	want := filteredNames(t, h, h.m.filter.value())
	if got := h.selected().Name; got != want[1] {
		t.Errorf("selected %s once the filter was read, want the second match, %s", got, want[1])
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Match 2 of 11") {
		t.Errorf("status line %q", got)
	}
}

func TestCompactHeaderRoundsCountsThatDoNotFit(t *testing.T) {
	t.Parallel()
	st := NewStyles(true)
	b := board{width: 70, height: 20, compact: true}
	for _, total := range []data.PhaseTotal{{Count: 22681, Flagged: 1234}, {Count: 2616, Flagged: 15, Value: 139_000_00}} {
		b.cols = append(b.cols, column{phase: lifecycle.Phase{Key: "p", Label: "Phase"}, total: total})
	}
	b.focus = 1
	tests := []struct {
		ci   int
		want string
	}{
		{0, "23k ⚑1.2k"},   // whole, 12 cells: too wide
		{1, "1/2,616 ⚑15"}, // the place of the selection, whole; no room for the value
	}
	for _, tt := range tests {
		_, second := b.compactHeader(tt.ci, 12, "Phase", &st)
		if got := strings.TrimSpace(ansi.Strip(second)); got != tt.want {
			t.Errorf("column %d says %q, want %q", tt.ci, got, tt.want)
		}
	}
	b.focus = 0
	if _, second := b.compactHeader(0, 9, "Phase", &st); strings.TrimSpace(ansi.Strip(second)) != "1/23k" {
		t.Errorf("a narrow focused column says %q, want only where the selection is", ansi.Strip(second))
	}
}
