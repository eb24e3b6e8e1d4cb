package cli

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/data"
)

// dailyBackupOf is the path of the day's backup of the book at db.
func dailyBackupOf(db string) string {
	return filepath.Join(filepath.Dir(db), "backups", "book-"+time.Now().Format("2006-01-02")+".db")
}

func TestForgetSaysWhatItDidToACopyAnotherTendHasOpen(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Secret Person", "--email", "secret@example.de")
	mustTend(t, db, "add", "Bleibt AG")
	daily := dailyBackupOf(db)
	os.Remove(daily)
	takeTheDaysBackup(t, db, "7") // the day's backup, with both in it
	// Another tend with the backup open, as a board would have it, reading.
	board := openTestBook(t, daily)
	reader, err := sql.Open("sqlite", daily)
	if err != nil {
		t.Fatal(err)
	}
	tx, _ := reader.Begin()
	var n int
	tx.QueryRow(`SELECT count(*) FROM customers`).Scan(&n)

	out, err := forgetWith(t, db, "", "Secret Person", "--yes", "--everywhere")
	want := "  " + daily + ": their record is erased, but its free space could not be wiped, as another tend has this copy open;" +
		" close it and run tend forget --everywhere \"Secret Person\"\n"
	if err == nil || !strings.Contains(out, want) {
		t.Errorf("forget with the copy open: %v\n%s\nwant %q", err, out, want)
	}
	if held, _ := data.FilesHold("secret@example.de", daily, daily+"-wal"); !held {
		t.Fatal("the open copy holds nothing of the customer; the test sets up nothing")
	}
	// Asked again while the copy is still open, forget finds what is left
	// by the name alone, and says the same.
	out, err = forgetWith(t, db, "", "Secret Person", "--yes", "--everywhere")
	if err == nil || !strings.Contains(out, "No customer matches \"Secret Person\" in the book, but this copy tend made of it holds them, or could not be read:\n  "+daily+" (daily backup)\n") ||
		!strings.Contains(out, "close it and run tend forget --everywhere \"Secret Person\"\n") {
		t.Errorf("forget again, by name, with the copy open: %v\n%s", err, out)
	}
	tx.Rollback()
	reader.Close()
	board.Close()
	// Closing the copy empties its log into it; whatever is left then,
	// forgetting by name erases.
	if out, err := forgetWith(t, db, "", "Secret Person", "--yes", "--everywhere"); err != nil && !strings.Contains(err.Error(), "no customer matches") {
		t.Errorf("forget after the copy is closed: %v\n%s", err, out)
	}
	for _, text := range []string{"Secret Person", "secret@example.de"} {
		if held, err := data.FilesHold(text, daily, daily+"-wal"); held || err != nil {
			t.Errorf("the backup still holds %q: %v", text, err)
		}
	}
	if s := showJSONOf(t, daily, "bleibt"); s.Name != "Bleibt AG" {
		t.Errorf("the backup lost the other customer: %+v", s)
	}
}

func TestForgetByNameAsksBeforeErasingFromTheCopies(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Secret Person")
	daily := dailyBackupOf(db)
	os.Remove(daily)
	takeTheDaysBackup(t, db, "7")
	mustTend(t, db, "forget", "Secret Person", "--yes")
	out, err := forgetWith(t, db, "n\n", "secret person")
	if err == nil || !strings.Contains(out, "Erase \"secret person\" from this copy? [y/N] ") {
		t.Errorf("a no: %v\n%s", err, out)
	}
	if held, _ := data.FilesHold("Secret Person", daily); !held {
		t.Error("the copy was changed after a no")
	}
	out, err = forgetWith(t, db, "", "secret person", "--yes")
	if err != nil || !strings.Contains(out, "run tend forget --everywhere \"secret person\" to erase them there") {
		t.Errorf("--yes without --everywhere: %v\n%s", err, out)
	}
	if out, err = forgetWith(t, db, "y\n", "secret person"); err != nil || !strings.Contains(out, ": erased, and no trace") {
		t.Errorf("a yes: %v\n%s", err, out)
	}
	if held, _ := data.FilesHold("Secret Person", daily); held {
		t.Error("the copy still holds the name after a yes")
	}
}

func TestForgetAShortNameFindsNoCopyThatNeverHeldIt(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Joanna Berg")
	os.Remove(dailyBackupOf(db))
	takeTheDaysBackup(t, db, "7") // the day's backup, with Joanna only
	for _, name := range []string{"Zed", "Ann"} {
		mustTend(t, db, "add", name)
		out, errOut, code := runBinary(t, nil, "--db", db, "forget", name, "--yes", "--everywhere")
		if code != 0 || !strings.Contains(out, "No copy tend made of the book holds them.\n") {
			t.Errorf("forget %s: exit %d\n%s%s", name, code, out, errOut)
		}
	}
}
