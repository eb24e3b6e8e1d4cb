package cli

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// otherUser is who runs tend in the tests of file permissions: root may
// write any file, so under root they run tend as nobody.
func otherUser() *syscall.Credential {
	if os.Geteuid() != 0 {
		return nil
	}
	return &syscall.Credential{Uid: 65534, Gid: 65534}
}

// sharedDir makes a folder the other user owns and may enter, with the
// built tend's folder opened to it.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "tend-files")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700); os.RemoveAll(dir) })
	if u := otherUser(); u != nil {
		os.Chown(dir, int(u.Uid), int(u.Gid))
		os.Chmod(dir, 0o755)
		os.Chmod(filepath.Dir(tendBinary(t)), 0o755)
	}
	return dir
}

// runAsOther runs the built tend as the other user.
func runAsOther(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(tendBinary(t), args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=/nonexistent"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Credential: otherUser()}
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		return out.String(), errOut.String(), exit.ExitCode()
	} else if err != nil {
		t.Fatalf("run tend %v: %v", args, err)
	}
	return out.String(), errOut.String(), 0
}

// bookOfOther makes a book with Ada in dir, owned by the other user.
func bookOfOther(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "book.db")
	if _, errOut, code := runBinary(t, nil, "--db", db, "add", "Ada"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	if u := otherUser(); u != nil {
		os.Chown(db, int(u.Uid), int(u.Gid))
	}
	return db
}

func TestBinaryReadsAReadOnlyBookAndRefusesChanges(t *testing.T) {
	dir := sharedDir(t)
	db := bookOfOther(t, dir)
	os.Chmod(db, 0o400)
	before, _ := os.ReadFile(db)
	if out, errOut, code := runAsOther(t, "--db", db, "list"); code != 0 || !strings.Contains(out, "Ada") {
		t.Errorf("list of a read-only book: %q %q exit %d", out, errOut, code)
	}
	if out, errOut, code := runAsOther(t, "--db", db, "show", "ada"); code != 0 || !strings.Contains(out, "Ada") {
		t.Errorf("show in a read-only book: %q %q exit %d", out, errOut, code)
	}
	_, errOut, code := runAsOther(t, "--db", db, "add", "Bob")
	if code == 0 || !strings.Contains(errOut, "read-only") || !strings.Contains(errOut, db) || strings.Count(errOut, "\n") != 1 {
		t.Errorf("add to a read-only book: %q exit %d, want one line naming the book", errOut, code)
	}
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("the read-only book was changed")
	}
}

func TestBinarySaysWhyABookInAFolderWithoutWritePermissionWillNotOpen(t *testing.T) {
	dir := sharedDir(t)
	db := bookOfOther(t, dir)
	os.Chmod(dir, 0o555)
	if os.Geteuid() != 0 && syscall.Access(dir, 2) == nil {
		t.Skip("this user may write any folder")
	}
	_, errOut, code := runAsOther(t, "--db", db, "list")
	if code == 0 || !strings.Contains(errOut, "folder "+dir+" is not writable") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("list in a folder without write permission: %q exit %d", errOut, code)
	}
}

func TestBinarySaysABrokenBookIsDamaged(t *testing.T) {
	db := filepath.Join(t.TempDir(), "book.db")
	if _, errOut, code := runBinary(t, nil, "--db", db, "demo", "--customers", "300"); code != 0 {
		t.Fatal(errOut)
	}
	cut := filepath.Join(t.TempDir(), "cut.db")
	whole, _ := os.ReadFile(db)
	os.WriteFile(cut, whole[:len(whole)/2], 0o600)
	breakCustomerPage(t, db)
	// list only reads; log takes the day's backup first, which finds the
	// damage before the write.
	for _, book := range []string{cut, db} {
		for _, command := range [][]string{{"list"}, {"log", "1", "--kind", "call", "--summary", "asked"}} {
			before, _ := os.ReadFile(book)
			_, errOut, code := runBinary(t, nil, append([]string{"--db", book}, command...)...)
			if code == 0 || !strings.Contains(errOut, "damaged") || !strings.Contains(errOut, book) ||
				!strings.Contains(errOut, "tend restore") || strings.Count(errOut, "\n") != 1 {
				t.Errorf("%s of %s: %q exit %d, want one line saying it is damaged", command[0], book, errOut, code)
			}
			if after, _ := os.ReadFile(book); string(after) != string(before) {
				t.Errorf("%s changed %s", command[0], book)
			}
		}
	}
}

// breakCustomerPage overwrites the start of the customers' leaf page
// nearest the middle of the book, as a failing disk might.
func breakCustomerPage(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var page, size int64
	err = db.QueryRow(`SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat
		WHERE name = 'customers' AND pagetype = 'leaf'
		ORDER BY abs(pageno - (SELECT page_count FROM pragma_page_count) / 2) LIMIT 1`).Scan(&page, &size)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteAt([]byte(strings.Repeat("\xa5", 64)), (page-1)*size)
}

func TestBinaryDiskFullDuringAnImportChangesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "book.db")
	runBinary(t, nil, "--db", db, "add", "Ada")
	csv := filepath.Join(dir, "big.csv")
	var rows strings.Builder
	rows.WriteString("name,company,email\n")
	for i := range 30000 {
		fmt.Fprintf(&rows, "Customer %d with a long name %s,Company %d GmbH,c%d@example.com\n", i, strings.Repeat("x", 40), i, i)
	}
	os.WriteFile(csv, []byte(rows.String()), 0o600)
	// ulimit -f caps the size of any file tend writes (in blocks of 512 or
	// 1024 bytes, by shell) far below what the import needs.
	limited := exec.Command("sh", "-c", `ulimit -f 1000 && exec "$0" "$@"`, tendBinary(t), "--db", db, "import", "customers", csv)
	out, err := limited.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "disk is full") || !strings.Contains(string(out), db) {
		t.Fatalf("import with a full disk: %v, %q", err, out)
	}
	if out, errOut, code := runBinary(t, nil, "--db", db, "check"); code != 0 {
		t.Errorf("check after a full disk: %q %q exit %d", out, errOut, code)
	}
	if out, _, _ := runBinary(t, nil, "--db", db, "list"); strings.Count(out, "\n") != 2 {
		t.Errorf("after the failed import the book lists:\n%s", out)
	}
}

// mustSQL runs a statement on a book behind tend's back.
func mustSQL(t *testing.T, path, stmt string) {
	t.Helper()
	if _, err := rawBook(t, path).Exec(stmt); err != nil {
		t.Fatal(err)
	}
}
