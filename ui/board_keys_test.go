package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"tend/data"
)

func TestColumnKeysMoveTheFocus(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	tests := []struct {
		keys      []string
		wantPhase string
		wantCard  string
	}{
		{[]string{"l"}, "acquisition", "Lukas Becker"},
		{[]string{"right"}, "acquisition", "Lukas Becker"},
		{[]string{"l", "l", "h"}, "acquisition", "Lukas Becker"},
		{[]string{"right", "left"}, "awareness", "Emily Clarke"},
		{[]string{"h"}, "awareness", "Emily Clarke"},
		{slices.Repeat([]string{"l"}, 9), "lost", "Henry Wright"},
	}
	h := newHarness(t, book, 80, 24)
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			h.press(slices.Repeat([]string{"h"}, 6)...) // back to the first column
			h.press(tt.keys...)
			if got := h.focusedPhase(); got != tt.wantPhase {
				t.Errorf("focus on %s, want %s", got, tt.wantPhase)
			}
			if got := h.selected().Name; got != tt.wantCard {
				t.Errorf("selected %s, want %s", got, tt.wantCard)
			}
			if !strings.Contains(h.screen(), "▌"+strings.Fields(tt.wantCard)[0]) { // the first name: a compact card cuts the rest
				t.Errorf("the screen does not mark %s as selected:\n%s", tt.wantCard, h.screen())
			}
		})
	}
}

// longColumnBook is the fixture with 56 more customers in Awareness: 60
// cards, more than a column shows and more than the board first reads. It
// returns the names in the column's order.
func longColumnBook(t *testing.T) (*data.Book, []string) {
	book := fixedBook(t)
	addCustomers(t, book, "awareness", 56)
	order := []string{"Emily Clarke", "Jürgen Müller", "Oliver Bennett", "Sabine Weiß"}
	for i := 1; i <= 56; i++ {
		order = append(order, fmt.Sprintf("Extra %02d", i))
	}
	return book, order
}

func TestCursorKeysMoveTheSelectionAndScrollTheColumn(t *testing.T) {
	t.Parallel()
	book, order := longColumnBook(t)
	// At 80×24 a column of whole cards shows five, under the strip.
	tests := []struct {
		keys       []string
		wantCursor int
		wantTop    int
	}{
		{[]string{"j"}, 1, 0},
		{[]string{"down", "down"}, 2, 0},
		{[]string{"j", "k"}, 0, 0},
		{[]string{"up"}, 0, 0},
		{slices.Repeat([]string{"j"}, 6), 6, 2},
		{[]string{"G"}, 59, 55},
		{[]string{"end"}, 59, 55},
		{[]string{"G", "g"}, 0, 0},
		{[]string{"G", "home"}, 0, 0},
		{[]string{"G", "k"}, 58, 55},
		{[]string{"pgdown"}, 5, 1},
		{[]string{"pgdown", "pgdown"}, 10, 6},
		{[]string{"ctrl+d"}, 5, 1},
		{[]string{"pgdown", "pgup"}, 0, 0},
		{[]string{"G", "pgup"}, 54, 54},
		{[]string{"G", "ctrl+u"}, 54, 54},
	}
	h := newHarness(t, book, 80, 24)
	h.wholeCards()
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			h.press("g") // back to the top
			h.press(tt.keys...)
			col := &h.m.board.cols[0]
			if col.cursor != tt.wantCursor || col.top != tt.wantTop {
				t.Fatalf("cursor %d, top %d; want %d, %d", col.cursor, col.top, tt.wantCursor, tt.wantTop)
			}
			want := order[tt.wantCursor]
			if got := h.selected().Name; got != want {
				t.Errorf("selected %s, want %s", got, want)
			}
			// The first card on screen is the one at top, the selected one
			// is marked, and the header says where the selection stands.
			if got := h.columnText(0, boardTop+headerLines); !strings.Contains(got, order[tt.wantTop]) {
				t.Errorf("first card on screen is %q, want %s", got, order[tt.wantTop])
			}
			if !strings.Contains(h.screen(), "▌"+want) {
				t.Errorf("%s is not marked on screen:\n%s", want, h.screen())
			}
			if got, want := h.columnText(0, boardTop+1), fmt.Sprintf("%d/60", tt.wantCursor+1); !strings.HasSuffix(strings.TrimSpace(got), want) {
				t.Errorf("header says %q, want it to end in %s", got, want)
			}
		})
	}
}

func TestMoveKeysMoveTheCardToTheNeighbouringPhase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		card      string
		keys      []string
		wantPhase string
		wantState string // the status line
	}{
		{"Katharina Schröder", []string{"L"}, "conversion", "Moved Katharina Schröder to Conversion · u to undo"},
		{"Katharina Schröder", []string{"shift+right"}, "conversion", "Moved Katharina Schröder to Conversion · u to undo"},
		{"Katharina Schröder", []string{"H"}, "awareness", "Moved Katharina Schröder to Awareness · u to undo"},
		{"Katharina Schröder", []string{"shift+left"}, "awareness", "Moved Katharina Schröder to Awareness · u to undo"},
		{"Katharina Schröder", []string{"L", "L", "shift+right"}, "loyalty", "Moved Katharina Schröder to Loyalty · u to undo"},
		{"Emily Clarke", []string{"H"}, "awareness", ""},
		{"Henry Wright", []string{"shift+right"}, "lost", ""},
	}
	for _, tt := range tests {
		t.Run(tt.card+" "+strings.Join(tt.keys, " "), func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			c := h.goTo(tt.card)
			h.press(tt.keys...)
			if got := customerIn(t, h.book, c.ID).Phase; got != tt.wantPhase {
				t.Errorf("stored phase %s, want %s", got, tt.wantPhase)
			}
			if got := h.focusedPhase(); got != tt.wantPhase {
				t.Errorf("focus on %s, want %s (the selection follows the card)", got, tt.wantPhase)
			}
			if got := h.selected(); got.ID != c.ID {
				t.Errorf("selected %s, want %s", got.Name, tt.card)
			}
			if got := strings.TrimSpace(strings.TrimSuffix(h.statusLine(), "book.tend · 20 customers")); got != tt.wantState {
				t.Errorf("status line %q, want %q", got, tt.wantState)
			}
		})
	}
}

func TestPickerMovesToTheChosenPhase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		keys      []string
		wantPhase string
	}{
		{[]string{"m", "enter"}, "acquisition"}, // the current phase: nothing to do
		{[]string{"m", "j", "enter"}, "conversion"},
		{[]string{"m", "down", "down", "enter"}, "retention"},
		{[]string{"m", "k", "enter"}, "awareness"},
		{[]string{"m", "k", "k", "enter", "enter"}, "lost"}, // the list wraps around; no reason given
		{[]string{"m", "3"}, "conversion"},
		{[]string{"m", "7", "enter"}, "lost"},
		{[]string{"m", "9", "esc"}, "acquisition"}, // no ninth phase
		{[]string{"m", "j", "esc"}, "acquisition"},
		{[]string{"m", "j", "q"}, "acquisition"},
		{[]string{"m", "j", "m"}, "acquisition"},
	}
	// One board for all: a move is undone before the next case.
	h := newHarness(t, fixedBook(t), 80, 24)
	for _, tt := range tests {
		t.Run(strings.Join(tt.keys, " "), func(t *testing.T) {
			c := h.goTo("James O'Connor")
			h.press(tt.keys[0])
			if !h.on((*picker)(nil)) {
				t.Fatalf("m opened screen %s, not the picker", h.topName())
			}
			screen := h.screen()
			for _, want := range []string{"Move James O'Connor to", "1  Awareness", "▌2  Acquisition", "7  Lost"} {
				if !strings.Contains(screen, want) {
					t.Errorf("the picker does not show %q:\n%s", want, screen)
				}
			}
			h.press(tt.keys[1:]...)
			if !h.on((*boardScreen)(nil)) {
				t.Errorf("after %v the screen is %s, not the board", tt.keys, h.topName())
			}
			if got := customerIn(t, h.book, c.ID).Phase; got != tt.wantPhase {
				t.Errorf("stored phase %s, want %s", got, tt.wantPhase)
			}
			if got := h.selected(); got.ID != c.ID || h.focusedPhase() != tt.wantPhase {
				t.Errorf("selected %s in %s, want James O'Connor in %s", got.Name, h.focusedPhase(), tt.wantPhase)
			}
			if tt.wantPhase != "acquisition" {
				h.press("u")
				if got := customerIn(t, h.book, c.ID).Phase; got != "acquisition" {
					t.Fatalf("the undo left James O'Connor in %s", got)
				}
			}
		})
	}
}

func TestEnterOpensTheSelectedCustomer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.goTo("Sophie Turner")
	h.press("enter")
	if !h.on((*customerScreen)(nil)) {
		t.Fatalf("enter opened screen %s, not the customer", h.topName())
	}
	if got := h.lines()[1]; !strings.HasPrefix(got, " Sophie Turner · Turner Foods plc ") {
		t.Errorf("profile title %q", got)
	}
	h.press("esc")
	if !h.on((*boardScreen)(nil)) || h.selected().Name != "Sophie Turner" {
		t.Errorf("esc left screen %s with %s selected", h.topName(), h.selected().Name)
	}
}

func TestHelpShowsEveryKeyAndAnyKeyClosesIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("?")
	if !h.on(helpBox{}) {
		t.Fatalf("? opened screen %s", h.topName())
	}
	screen := h.screen()
	for _, group := range newBoardKeys().FullHelp() {
		for _, b := range group {
			if want := b.Help().Key + " "; !strings.Contains(screen, want) || !strings.Contains(screen, b.Help().Desc) {
				t.Errorf("the help lacks %s %s:\n%s", b.Help().Key, b.Help().Desc, screen)
			}
		}
	}
	for _, want := range []string{"drag a card onto a column moves it", "any other key closes"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the help lacks %q", want)
		}
	}
	h.press("j")
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("j left screen %s open", h.topName())
	}
	if got := h.m.board.cols[0].cursor; got != 0 {
		t.Errorf("the key that closed the help also moved the cursor to %d", got)
	}
}

func TestQuitKeysEndTheProgram(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	for _, k := range []string{"q", "ctrl+c"} {
		t.Run(k, func(t *testing.T) {
			h := newHarness(t, book, 80, 24)
			h.press(k)
			if !h.quit {
				t.Errorf("%s did not quit", k)
			}
		})
	}
	t.Run("ctrl+c in a form", func(t *testing.T) {
		h := newHarness(t, book, 80, 24)
		h.press("c", "ctrl+c")
		if !h.quit {
			t.Error("ctrl+c in the contact form did not quit")
		}
	})
	t.Run("q on the customer screen goes back", func(t *testing.T) {
		h := newHarness(t, book, 80, 24)
		h.press("enter", "q")
		if h.quit || !h.on((*boardScreen)(nil)) {
			t.Errorf("q on the customer screen: quit %v, screen %s", h.quit, h.topName())
		}
	})
}
