package cli

import (
	"fmt"
	"strings"
	"testing"
)

// TestCustomerTimelineInARealTerminal logs a call while the timeline is
// scrolled to its end, finds it selected on screen, deletes it from its
// box and takes that back, then turns the wheel and opens an entry with a
// double click.
func TestCustomerTimelineInARealTerminal(t *testing.T) {
	db := tempBook(t)
	adaWithNewsletters(t, db, 12)
	term := startTerminal(t, 80, 24, "--db", db)
	term.waitFor("Ada Love") // a compact card at 80 columns
	term.text("/")
	term.text("ada")
	term.keys("Enter")
	term.keys("Enter")
	term.waitFor("Timeline")
	term.text("G")
	term.waitFor("▸ 2024-01-01 00:00")
	term.text("c")
	term.waitFor("Log a contact with Ada Lovelace")
	term.text("Latest call")
	term.keys("Enter")
	term.waitFor("Logged call with Ada Lovelace")
	screen := term.waitFor("Latest call")
	if line := strings.Split(screen, "\n")[lineOf(screen, "Latest call")]; !strings.HasPrefix(line, " ▸ ") {
		t.Errorf("the new call is not selected:\n%s", screen)
	}
	term.keys("Enter")
	term.waitFor("Contact with Ada Lovelace")
	term.text("d")
	term.waitFor("Delete the call of")
	term.text("y")
	term.waitFor("Deleted the call of")
	term.waitWithout("Latest call")
	term.text("u")
	term.waitFor("Undid the deletion of the call of")
	term.waitFor("Latest call")
	wheelAndDoubleClick(term)
	term.keys("Escape")
	term.waitWithout("Contact with Ada Lovelace")
	term.keys("Escape")
	term.waitFor("t triage")
	term.text("q")
	term.waitGone()
}

// adaWithNewsletters makes a book with Ada Lovelace in awareness, who was
// sent a newsletter on each of the first n days of January 2024.
func adaWithNewsletters(t *testing.T, db string, n int) {
	t.Helper()
	mustRunOn(t, db, "add", "Ada Lovelace", "--phase", "awareness")
	for day := 1; day <= n; day++ {
		mustRunOn(t, db, "log", "ada", "--kind", "email", "--summary", fmt.Sprintf("Newsletter number %d", day), "--at", fmt.Sprintf("2024-01-%02d", day))
	}
}

// mustRunOn runs tend on the book db, failing the test if it fails.
func mustRunOn(t *testing.T, db string, args ...string) {
	t.Helper()
	if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, args...)...); code != 0 {
		t.Fatalf("tend %v: %s", args, errOut)
	}
}

// wheelAndDoubleClick turns the wheel down over the timeline, which shows
// older entries (above the call stand the deletion and its undo in the
// audit trail), and opens the first one on screen with a double click.
func wheelAndDoubleClick(term *terminal) {
	screen := term.screen()
	row := lineOf(screen, "Latest call")
	for range 3 {
		term.text(fmt.Sprintf("\x1b[<65;10;%dM", row+1))
	}
	term.waitWithout("Latest call")
	row = lineOf(term.screen(), "Newsletter number 12")
	term.mouse("press", 10, row)
	term.mouse("release", 10, row)
	term.mouse("press", 10, row)
	term.mouse("release", 10, row)
	screen = term.waitFor("Contact with Ada Lovelace")
	if !strings.Contains(screen, "2024-01-12 00:00") {
		term.t.Errorf("the double click opened another entry:\n%s", screen)
	}
}
