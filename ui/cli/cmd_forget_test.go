package cli

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/data"
)

// forgetWith runs tend forget with an answer on standard input.
func forgetWith(t *testing.T, db, answer string, args ...string) (string, error) {
	t.Helper()
	root := newRootCmd(Process{})
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetIn(strings.NewReader(answer))
	root.SetArgs(append([]string{"--db", db, "forget"}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func TestForgetAsksFirstAndErases(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster", "--email", "erika@example.de")
	mustTend(t, db, "log", "erika", "--kind", "call", "--summary", "asked to be forgotten")
	out, err := forgetWith(t, db, "n\n", "erika")
	if err == nil || !strings.Contains(out, "1 contacts, 0 purchases, 1 phase changes") {
		t.Fatalf("a no: %v\n%s", err, out)
	}
	if _, _, err := execTend(t, db, "show", "erika"); err != nil {
		t.Fatalf("the customer is gone after a no: %v", err)
	}
	if _, err := forgetWith(t, db, "", "erika"); err == nil || !strings.Contains(err.Error(), "--yes") {
		t.Errorf("no answer at all: %v, want a hint at --yes", err)
	}
	out, err = forgetWith(t, db, "y\n", "erika")
	if err != nil || !strings.Contains(out, "Erased Erika Muster.") {
		t.Fatalf("a yes: %v\n%s", err, out)
	}
	if _, _, err := execTend(t, db, "show", "erika"); err == nil {
		t.Error("the customer is still in the book")
	}
}

func TestExportHistoryHasTheAuditTrail(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster", "--email", "erika@example.de")
	mustTend(t, db, "edit", "erika", "--email", "erika@muster.de")
	out := mustTend(t, db, "export", "history")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || lines[0] != "id,customer_id,customer_name,at,who,field,old,new" ||
		!strings.Contains(lines[1], ",Erika Muster,") || !strings.HasSuffix(lines[1], ",e-mail,erika@example.de,erika@muster.de") {
		t.Errorf("export history:\n%s", out)
	}
	if _, _, err := execTend(t, db, "import", "history", "x.csv"); err == nil {
		t.Error("the audit trail was taken for import")
	}
}

func TestForgetTakesNoBackupOfTheCustomer(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster")
	out, err := forgetWith(t, db, "", "erika", "--yes")
	if err != nil || !strings.Contains(out, "No copy tend made of the book holds them.") {
		t.Fatalf("forget: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(db), "backups")); !os.IsNotExist(err) {
		t.Errorf("forget, the first command of the day, took a backup (%v)", err)
	}
}

func TestForgetErasesFromTheCopiesThatHoldTheCustomer(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster", "--email", "erika@example.de")
	mustTend(t, db, "add", "Bleibt AG")
	// The day's backup, with both in it.
	daily := filepath.Join(filepath.Dir(db), "backups", "book-"+time.Now().Format("2006-01-02")+".db")
	os.Remove(daily)
	takeTheDaysBackup(t, db, "7")
	// Another book in the folder, whose backup holds a customer of the
	// same name: not a copy of this book.
	other := filepath.Join(filepath.Dir(db), "book-2.db")
	mustTend(t, other, "add", "Erika Muster")
	takeTheDaysBackup(t, other, "7")
	otherDaily := filepath.Join(filepath.Dir(db), "backups", "book-2-"+time.Now().Format("2006-01-02")+".db")

	out, err := forgetWith(t, db, "y\ny\n", "erika")
	if err != nil {
		t.Fatalf("forget: %v\n%s", err, out)
	}
	for _, want := range []string{"This copy tend made of the book holds them, or could not be read:\n  " + daily + " (daily backup)\n",
		"Also erase Erika Muster from this copy? [y/N] ", "Erased Erika Muster.\n",
		"  " + daily + ": erased, and no trace of the name is left in the file\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("forget said:\n%s\nwant %q", out, want)
		}
	}
	if strings.Contains(out, otherDaily) {
		t.Errorf("another book's backup was listed:\n%s", out)
	}
	for path, want := range map[string]bool{db: false, daily: false, otherDaily: true} {
		if held, err := data.FilesHold("Erika Muster", path, path+"-wal"); held != want || err != nil {
			t.Errorf("%s holds the name: %v, %v; want %v", filepath.Base(path), held, err, want)
		}
	}
	if s := showJSONOf(t, daily, "bleibt"); s.Name != "Bleibt AG" {
		t.Errorf("the backup lost the other customer: %+v", s)
	}
}

func TestForgetStoppedAfterTheErasureSaysSoAndFinishesNextTime(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster", "--email", "erika@example.de")
	mustTend(t, db, "add", "Bleibt AG")
	// Another tend reading the book keeps forget waiting to empty its log,
	// long enough for ctrl+c to come after the erasure is stored.
	reader, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	tx, _ := reader.Begin()
	var n int
	tx.QueryRow(`SELECT count(*) FROM customers`).Scan(&n)
	erased := func() {
		for range 200 {
			var pending int
			reader.QueryRow(`SELECT count(*) FROM settings WHERE key = 'forget.wipe_pending'`).Scan(&pending)
			if pending == 1 {
				time.Sleep(100 * time.Millisecond) // into the wait for the reader
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	errOut, code := interruptBinaryWhen(t, erased, "--db", db, "forget", "erika", "--yes")
	tx.Rollback()
	want := "tend: Erika Muster is erased, but wiping the book's free space was interrupted: " +
		"earlier images of what was erased may remain in the book's file until you run tend forget again\n"
	if code != 130 || errOut != want {
		t.Errorf("forget stopped by ctrl+c: exit %d, %q; want 130, %q", code, errOut, want)
	}
	out, errOut, code := runBinary(t, nil, "--db", db, "forget", "erika", "--yes")
	if code != 0 || !strings.Contains(out, "Finished wiping the book's free space after an erasure that was stopped.\n") ||
		!strings.Contains(out, `No customer matches "erika" in the book now`) {
		t.Errorf("forget again: exit %d\n%s%s", code, out, errOut)
	}
	if held, err := data.FilesHold("Erika Muster", db, db+"-wal"); held || err != nil {
		t.Errorf("the book still holds the name: %v, %v", held, err)
	}
	if out, _, code := runBinary(t, nil, "--db", db, "forget"); code == 0 || strings.Contains(out, "Finished") {
		t.Errorf("a third forget, with nothing to finish: exit %d, %q", code, out)
	}
}

func TestForgetWithYesNamesTheCopiesItLeaves(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Erika Muster")
	takeTheDaysBackup(t, db, "7") // the day's backup, with Erika in it
	broken := filepath.Join(filepath.Dir(db), "backups", "book-2026-01-02.db")
	os.WriteFile(broken, []byte("not a book"), 0o600)
	for _, tc := range []struct {
		answer string
		args   []string
	}{{"", []string{"--yes"}}, {"y\nn\n", nil}} {
		out, err := forgetWith(t, db, tc.answer, append([]string{"Erika Muster"}, tc.args...)...)
		if err != nil || !strings.Contains(out, "These 2 copies tend made of the book hold them, or could not be read:\n") ||
			!strings.Contains(out, "  "+broken+" (daily backup): could not be read (is not a tend book (not a SQLite database)), so it may hold them\n") ||
			!strings.HasSuffix(out, "Erased Erika Muster.\nThese 2 copies still hold them; delete or keep apart what holds Erika Muster.\n") {
			t.Errorf("forget %v answering %q: %v\n%s", tc.args, tc.answer, err, out)
		}
		mustTend(t, db, "add", "Erika Muster")
	}
	out, err := forgetWith(t, db, "", "--yes", "--everywhere", "erika")
	if err == nil || !strings.Contains(out, "  "+broken+": not erased: is not a tend book (not a SQLite database)\n") ||
		!strings.Contains(err.Error(), "1 of the copies still hold them or could not be changed") {
		t.Errorf("forget --everywhere with a copy not a book: %v\n%s", err, out)
	}
}
