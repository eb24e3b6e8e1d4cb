package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// strayInIndex puts a customer in the search index that the book does not
// hold, as a file edited behind tend's back would.
func strayInIndex(t *testing.T, db string) {
	t.Helper()
	book := openCrashBook(t, db)
	defer book.Close()
	if _, err := book.Exec(`INSERT INTO customers_fts (rowid, search) VALUES (4242, 'ghost customer')`); err != nil {
		t.Fatal(err)
	}
}

func TestCheckRepairRebuildsTheSearchIndexAfterTheDaysBackup(t *testing.T) {
	db := tempBook(t)
	env := []string{"TEND_DB=" + db}
	runBinary(t, env, "add", "Ada")
	strayInIndex(t, db)
	out, _, code := runBinary(t, env, "check")
	if code == 0 || !strings.Contains(out, "search index customers_fts differs") ||
		!strings.Contains(out, "tend check --repair rebuilds 1 of them from the rows") {
		t.Fatalf("check of a stray row in the index: exit %d\n%s", code, out)
	}
	out, errOut, code := runBinary(t, env, "check", "--repair")
	if code != 0 || !strings.Contains(out, "Rebuilt the search index customers_fts from the rows") ||
		!strings.Contains(out, "is sound") {
		t.Fatalf("check --repair: exit %d\n%s%s", code, out, errOut)
	}
	if out, _, code := runBinary(t, env, "check"); code != 0 || !strings.Contains(out, "is sound") {
		t.Errorf("check after the repair: exit %d\n%s", code, out)
	}
	// The day's backup was taken before the repair: it holds the stray row.
	backups, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "backups", "*.db"))
	if len(backups) != 1 {
		t.Fatalf("backups after the repair: %v; want the day's", backups)
	}
	if out, _, code := runBinary(t, nil, "--db", backups[0], "check"); code == 0 || !strings.Contains(out, "customers_fts") {
		t.Errorf("the day's backup checks out (exit %d), so it was taken after the repair\n%s", code, out)
	}
}

func TestCheckRepairLeavesWhatTheRowsCannotRebuild(t *testing.T) {
	db := tempBook(t)
	env := []string{"TEND_DB=" + db}
	runBinary(t, env, "add", "Ada")
	if _, err := rawBook(t, db).Exec(`UPDATE customers SET flag_code = flag_code + 1`); err != nil {
		t.Fatal(err)
	}
	out, _, code := runBinary(t, env, "check", "--repair")
	if code == 0 || !strings.Contains(out, "Left 1 problem as it is: the rows cannot rebuild it") ||
		strings.Contains(out, "Rebuilt") {
		t.Errorf("check --repair of the flags: exit %d\n%s", code, out)
	}
	if out, _, _ := runBinary(t, env, "check"); !strings.Contains(out, "the flags differ") || strings.Contains(out, "--repair") {
		t.Errorf("after --repair the flags' finding is gone, or check offers to repair it: %s", out)
	}
}
