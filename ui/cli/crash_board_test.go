package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashBoardRounds is how many times the board is killed.
const crashBoardRounds = 10

// TestCrashSafetyOfTheBoard runs the board in a real terminal, saves a
// contact and a move and waits for the board to say so, then presses a
// key that saves (Enter on a contact, or L) and kills the program with
// SIGKILL 0 to 30 ms later. After every kill the book must pass the
// command line's crash checks, and hold what the board reported saved.
func TestCrashSafetyOfTheBoard(t *testing.T) {
	tendBinary(t)
	rnd := crashRand(t)
	book := newCrashBook(t, t.TempDir(), "awareness")
	var l boardLedger
	for round := 1; round <= crashBoardRounds; round++ {
		term := startTerminal(t, 80, 24, "--db", book)
		term.waitFor("Awareness")
		l.writes = append(l.writes, logOnBoard(term, fmt.Sprintf("tui%da", round)))
		term.text("L")
		term.waitFor("Moved ")
		l.moves++
		pid := boardPid(term)
		var contact *crashWrite
		if round%2 == 0 {
			contact = &crashWrite{table: "contacts", column: "summary", mark: fmt.Sprintf("tui%db", round), rows: 1}
			term.text("c")
			term.waitFor("Log a contact with")
			term.text(contact.mark)
			term.keys("Enter")
		} else {
			term.text("L")
		}
		time.Sleep(time.Duration(rnd.IntN(31)) * time.Millisecond)
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatalf("round %d: kill the board (pid %d): %v", round, pid, err)
		}
		term.waitGone()
		l.check(t, book, contact)
	}
	t.Logf("%d kills of the board right after a key that saves: the save was in the book after %d of them", crashBoardRounds, l.landed)
}

// boardLedger is what the board test knows of its writes: the contacts,
// the moves the board reported and how many saves cut short by a kill
// were in the book all the same.
type boardLedger struct {
	writes        []crashWrite
	moves, landed int
}

// check checks the book after a kill that followed a contact's save, or a
// move's for a nil contact.
func (l *boardLedger) check(t *testing.T, book string, contact *crashWrite) {
	t.Helper()
	if contact != nil {
		l.writes = append(l.writes, *contact)
	}
	found := checkCrashBook(t, book, l.writes)
	stored := boardMoves(t, book)
	switch {
	case stored < l.moves || contact == nil && stored > l.moves+1 || contact != nil && stored != l.moves:
		t.Fatalf("%d moves made on the board are stored; %d were reported", stored, l.moves)
	case contact != nil && found[len(found)-1] == 1, contact == nil && stored > l.moves:
		l.landed++
	}
	l.moves = stored
}

// logOnBoard logs a contact with the selected card and waits until the
// board reports it logged.
func logOnBoard(term *terminal, summary string) crashWrite {
	term.t.Helper()
	term.text("c")
	term.waitFor("Log a contact with")
	term.text(summary)
	term.keys("Enter")
	term.waitFor("Logged call with")
	return crashWrite{table: "contacts", column: "summary", mark: summary, rows: 1, reported: true}
}

// boardPid is the board's process: tmux starts a lone command through a
// shell that replaces itself with it, which the check makes sure of, so
// that the kill never hits another process.
func boardPid(term *terminal) int {
	term.t.Helper()
	out := strings.TrimSpace(term.tmux("list-panes", "-t", "main", "-F", "#{pane_pid}"))
	pid, err := strconv.Atoi(out)
	if err != nil {
		term.t.Fatalf("the pane's pid is %q", out)
	}
	if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil && filepath.Base(exe) != "tend" {
		term.t.Fatalf("the pane runs %s, not tend", exe)
	}
	return pid
}

// boardMoves counts the moves made on the board, which give no reason.
func boardMoves(t *testing.T, book string) int {
	t.Helper()
	db := openCrashBook(t, book)
	defer db.Close()
	return countOf(t, db, `SELECT count(*) FROM phase_changes WHERE reason = ''`)
}
