package ui

import (
	"context"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// columnCounts are the counts the column headers show, by phase, for the
// columns on screen.
func (h *harness) columnCounts() map[string]string {
	out := map[string]string{}
	b := &h.m.board
	lines := h.lines()
	for ci := b.left; ci < min(b.left+b.layout().columns, len(b.cols)); ci++ {
		f := strings.Fields(h.columnTextIn(lines, ci, boardTop))
		out[b.cols[ci].phase.Key] = f[len(f)-1]
	}
	return out
}

var allCounts = map[string]string{"awareness": "4", "acquisition": "4", "conversion": "3", "retention": "3", "loyalty": "3", "win-back": "2", "lost": "1"}

func TestFilterNarrowsTheColumns(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	none := map[string]string{"awareness": "0", "acquisition": "0", "conversion": "0", "retention": "0", "loyalty": "0", "win-back": "0", "lost": "0"}
	with := func(counts map[string]string) map[string]string {
		out := maps.Clone(none)
		maps.Copy(out, counts)
		return out
	}
	tests := []struct {
		query string
		want  map[string]string
		shown []string // names on screen
	}{
		{"mann", with(map[string]string{"conversion": "1", "win-back": "1"}), []string{"Stefan Hoffmann", "Ursula Zimmermann"}},
		{"ÜLL", with(map[string]string{"awareness": "1"}), []string{"Jürgen Müller"}},
		{"vip", with(map[string]string{"retention": "1", "loyalty": "1"}), []string{"Anna Fischer", "Thomas Wagner"}},
		{"ben", with(map[string]string{"awareness": "2", "acquisition": "2", "conversion": "1", "retention": "1", "loyalty": "1", "win-back": "1", "lost": "1"}), []string{"Oliver Bennett"}},
		{"@f", with(map[string]string{"retention": "1"}), []string{"Anna Fischer"}},
		{"xyz", none, nil},
	}
	h := newHarness(t, book, 200, 60) // every column on screen
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			defer h.press("esc")
			h.press("/")
			h.typeText(tt.query)
			if !h.on(filterLine{}) {
				t.Fatalf("typing left the filter (screen %s)", h.topName())
			}
			if got := h.columnCounts(); !maps.Equal(got, tt.want) {
				t.Errorf("counts %v, want %v", got, tt.want)
			}
			if got := h.lines()[0]; !strings.HasPrefix(got, "tend  / "+tt.query) {
				t.Errorf("title line %q does not show the filter", got)
			}
			screen := h.screen()
			for _, name := range tt.shown {
				if !strings.Contains(screen, name) {
					t.Errorf("%s is not on screen:\n%s", name, screen)
				}
			}
			if tt.shown == nil && strings.Count(screen, "no matches") != 7 {
				t.Errorf("want every column to say no matches:\n%s", screen)
			}
			// The status line counts the whole book.
			if got := h.statusLine(); !strings.HasSuffix(got, "book.tend · 20 customers") {
				t.Errorf("status line %q", got)
			}
		})
	}
}

func TestFilterHighlightsTheMatches(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 200, 60)
	h.press("/")
	h.typeText("mann")
	// Ursula Zimmermann is not selected, so her card has no background
	// under the highlight.
	if h.selected().Name == "Ursula Zimmermann" {
		t.Fatal("the test wants Ursula Zimmermann not selected")
	}
	st := &h.m.styles
	match := st.Match.Render("mann")
	for _, want := range []string{
		st.CardName.Render("Ursula Zimmer") + match,
		st.CardMeta.Render("Zimmer") + match + st.CardMeta.Render(" Bau"),
	} {
		if !strings.Contains(h.raw(), want) {
			t.Errorf("the screen lacks the highlighted %q", ansi.Strip(want))
		}
	}
	// On the selected card the highlight keeps the selection's background.
	if got := strings.Count(h.raw(), st.Match.Inherit(st.CardSelected).Render("mann")); got != 2 {
		t.Errorf("%d highlights on the selected card, want 2 (name and company)", got)
	}
}

func TestFilterIsClearedWithEsc(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		keys []string // after typing the filter
	}{
		{"while typing", []string{"esc"}},
		{"after enter kept it", []string{"enter", "esc"}},
		{"after down kept it", []string{"down", "esc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 200, 60)
			h.press("/")
			h.typeText("vip")
			h.press(tt.keys[:len(tt.keys)-1]...)
			if got := h.columnCounts()["awareness"]; got != "0" {
				t.Fatalf("the filter did not hold: Awareness shows %s", got)
			}
			h.press(tt.keys[len(tt.keys)-1])
			if !h.on((*boardScreen)(nil)) || h.m.filter.active() {
				t.Errorf("screen %s, filter %q", h.topName(), h.m.filter.input.Value())
			}
			if got := h.columnCounts(); !maps.Equal(got, allCounts) {
				t.Errorf("counts %v, want %v", got, allCounts)
			}
			if got := h.lines()[0]; strings.TrimSpace(got) != "tend" {
				t.Errorf("title line %q still shows the filter", got)
			}
		})
	}
}

func TestFilterKeptWithEnterLeavesTheKeysToTheBoard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.press("/")
	h.typeText("food")
	h.press("enter")
	// Sabine Weiß (Awareness) and Sophie Turner (Conversion) are tagged
	// food; the keys move between them now, not into the filter.
	h.press("l", "l")
	if got := h.selected().Name; got != "Sophie Turner" {
		t.Errorf("selected %s, want Sophie Turner", got)
	}
	if got := h.m.filter.input.Value(); got != "food" {
		t.Errorf("the filter is %q, want food", got)
	}
}

// Each key of a filter starts a board read; a newer read stops the one
// under way, and what the stopped one says is dropped, not shown.
func TestANewerBoardReadStopsTheOlderOne(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	first := h.m.refresh(0)
	second := h.m.refresh(0)
	stale := first()
	if failed, ok := stale.(readFailedMsg); !ok || !errors.Is(failed.err, context.Canceled) {
		t.Fatalf("the older read ran on: %T %v", stale, stale)
	}
	h.send(stale)
	if h.m.status.text != "" {
		t.Errorf("the stopped read showed %q", h.m.status.text)
	}
	h.send(second())
	if got := h.statusLine(); !strings.HasSuffix(got, "20 customers") {
		t.Errorf("status line after the newer read: %q", got)
	}
}
