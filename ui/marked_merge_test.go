package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tend/data"
)

func TestTwoMarkedCardsMergeIntoTheOneKeptAndOneUndoPartsThem(t *testing.T) {
	t.Parallel()
	h, ids := markedBoard(t, "Jürgen Müller", "Emily Clarke")
	kept, other := customerIn(t, h.book, ids[1]), customerIn(t, h.book, ids[0])
	h.press(".")
	if got := h.screen(); !strings.Contains(got, "merge the two…") {
		t.Fatalf("two marked are not offered a merge:\n%s", got)
	}
	h.press("5")
	if got := h.screen(); !strings.Contains(got, "Merge the two: keep which?") || !strings.Contains(got, "keep Emily Clarke (#") {
		t.Fatalf("no choice of the one kept:\n%s", got)
	}
	h.press("enter") // the selected card, Emily, comes first
	if _, err := h.book.Customer(context.Background(), other.ID); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("%s is still in the book after the merge: %v", other.Name, err)
	}
	if got := customerIn(t, h.book, kept.ID); got.Contacts != kept.Contacts+other.Contacts {
		t.Errorf("%s has %d contacts, want %d", got.Name, got.Contacts, kept.Contacts+other.Contacts)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Merged Jürgen Müller into Emily Clarke · u to undo") {
		t.Errorf("status line %q", got)
	}
	h.press("u")
	if got := customerIn(t, h.book, other.ID); got.Name != other.Name || got.Contacts != other.Contacts {
		t.Errorf("after the undo %+v", got)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Undid the merge of Jürgen Müller into Emily Clarke") {
		t.Errorf("status line %q", got)
	}
}

func TestMoreThanTwoMarkedAreOfferedNoMerge(t *testing.T) {
	t.Parallel()
	h, _ := markedBoard(t, "Jürgen Müller", "Emily Clarke", "Katharina Schröder")
	h.press(".")
	if got := h.screen(); strings.Contains(got, "merge") {
		t.Errorf("three marked are offered a merge:\n%s", got)
	}
}
