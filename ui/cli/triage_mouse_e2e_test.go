package cli

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTriageByMouseInARealTerminal works the re-engagement list with the
// mouse in tmux at 80×24: a click selects the second customer (the box
// under the list shows their reasons), a double click opens them, and a
// click on "esc board" in the footer goes back to the board.
func TestTriageByMouseInARealTerminal(t *testing.T) {
	db := tempBook(t)
	for _, add := range [][]string{
		{"add", "Gone Ltd", "--phase", "lost", "--value", "90000"},
		{"add", "Faded GmbH", "--phase", "lost", "--value", "5000"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, add...)...); code != 0 {
			t.Fatalf("tend %v: %s", add, errOut)
		}
	}
	term := startTerminal(t, 80, 24, "--db", db, "triage")
	screen := term.waitFor("── ↺ win-back · Gone Ltd ")
	row := lineOf(screen, "Faded GmbH")
	term.mouse("press", 10, row+1) // the line of the reason is the customer's too
	term.mouse("release", 10, row+1)
	term.waitFor("── ↺ win-back · Faded GmbH ")
	term.mouse("press", 10, row)
	term.mouse("release", 10, row)
	term.mouse("press", 10, row)
	term.mouse("release", 10, row)
	term.waitFor("esc back")
	screen = term.waitFor("Faded GmbH") // the customer's screen says loading… first
	if !strings.Contains(screen, "esc back") || strings.Contains(screen, "Gone Ltd") {
		t.Fatalf("the double click did not open Faded GmbH:\n%s", screen)
	}
	term.keys("Escape")
	screen = term.waitFor("esc board")
	footer := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	last := footer[len(footer)-1]
	x := utf8.RuneCountInString(last[:strings.Index(last, "esc board")]) + 2
	term.mouse("press", x, len(footer)-1)
	term.mouse("release", x, len(footer)-1)
	term.waitFor("t triage")
	term.text("q")
	term.waitGone()
}
