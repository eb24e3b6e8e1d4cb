package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tend/data"
)

// hostile are customers whose stored text tries to reach the terminal:
// OSC 52 writes the clipboard, OSC 0 the window title, CSI 2J clears the
// screen, a carriage return overwrites the line, U+202E reverses it. A tag
// can hold no control character, so the tag tries a reversal.
var hostile = []customerSpec{
	{name: "\x1b]52;c;aGVsbG8=\x07Evil\x1b[31m", company: "\x1b]0;title\x07Evil Corp\x1b[2J", tags: []string{"\u202eblink\u2066"},
		contacts: []contactSpec{{at: "2025-03-14 09:00", summary: "line\rover\x1b]8;;http://x.example\x07link\x1b]8;;\x07"}}},
	{name: "\x1b]0;title\x07", company: "a\rb",
		contacts: []contactSpec{{at: "2025-03-14 08:00", summary: "\x1b]52;c;d29ybGQ=\x1b\\"}}},
	{name: "a\rb\x08\x7f\u009b2J", company: "\u202eEvil reversed",
		contacts: []contactSpec{{at: "2025-03-14 07:00", summary: "\u202e\u2066reversed\u2069"}}},
}

// hostileBook is the fixture with the hostile customers on top of
// Awareness.
func hostileBook(t *testing.T) (*data.Book, []int64) {
	book := fixedBook(t)
	var ids []int64
	for _, s := range hostile {
		s.phase, s.since, s.value = "awareness", "2025-03-01 10:00", 1000
		for i := range s.contacts {
			s.contacts[i].kind, s.contacts[i].sentiment = "note", "neutral"
		}
		ids = append(ids, addCustomer(t, book, s))
	}
	return book, ids
}

// sgr matches the only escape sequences the program writes itself: colours
// and text attributes.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// assertSafe checks that nothing but the program's own styling reaches the
// terminal: no OSC, no other CSI, no BEL, no CR, no C1 control and no
// bidirectional override from the data.
func assertSafe(t *testing.T, h *harness) {
	t.Helper()
	raw := h.raw()
	for _, bad := range []string{"\x1b]", "\x1b[31m", "\x1b[2J", "\x1b\\", "\x07", "\r", "\x08", "\x7f", "\u009b", "\u202e", "\u2066"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the screen contains %q:\n%q", bad, raw)
		}
	}
	if rest := sgr.ReplaceAllString(raw, ""); strings.ContainsRune(rest, '\x1b') {
		t.Errorf("an escape sequence other than colour reaches the terminal:\n%q", rest)
	}
	if strings.ContainsRune(ansi.Strip(raw), '\x1b') {
		t.Errorf("a broken escape sequence reaches the terminal:\n%q", raw)
	}
}

func TestStoredEscapeSequencesNeverReachTheTerminal(t *testing.T) {
	t.Parallel()
	book, ids := hostileBook(t)
	// Each screen is opened and closed again; the move and its undo come
	// last and leave the book as it was.
	screens := []struct {
		name        string
		open, close func(h *harness, i int)
	}{
		{"board", nil, nil},
		{"customer", keys("enter"), keys("esc")},
		{"picker", keys("m"), keys("esc")},
		{"contact form", keys("c"), keys("esc")},
		{"edit form", keys("e"), keys("esc")},
		{"archive question", keys("enter", "a"), keys("n", "esc")},
		{"drag", func(h *harness, i int) { h.send(click(h.cardPoint(0, i)), motion(h.columnPoint(2))) },
			func(h *harness, i int) { h.press("esc"); h.send(release(h.columnPoint(2))) }},
		{"move status", keys("L"), nil},
		{"undo status", keys("u"), nil},
	}
	for i, id := range ids {
		h := newHarness(t, book, 80, 24)
		for _, s := range screens {
			t.Run(fmt.Sprintf("%d %s", i, s.name), func(t *testing.T) {
				if s.name != "undo status" {
					h.press("g")
					for range i {
						h.press("j")
					}
				}
				if h.selected().ID != id {
					t.Fatalf("selected %q, want customer %d", h.selected().Name, id)
				}
				if s.open != nil {
					s.open(h, i)
				}
				assertSafe(t, h)
				if s.close != nil {
					s.close(h, i)
				}
			})
		}
		if got := customerIn(t, book, id).Phase; got != "awareness" {
			t.Fatalf("customer %d was left in %s", i, got)
		}
	}
}

// keys presses keys as a screen's opening or closing.
func keys(names ...string) func(h *harness, i int) {
	return func(h *harness, _ int) { h.press(names...) }
}

func TestStoredTextIsShownCleaned(t *testing.T) {
	t.Parallel()
	book, _ := hostileBook(t)
	h := newHarness(t, book, 80, 24)
	h.wholeCards()
	// Escape and other control characters go, a carriage return becomes a
	// space; what is left is harmless text.
	want := []string{
		"▌]52;c;aGVsbG8=Evil[31m  ", "▌]0;title… €1,000 · today",
		" ]0;title                ", " a b       €1,000 · today",
		" a b2J                   ", " Evil rev… €1,000 · today",
	}
	for i, w := range want {
		if got := h.columnText(0, boardTop+headerLines+i/2*cardLines+i%2); got != w {
			t.Errorf("card line %q, want %q", got, w)
		}
	}
	h.press("enter")
	if got := h.timeline()[0]; !strings.HasSuffix(got, "note out · neutral · line over]8;;http://x.examplelin…") {
		t.Errorf("timeline %q", got)
	}
}

// wide are customers whose names and companies take two cells a character,
// join emoji, combine accents or run right to left.
var wide = []customerSpec{
	{name: "山田太郎", company: "株式会社山田製作所 東京本社 営業部"},
	{name: "🎉 Party GmbH 🚀🍺🍺🍺🍺🍺🍺🍺🍺", company: "👩‍👩‍👧‍👦 Familienbetrieb"},
	{name: "שלום עולם בע״מ", company: "شركة المثال للتجارة والتوزيع"},
	{name: "Zoë Ångström-Łukasiewicz Çelik", company: "Cafe\u0301 Mu\u0308ller & Söhne"},
	{name: "김민준", company: "삼성전자 주식회사 서울 본사"},
}

func TestWideTextKeepsTheColumnsAligned(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	for i, s := range wide {
		s.phase, s.since, s.value = "awareness", "2025-03-01 10:00", 123456
		s.contacts = []contactSpec{{at: fmt.Sprintf("2025-03-14 0%d:00", 8-i), kind: "call", sentiment: "positive", summary: s.company + " " + s.name}}
		addCustomer(t, book, s)
	}
	for _, size := range [][3]int{{80, 24, 0}, {57, 20, 0}, {160, 48, 0}, {26, 30, 0}, {80, 24, 1}, {57, 20, 1}, {26, 30, 1}} {
		t.Run(fmt.Sprintf("%dx%d compact %d", size[0], size[1], size[2]), func(t *testing.T) {
			h := newHarness(t, book, size[0], size[1])
			if h.wholeCards(); size[2] == 1 {
				h.press("z")
			}
			for i := range min(len(wide), h.m.board.layout().cardsPerColumn) {
				if !strings.Contains(h.screen(), ansi.Truncate(wide[i].name, 4, "")) {
					t.Errorf("%s is not on the board", wide[i].name)
				}
			}
			assertBodyExact(t, h)
			assertColumnsAligned(t, h)
			for range wide {
				h.press("enter")
				assertBodyExact(t, h)
				h.press("c")
				assertFits(t, h)
				h.press("esc", "esc", "j")
			}
		})
	}
}

// assertBodyExact checks that the board or customer screen is exactly the
// body's size, each line filled to the width, before anything cuts it.
func assertBodyExact(t *testing.T, h *harness) {
	t.Helper()
	lines := strings.Split(h.m.body(), "\n")
	if len(lines) != h.m.bodyHeight() {
		t.Errorf("%d body lines, want %d", len(lines), h.m.bodyHeight())
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != h.m.width {
			t.Errorf("body line %d is %d cells, want %d: %q", i, w, h.m.width, ansi.Strip(l))
		}
	}
}

// assertColumnsAligned checks that every line of the board has the column
// rules where the layout puts them.
func assertColumnsAligned(t *testing.T, h *harness) {
	t.Helper()
	l := h.m.board.layout()
	lines := h.lines()
	for y := boardTop; y < bodyTop+h.m.bodyHeight(); y++ {
		for k := 1; k < l.columns; k++ {
			if x := k*l.columnWidth - 1; ansi.Cut(lines[y], x, x+1) != "│" {
				t.Errorf("line %d has no rule at %d: %q", y, x, lines[y])
			}
		}
	}
}
