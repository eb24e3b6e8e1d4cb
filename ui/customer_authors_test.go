package ui

import (
	"context"
	"slices"
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
	if line := lineWith(t, h.screen(), "Asked about the renewal"); strings.Contains(line, "by ben") {
		t.Errorf("ben's own timeline names him: %q", line)
	}

	book.Who = "anna"
	h = newHarness(t, book, 100, 30)
	h.show(customerIn(t, book, id))
	if line := lineWith(t, h.screen(), "Asked about the renewal"); !strings.Contains(line, "by ben") {
		t.Errorf("anna reads ben's call as %q", line)
	}
	// The fixture's entries were made before anyone was named: they name
	// nobody.
	if line := lineWith(t, h.screen(), "Went to a competitor"); strings.Contains(line, " by ") {
		t.Errorf("an entry by nobody known reads %q", line)
	}
	h.press("enter")
	if !h.on(entryBox{}) || !h.hasLine("ben") {
		t.Errorf("the call shown whole does not name ben\n%s", h.screen())
	}
}

// TestTriageListsMineFirst: as ben, the flagged customers Ben owns come
// first on the re-engagement list, then the rest.
func TestTriageListsMineFirst(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	book.Who = "ben"
	h := newHarness(t, book, 120, 30)
	h.press("t")
	if !h.on((*triageList)(nil)) || !h.m.triage.loaded {
		t.Fatalf("t did not open the list:\n%s", h.screen())
	}
	var owners []string
	for _, e := range h.m.triage.entries {
		owners = append(owners, e.Owner)
	}
	firstOther := slices.IndexFunc(owners, func(o string) bool { return o != "Ben" })
	if firstOther <= 0 || slices.Contains(owners[firstOther:], "Ben") {
		t.Errorf("the list's owners in order %v, want Ben's first, then the rest", owners)
	}
}
