package cli

import (
	"strings"
	"testing"
)

// TestSearchScreenInARealTerminal searches the book from the board with
// ctrl+f, for words of an older call among many, opens it with enter and
// finds the customer's screen with that call selected; esc goes back to
// the hits, and esc again to the board.
func TestSearchScreenInARealTerminal(t *testing.T) {
	db := tempBook(t)
	adaWithNewsletters(t, db, 30)
	mustRunOn(t, db, "add", "Charles Babbage", "--phase", "awareness")
	mustRunOn(t, db, "log", "ada", "--kind", "call", "--summary", "Asked about the analytical engine", "--at", "2024-01-03 10:00")
	term := startTerminal(t, 80, 24, "--db", db)
	term.waitFor("Ada Love")
	term.keys("C-f")
	term.waitFor("Type to find customers")
	term.text("analytic eng")
	term.waitFor("1 found")
	screen := term.waitFor("Asked about the analytical engine")
	if !strings.Contains(screen, "Ada Lovelace") || !strings.Contains(screen, "2024-01-03") {
		t.Errorf("the hit does not show its customer and date:\n%s", screen)
	}
	term.keys("Enter")
	screen = term.waitFor("Timeline")
	if line := strings.Split(screen, "\n")[lineOf(screen, "Asked about the analytical")]; !strings.HasPrefix(line, " ▸ 2024-01-03 10:00") {
		t.Errorf("the call found is not selected on the customer's screen:\n%s", screen)
	}
	term.keys("Escape")
	term.waitFor("1 found")
	term.keys("Escape")
	term.waitFor("t triage")
	term.text("q")
	term.waitGone()
}
