package cli

import (
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"tend/data"
)

// TestFourWritersLoseNothing runs four tend processes at once, each logging
// contacts, buying and moving on one book: every write each reports is
// stored, and none meets a "database is locked".
func TestFourWritersLoseNothing(t *testing.T) {
	db := tempBook(t)
	for _, name := range []string{"Ada", "Ben", "Cleo", "Dora"} {
		if _, errOut, code := runBinary(t, nil, "--db", db, "add", name, "--phase", "retention"); code != 0 {
			t.Fatalf("add %s: %s", name, errOut)
		}
	}
	const writes = 12
	var wg sync.WaitGroup
	failures := make(chan string, 4*writes)
	for w, name := range []string{"Ada", "Ben", "Cleo", "Dora"} {
		wg.Go(func() {
			for i := range writes {
				args := []string{"--db", db, "log", name, "--kind", "call", "--summary", fmt.Sprintf("w%d-%d", w, i)}
				if i%4 == 3 {
					args = []string{"--db", db, "buy", name, "10", "--note", fmt.Sprintf("w%d-%d", w, i)}
				}
				if _, errOut, code := runBinary(t, nil, args...); code != 0 {
					failures <- fmt.Sprintf("%v: %s", args[2:], errOut)
				}
			}
		})
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Errorf("a write failed while others wrote: %s", f)
	}
	book := rawBook(t, db)
	var contacts, purchases int
	book.QueryRow(`SELECT (SELECT count(*) FROM contacts WHERE summary LIKE 'w%'), (SELECT count(*) FROM purchases WHERE note LIKE 'w%')`).Scan(&contacts, &purchases)
	if contacts != 4*writes*3/4 || purchases != 4*writes/4 {
		t.Errorf("stored %d contacts and %d purchases, want %d and %d", contacts, purchases, 4*writes*3/4, 4*writes/4)
	}
}

// TestALongWaitIsToldInWords holds the book's write lock for longer than
// tend waits: the command says the book is busy, in words, and changes
// nothing; once the lock is gone the same command goes through.
func TestALongWaitIsToldInWords(t *testing.T) {
	db := tempBook(t)
	if _, errOut, code := runBinary(t, nil, "--db", db, "add", "Ada"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	tx := holdWriteLock(t, db)
	release := time.AfterFunc(8*time.Second, func() { tx.Rollback() })
	defer release.Stop()
	_, errOut, code := runBinary(t, nil, "--db", db, "log", "ada", "--kind", "call", "--summary", "while busy")
	tx.Rollback()
	if code == 0 || !strings.Contains(errOut, "busy") || strings.Contains(errOut, "locked") || strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
		t.Errorf("a write while another holds the book for long: exit %d, %q", code, errOut)
	}
	if _, errOut, code := runBinary(t, nil, "--db", db, "log", "ada", "--kind", "call", "--summary", "retried"); code != 0 {
		t.Errorf("the retry failed: %s", errOut)
	}
}

// holdWriteLock takes the book's write lock in a transaction of another
// connection, as another program writing would, until the test rolls it
// back or ends. It waits its turn as tend does: the board may be writing
// its start-up scoring or the day's backup at that moment. On a server the
// transaction holds the row every write of tend counts itself in.
func holdWriteLock(t *testing.T, db string) *sql.Tx {
	t.Helper()
	if data.IsServerBook(db) {
		tx, err := rawBook(t, db).Begin()
		if err == nil {
			_, err = tx.Exec(`UPDATE book_changes SET writes = writes`)
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { tx.Rollback() })
		return tx
	}
	tx, err := rawBook(t, db+"?_txlock=immediate&_pragma=busy_timeout(10000)").Begin()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}

// TestTheBoardWritesWhileCommandsDo keeps a board open and saving in a
// real terminal while three command processes write to the same book: every
// write of either is stored, and the board never shows an error.
func TestTheBoardWritesWhileCommandsDo(t *testing.T) {
	db := tempBook(t)
	for _, name := range []string{"Ada", "Ben", "Cleo"} {
		if _, errOut, code := runBinary(t, nil, "--db", db, "add", name, "--phase", "awareness"); code != 0 {
			t.Fatalf("add %s: %s", name, errOut)
		}
	}
	term := startTerminal(t, 100, 30, "--db", db)
	term.waitFor("Awareness")
	const writes = 8
	var wg sync.WaitGroup
	failures := make(chan string, 3*writes)
	for w, name := range []string{"Ada", "Ben", "Cleo"} {
		wg.Go(func() {
			for i := range writes {
				summary := fmt.Sprintf("cmd%d-%d", w, i)
				if _, errOut, code := runBinary(t, nil, "--db", db, "log", name, "--kind", "email", "--summary", summary); code != 0 {
					failures <- summary + ": " + errOut
				}
			}
		})
	}
	for i := range 4 {
		logOnBoard(term, fmt.Sprintf("board-%d", i))
	}
	wg.Wait()
	close(failures)
	for f := range failures {
		t.Errorf("a command failed while the board wrote: %s", f)
	}
	if screen := term.screen(); strings.Contains(screen, "busy") || strings.Contains(screen, "could not") {
		t.Errorf("the board shows an error:\n%s", screen)
	}
	term.text("q")
	term.waitGone()
	book := rawBook(t, db)
	var fromCommands, fromBoard int
	book.QueryRow(`SELECT (SELECT count(*) FROM contacts WHERE summary LIKE 'cmd%'), (SELECT count(*) FROM contacts WHERE summary LIKE 'board-%')`).
		Scan(&fromCommands, &fromBoard)
	if fromCommands != 3*writes || fromBoard != 4 {
		t.Errorf("stored %d contacts from the commands and %d from the board, want %d and 4", fromCommands, fromBoard, 3*writes)
	}
}

// TestQuitWaitsForTheBoardsLastSave presses q while the board's save waits
// for another process to finish writing: the board says it is saving, stays
// until the save is stored, then quits.
func TestQuitWaitsForTheBoardsLastSave(t *testing.T) {
	db := tempBook(t)
	if _, errOut, code := runBinary(t, nil, "--db", db, "add", "Ada", "--phase", "awareness"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	term := startTerminal(t, 100, 30, "--db", db)
	term.waitFor("Awareness")
	tx := holdWriteLock(t, db)
	term.text("c")
	term.waitFor("Log a contact with")
	term.text("saved while held")
	term.keys("Enter")
	term.waitWithout("Log a contact with")
	term.text("q")
	term.waitFor("Saving the last change before quitting")
	time.Sleep(300 * time.Millisecond)
	if screen := term.screen(); !strings.Contains(screen, "Saving the last change") {
		t.Fatalf("the board did not wait for its save:\n%s", screen)
	}
	tx.Rollback()
	term.waitGone()
	book := rawBook(t, db)
	var stored int
	book.QueryRow(`SELECT count(*) FROM contacts WHERE summary = 'saved while held'`).Scan(&stored)
	if stored != 1 {
		t.Errorf("%d contacts stored from the board's last save, want 1", stored)
	}
}
