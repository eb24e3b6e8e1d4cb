package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
	"tend/ui/words"
	"tend/ui/words/wordstest"
)

// A phase hidden while the board shows it: the board says so in its own
// words, with the key that helps there, and names no command to type.
func TestTheBoardSaysAHiddenPhaseInItsOwnWords(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	book := openBook(t, filepath.Join(t.TempDir(), "book.tend"))
	if _, err := book.AddCustomer(ctx, lifecycle.Customer{Name: "Ada Lovelace", Phase: "awareness"}); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, book, 200, 24)
	_, err := book.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) {
		return lc.SetHidden("acquisition", true)
	})
	if err != nil {
		t.Fatal(err)
	}
	h.press("L")
	got := h.statusLine()
	if !strings.Contains(got, "phase Acquisition is hidden; press m to pick a phase the board shows") ||
		strings.Contains(got, "tend phases") || strings.Contains(got, "--") {
		t.Errorf("status line %q, want the board's words for a hidden phase", got)
	}
}

// In the pseudo-language the board's hint reads from the catalog, marked.
func TestTheBoardsHintIsMarked(t *testing.T) {
	lc, _ := lifecycle.Preset("classic")
	lc, _ = lc.SetHidden("lost", true)
	_, hidden := lc.Enter("Lost")
	wordstest.Pseudo(t)
	got := errorText(hidden)
	if unmarked := wordstest.Unmarked(got, "Lost"); len(unmarked) > 0 || !strings.HasPrefix(got, words.Open) {
		t.Errorf("errorText = %q: %v outside the catalog's marks", got, unmarked)
	}
}

// A form says a value it cannot read in the catalog's words.
func TestAFormSaysABadValueFromTheCatalog(t *testing.T) {
	wordstest.Pseudo(t)
	f, _ := newPurchaseForm(lifecycle.Customer{ID: 1, Name: "Ada"})
	f.fields[0].input.SetValue("12a")
	f.purchase(time.Now())
	got := f.fields[0].err
	if unmarked := wordstest.Unmarked(got, "12a"); len(unmarked) > 0 || !strings.HasPrefix(got, words.Open) {
		t.Errorf("the amount's error = %q: %v outside the catalog's marks", got, unmarked)
	}
}
