package cli

import (
	"strings"
	"testing"
)

// TestReachAndArchivedInARealTerminal runs the built tend in tmux, which
// takes a program's OSC 52 into its paste buffer (set-clipboard on): y e
// puts the address there, as a terminal's clipboard. Then A shows the
// archived customer, r restores it and the book has it back.
func TestReachAndArchivedInARealTerminal(t *testing.T) {
	db := tempBook(t)
	for _, add := range [][]string{
		{"add", "Ada Lovelace", "--email", "ada@example.org", "--phase", "awareness"},
		{"add", "Bertha Benz", "--phase", "awareness"},
		{"archive", "Bertha Benz"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, add...)...); code != 0 {
			t.Fatalf("tend %v: %s", add, errOut)
		}
	}
	term := startTerminal(t, 100, 30, "--db", db)
	term.tmux("set-option", "-g", "set-clipboard", "on")
	term.waitFor(shortNameOf(t, db) + " · 1 customer · 1 archived")
	term.text("y")
	term.waitFor("e e-mail address • p phone number • esc cancel")
	term.text("e")
	term.waitFor("e-mail address copied: ada@example.org")
	if got := term.clipboard(); got != "ada@example.org" {
		t.Errorf("the terminal's clipboard holds %q, want the address", got)
	}
	term.text("A")
	term.waitFor("archived customers · A back")
	term.waitFor("Bertha Benz") // the title changes at once, the cards once read
	term.waitWithout("Ada Lovelace")
	term.text("r")
	term.waitFor("Restored Bertha Benz to the board")
	term.text("A")
	term.waitFor("Bertha Benz")
	term.text("q")
	term.waitGone()
	if out, _, code := runBinary(t, nil, "--db", db, "list", "--archived"); code != 0 || strings.Contains(out, "Bertha") {
		t.Errorf("after r, list --archived says %q", out)
	}
}

// TestADraftReachesTheClipboardInARealTerminal drafts to the selected
// card through the built tend in tmux: D, the template's number and y put
// the draft, subject line first, in tmux's paste buffer by OSC 52.
func TestADraftReachesTheClipboardInARealTerminal(t *testing.T) {
	db := tempBook(t)
	if _, errOut, code := runBinary(t, nil, "--db", db, "add", "Ada Lovelace", "--email", "ada@example.org", "--phase", "awareness"); code != 0 {
		t.Fatalf("tend add: %s", errOut)
	}
	term := startTerminal(t, 100, 30, "--db", db)
	term.tmux("set-option", "-g", "set-clipboard", "on")
	term.waitFor(shortNameOf(t, db) + " · 1 customer")
	term.text("D")
	term.waitFor("Draft to Ada Lovelace")
	term.text("2")
	term.waitFor("Draft to Ada Lovelace · miss-you")
	term.text("y")
	term.waitFor("Copied the draft to Ada Lovelace to the clipboard")
	got := term.clipboard()
	if subject, _, _ := strings.Cut(got, "\n"); subject != "Subject: We miss you, Ada" || !strings.Contains(got, "\n\nHi Ada,\n") {
		t.Errorf("the terminal's clipboard holds %q, want the draft", got)
	}
	term.text("q")
	term.waitFor(shortNameOf(t, db) + " · 1 customer")
	term.text("q")
	term.waitGone()
}
