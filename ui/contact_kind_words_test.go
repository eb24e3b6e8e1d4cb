package ui

import (
	"strings"
	"testing"

	"tend/ui/words"
	"tend/ui/words/wordstest"
)

// A contact's kind is named in the language's words wherever a change
// says it, not as the key a script types: in the pseudo-language its own
// message stands marked inside the sentence.
func TestALoggedContactIsNamedByItsKindsWords(t *testing.T) {
	wordstest.Pseudo(t)
	call := words.Open + "call" + words.Close
	h := newHarness(t, fixedBook(t), 80, 24)
	h.goTo("Jürgen Müller")
	h.press("c")
	h.typeText("Sent the price list")
	h.press("enter")
	if got := h.statusLine(); !strings.Contains(got, call) {
		t.Errorf("after logging, the status line %q does not name the kind by its words", got)
	}
	h.press("u")
	if got := h.statusLine(); !strings.Contains(got, call) {
		t.Errorf("after undoing, the status line %q does not name the kind by its words", got)
	}

	h = triageHarness(t)
	h.press("l", "enter")
	if got := h.statusLine(); !strings.Contains(got, call) {
		t.Errorf("after an attempt, the status line %q does not name the kind by its words", got)
	}
}
