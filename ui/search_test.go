package ui

import (
	"image"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
)

// search opens the search screen on the board and types query.
func (h *harness) search(query string) *searchScreen {
	h.t.Helper()
	h.press("ctrl+f")
	s, ok := h.m.top().(*searchScreen)
	if !ok {
		h.t.Fatalf("ctrl+f opened %s, want the search screen", h.topName())
	}
	h.typeText(query)
	return s
}

// hitRow is the screen row of the i-th hit's first line.
func (h *harness) hitRow(s *searchScreen, i int) int {
	return bodyTop + searchHeaderLines + (i-s.top)*s.hitRows()
}

func TestCtrlFSearchesAsTheUserTypesAndEscGoesBackToTheBoard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("")
	if !strings.Contains(h.screen(), "Type to find customers, contacts and purchases.") {
		t.Errorf("the empty search screen says no word on what to type:\n%s", h.screen())
	}
	h.typeText("compla")
	if len(s.hits) != 2 || s.hits[0].Kind != data.HitContact || s.hits[0].Customer != "Anna Fischer" {
		t.Fatalf("compla found %+v, want Anna Fischer's two complaints", s.hits)
	}
	screen := h.screen()
	for _, want := range []string{"contact", "Anna Fischer", "summary", "2025-02-03", "2025-01-20", "Complaint: delivery two weeks late", "2 found"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the hits do not show %q:\n%s", want, screen)
		}
	}
	// The matched word is set apart on the line not selected.
	if !strings.Contains(h.raw(), h.m.styles.Match.Render("Complaint")) {
		t.Errorf("the matched word is not highlighted:\n%q", h.raw())
	}
	h.press("esc")
	if !h.on(&boardScreen{}) {
		t.Errorf("esc with a query went to %s, want the board", h.topName())
	}
}

func TestSearchSaysWhyItFindsNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("--")
	if s.said == "" || s.failed || !strings.Contains(h.screen(), "nothing to search for") {
		t.Errorf("a query of punctuation reads %q (failed %v):\n%s", s.said, s.failed, h.screen())
	}
	if strings.Contains(h.raw(), h.m.styles.StatusError.Render(s.said)) {
		t.Error("a query of punctuation is shown as a failure")
	}
	h.typeText("zzqx")
	if !strings.Contains(h.screen(), "Nothing found for “--zzqx”.") || strings.Contains(h.screen(), "0 found") {
		t.Errorf("a query that finds nothing does not say so:\n%s", h.screen())
	}
	h.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	if s.said != "" || len(s.hits) != 0 || !strings.Contains(h.screen(), "Type to find") {
		t.Errorf("an emptied query still shows %q and %d hits", s.said, len(s.hits))
	}
}

func TestAStaleSearchAnswerIsDropped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("")
	s.input.SetValue("complaint")
	older := s.ask(h.ctx, h.book)() // answered, but late
	s.input.SetValue("brochure")
	h.run(s.ask(h.ctx, h.book))
	h.send(older)
	if s.query != "brochure" || len(s.hits) != 1 || !strings.Contains(s.hits[0].Snippet, "brochure") {
		t.Errorf("after a late answer for complaint the screen shows %q: %+v", s.query, s.hits)
	}
	// An answer for a screen since closed changes nothing either.
	h.press("esc")
	h.send(older)
	if !h.on(&boardScreen{}) {
		t.Errorf("a late answer opened %s", h.topName())
	}
}

func TestEnterOpensTheCustomerAtTheEntryFound(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("complaint")
	h.press("down", "enter")
	c := h.customer()
	e, ok := c.selectedEvent()
	if !ok || e.entry == nil || e.entry.Contact == nil || e.entry.Contact.ID != s.hits[1].EntryID ||
		e.entry.Contact.Summary != "Complaint: delivery two weeks late" {
		t.Fatalf("enter opened %s at %+v, want Anna Fischer's late delivery", c.customer.Name, e)
	}
	if !strings.Contains(h.screen(), "▸ 2025-01-20 08:45") {
		t.Errorf("the entry selected is not on screen:\n%s", h.screen())
	}
	// esc goes back to the hits as they were.
	h.press("esc")
	if !h.on(&searchScreen{}) || s.cursor != 1 {
		t.Errorf("esc on the customer went to %s at %d, want the hits at 1", h.topName(), s.cursor)
	}
}

func TestEnterOnACustomerFoundOpensTheCustomer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.search("fischer-apotheken")
	h.press("enter")
	if c := h.customer(); c.id != idOf(t, h.book, "Anna Fischer") || c.cursor != 0 {
		t.Errorf("enter opened customer %d at %d, want Anna Fischer at the newest entry", c.id, c.cursor)
	}
}

func TestSearchMovesWithTheArrowsAndTypesLetters(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("e")
	if len(s.hits) < 12 {
		t.Fatalf("e found %d hits, too few to page through", len(s.hits))
	}
	h.press("ctrl+n", "down", "ctrl+p")
	if s.cursor != 1 {
		t.Errorf("ctrl+n, down, ctrl+p left the selection at %d, want 1", s.cursor)
	}
	h.press("end")
	if s.cursor != len(s.hits)-1 || s.top == 0 {
		t.Errorf("end selected %d (top %d) of %d", s.cursor, s.top, len(s.hits))
	}
	h.press("home", "pgdown")
	if s.cursor != s.listHeight() {
		t.Errorf("pgdn selected %d, want %d", s.cursor, s.listHeight())
	}
	h.typeText("jkq")
	if s.input.Value() != "ejkq" {
		t.Errorf("j, k and q typed %q, want them in the query", s.input.Value())
	}
}

func TestPastingIntoTheSearchSearches(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("")
	h.send(tea.PasteMsg{Content: "brochure"})
	if s.query != "brochure" || len(s.hits) != 1 {
		t.Errorf("a paste searched %q and found %d", s.query, len(s.hits))
	}
}

func TestClickingAHitSelectsItAndADoubleClickOpensIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("complaint")
	now := h.tickingClock()
	row := h.hitRow(s, 1) + 1 // the snippet's line
	h.send(click(image.Pt(20, row)))
	if s.cursor != 1 || !h.on(&searchScreen{}) {
		t.Fatalf("a click selected %d on %s, want 1 on the hits", s.cursor, h.topName())
	}
	h.send(click(image.Pt(20, bodyTop))) // the query
	if s.cursor != 1 {
		t.Errorf("a click on the query moved the selection to %d", s.cursor)
	}
	*now = now.Add(time.Second)
	h.send(click(image.Pt(20, row)))
	*now = now.Add(200 * time.Millisecond)
	h.send(click(image.Pt(20, row)))
	if e, ok := h.customer().selectedEvent(); !ok || e.entry == nil || e.entry.Contact.ID != s.hits[1].EntryID {
		t.Errorf("a double click opened the customer at %+v, want the hit's entry", e)
	}
}

func TestTheWheelScrollsTheHits(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("e")
	h.send(wheel(image.Pt(10, 10), tea.MouseWheelDown), wheel(image.Pt(10, 10), tea.MouseWheelDown))
	if s.top != 2 || s.cursor != 2 {
		t.Errorf("two turns of the wheel show from %d with %d selected, want 2 and 2", s.top, s.cursor)
	}
	first := ansi.Strip(strings.Split(h.screen(), "\n")[h.hitRow(s, 2)])
	if !strings.Contains(first, s.hits[2].Customer) {
		t.Errorf("the first line shown is %q, want %s", first, s.hits[2].Customer)
	}
	h.send(wheel(image.Pt(10, 10), tea.MouseWheelUp))
	if s.top != 1 {
		t.Errorf("the wheel up shows from %d, want 1", s.top)
	}
}

func TestSearchHelpSaysItsKeys(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 100, 30)
	h.search("compl")
	h.typeText("?")
	if !h.on(helpBox{}) {
		t.Fatalf("? opened %s, want the help", h.topName())
	}
	for _, want := range []string{"ctrl+n", "page down", "twice opens"} {
		if !strings.Contains(h.screen(), want) {
			t.Errorf("the help does not say %q:\n%s", want, h.screen())
		}
	}
}

func TestSearchUsesTheWidth(t *testing.T) {
	t.Parallel()
	long := "Complaint: delivery two weeks late"
	for _, tt := range []struct {
		width, rows int
	}{{80, 2}, {160, 1}} {
		h := newHarness(t, fixedBook(t), tt.width, 24)
		s := h.search("delivery")
		if s.hitRows() != tt.rows {
			t.Errorf("at %d columns a hit takes %d lines, want %d", tt.width, s.hitRows(), tt.rows)
		}
		line := h.lines()[h.hitRow(s, 0)+tt.rows-1]
		if !strings.Contains(line, long) {
			t.Errorf("at %d columns the snippet reads %q", tt.width, line)
		}
	}
}

// The search screen's hits and its empty state. Regenerate with go test
// ./ui -run TestGoldenSearchScreens -update and review the diff.
func TestGoldenSearchScreens(t *testing.T) {
	t.Parallel()
	checkGoldenScreens(t, fixedBook(t), []goldenScreen{
		{"search_80x24", 80, 24, []string{"ctrl+f", "c", "o", "m", "p", "l"}},
		{"search_empty_80x24", 80, 24, []string{"ctrl+f"}},
		{"search_160x48", 160, 48, []string{"ctrl+f", "e", "n"}},
		{"search_help_80x24", 80, 24, []string{"ctrl+f", "c", "?"}},
	})
}

func TestTheMatchOnTheSelectedHitKeepsTheSelectionsBackground(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.search("complaint")
	want := h.m.styles.Match.Background(h.m.styles.CardSelected.GetBackground()).Render("Complaint")
	if !strings.Contains(h.raw(), want) {
		t.Errorf("the match on the selected hit is not drawn on the selection's background:\n%q", h.raw())
	}
}

func TestTheHitsFollowAChangeToTheBookAndKeepTheSelection(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("complaint")
	h.press("down")
	late := s.hits[1]
	addCustomer(t, h.book, customerSpec{name: "Olga Neu", phase: "awareness", since: "2025-03-01 10:00",
		contacts: []contactSpec{{at: "2025-03-13 09:00", kind: lifecycle.Call, sentiment: lifecycle.Negative, summary: "Complaint about the price"}}})
	h.send(bookChangedMsg{})
	if len(s.hits) != 3 || s.hits[0].Customer != "Olga Neu" {
		t.Fatalf("after another process logged a complaint the hits are %+v", s.hits)
	}
	if got, _ := s.selected(); !sameHit(got, late) {
		t.Errorf("the selection moved to %+v, want it kept on %+v", got, late)
	}
	// Deleting the entry on the customer's screen takes it off the hits.
	h.press("enter", "enter", "d", "y", "esc")
	if !h.on(&searchScreen{}) || len(s.hits) != 2 || slices.ContainsFunc(s.hits, func(x data.SearchHit) bool { return sameHit(x, late) }) {
		t.Errorf("after the deletion %s shows %+v", h.topName(), s.hits)
	}
}

func TestTheQueryAndTheCountShareTheirLineWhole(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	s := h.search("mü")
	s.query, s.hits = "mü", make([]data.SearchHit, searchLimit)
	head := h.lines()[bodyTop]
	if !strings.Contains(head, "› mü") || !strings.HasSuffix(head, "the first 200: type more to narrow") || strings.Contains(head, "…") {
		t.Errorf("the query's line reads %q", head)
	}
}
