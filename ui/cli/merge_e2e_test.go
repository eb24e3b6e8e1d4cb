package cli

import "testing"

// Two cards marked with space in a real terminal merge with . and come
// apart again with one u.
func TestTwoMarkedCardsMergeAndComeApartInARealTerminal(t *testing.T) {
	db := tempBook(t)
	for _, args := range [][]string{
		{"add", "Ada Lovelace", "--phone", "030 1234567", "--phase", "awareness"},
		{"add", "Ada L.", "--phone", "+49 30 1234567", "--company", "Engines", "--phase", "awareness"},
	} {
		if _, errOut, code := runBinary(t, nil, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("tend %v: %s", args, errOut)
		}
	}
	term := startTerminal(t, 80, 24, "--db", db)
	term.waitFor(shortNameOf(t, db) + " · 2 customers")
	term.keys("Space", "j", "Space")
	term.waitFor("2 marked")
	term.text(".")
	term.waitFor("merge the two…")
	term.text("5")
	term.waitFor("Merge the two: keep which?")
	term.text("1") // the selected card, the second marked
	term.waitFor("· u to undo")
	if got := phasesIn(t, db); got["awareness"] != 1 {
		t.Errorf("after the merge the book holds %v", got)
	}
	term.text("u")
	term.waitFor("Undid the merge of Ada")
	term.text("q")
	term.waitGone()
	if got := phasesIn(t, db); got["awareness"] != 2 {
		t.Errorf("after the undo the book holds %v", got)
	}
}
