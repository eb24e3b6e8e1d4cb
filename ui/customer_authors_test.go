package ui

import (
	"context"
	"strings"
	"testing"

	"tend/lifecycle"
)

// TestTheTimelineNamesAuthorsWhereOthersWroteToo has ben log a call: to
// him alone, his entries are his own and name nobody; to anna each entry
// names its author, and the entry shown whole says who made it.
func TestTheTimelineNamesAuthorsWhereOthersWroteToo(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	book.Who = "ben"
	id := idOf(t, book, "Henry Wright")
	if _, err := book.LogContact(context.Background(), lifecycle.Contact{CustomerID: id, At: fixedNow.AddDate(0, 0, -1),
		Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "Asked about the renewal"}); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, book, 100, 30)
	h.show(customerIn(t, book, id))
	if line := h.lineWith("Asked about the renewal"); strings.Contains(line, "by ben") {
		t.Errorf("ben's own timeline names him: %q", line)
	}

	book.Who = "anna"
	h = newHarness(t, book, 100, 30)
	h.show(customerIn(t, book, id))
	if line := h.lineWith("Asked about the renewal"); !strings.Contains(line, "by ben") {
		t.Errorf("anna reads ben's call as %q", line)
	}
	// The fixture's entries were made before anyone was named: they name
	// nobody.
	if line := h.lineWith("Went to a competitor"); strings.Contains(line, " by ") {
		t.Errorf("an entry by nobody known reads %q", line)
	}
	h.press("enter")
	if !h.on(entryBox{}) || !h.hasLine("ben") {
		t.Errorf("the call shown whole does not name ben\n%s", h.screen())
	}
}

// lineWith is the screen's line that holds s, or "".
func (h *harness) lineWith(s string) string {
	for _, line := range h.lines() {
		if strings.Contains(line, s) {
			return line
		}
	}
	h.t.Errorf("no line holds %q\n%s", s, h.screen())
	return ""
}
