package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"tend/lifecycle"
)

// backupOf writes a backup of a book holding the named customers.
func backupOf(t *testing.T, dir string, names ...string) string {
	t.Helper()
	b := openBookAt(t, filepath.Join(dir, "source.db"))
	for _, n := range names {
		addCustomer(t, b, lifecycle.Customer{Name: n})
	}
	backup := filepath.Join(dir, "backup.db")
	if err := b.Backup(context.Background(), backup); err != nil {
		t.Fatal(err)
	}
	b.Close()
	return backup
}

func customerNames(t *testing.T, b *Book) string {
	t.Helper()
	var names []string
	err := b.EachCustomer(context.Background(), Filter{}, func(c lifecycle.Customer) error {
		names = append(names, c.Name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	return strings.Join(names, ",")
}

func TestARestoreWhileTheBookIsOpenGoesIntoTheBookItHasOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	backup := backupOf(t, dir, "Ada")
	board := openBookAt(t, path)
	addCustomer(t, board, lifecycle.Customer{Name: "Bob"})
	done, err := Restore(ctx, path, backup, testNow)
	if err != nil {
		t.Fatal(err)
	}
	// The board writes on after the restore: into the restored book, never
	// into the copy kept aside.
	addCustomer(t, board, lifecycle.Customer{Name: "Cleo"})
	if got := customerNames(t, board); got != "Ada,Cleo" {
		t.Errorf("the open book holds %s, want the backup's Ada and the later Cleo", got)
	}
	if got := customerNames(t, openBookAt(t, done.Aside)); got != "Bob" {
		t.Errorf("the copy kept aside holds %s, want Bob alone, as before the restore", got)
	}
	if got := customerNames(t, openBookAt(t, path)); got != "Ada,Cleo" {
		t.Errorf("a new open finds %s, want Ada,Cleo", got)
	}
}

func TestARestoreSaysWhichTendsHadTheBookOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	backup := backupOf(t, dir, "Ada")
	b := openBookAt(t, path)
	// Announce writes this process's id; a restore leaves out its own
	// process, so the announcement is made under another live one.
	done := b.Announce("the board")
	defer done()
	parent := filepath.Join(presenceFolder(path), fmt.Sprint(os.Getppid()))
	os.WriteFile(parent, []byte("the board\n"), 0o600)
	os.WriteFile(filepath.Join(presenceFolder(path), "999999999"), []byte("a board long gone\n"), 0o600)
	report, err := Restore(ctx, path, backup, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(report.Others) != 1 || report.Others[0].PID != os.Getppid() || report.Others[0].What != "the board" {
		t.Errorf("others = %v, want the board of process %d alone", report.Others, os.Getppid())
	}
	if fileExists(filepath.Join(presenceFolder(path), "999999999")) {
		t.Error("the announcement of a process that is gone was kept")
	}
}

func TestWatcherSeesARestoreByAnotherTend(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	backup := backupOf(t, dir, "Ada")
	w, err := openBookAt(t, path).Watch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := Restore(ctx, path, backup, testNow); err != nil {
		t.Fatal(err)
	}
	if changed, _ := w.Changed(ctx); !changed {
		t.Error("the watcher did not see the restore")
	}
	if from, _ := w.Restored(ctx); from != backup {
		t.Errorf("restored from %q, want %q", from, backup)
	}
	if from, _ := w.Restored(ctx); from != "" {
		t.Errorf("the same restore was told twice (%q)", from)
	}
}

// stalePair leaves the book's log as a killed tend leaves it: the book file
// and a log with writes not yet copied into it.
func stalePair(t *testing.T, path string, names ...string) {
	t.Helper()
	b := openBookAt(t, path)
	for _, n := range names {
		addCustomer(t, b, lifecycle.Customer{Name: n})
	}
	main, _ := os.ReadFile(path)
	wal, err := os.ReadFile(path + "-wal")
	if err != nil || len(wal) == 0 {
		t.Fatalf("no log to keep: %v", err)
	}
	b.Close()
	os.WriteFile(path, main, 0o600)
	os.WriteFile(path+"-wal", wal, 0o600)
}

func TestAStaleLogOfAnotherBookIsRefusedTouchingNeither(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	backup := backupOf(t, dir, "Ada")
	stalePair(t, path, "Bob", "Cleo")
	copyFile(t, backup, path) // the backup copied over the book by hand
	book, _ := os.ReadFile(path)
	wal, _ := os.ReadFile(path + "-wal")
	_, err := Open(ctx, path)
	var foreign *ForeignLogError
	if !errors.As(err, &foreign) || !strings.Contains(err.Error(), "log of another book") {
		t.Fatalf("open = %v, want the foreign log refused", err)
	}
	sameFile(t, path, book)
	sameFile(t, path+"-wal", wal)
	if _, err := OpenExisting(ctx, path); !errors.As(err, &foreign) {
		t.Errorf("a reading open = %v, want the same refusal", err)
	}
}

func TestABooksOwnLogIsReadBackAfterAKill(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tend.db")
	stalePair(t, path, "Bob", "Cleo")
	if got := customerNames(t, openBookAt(t, path)); got != "Bob,Cleo" {
		t.Errorf("after the kill the book holds %q, want Bob,Cleo from its log", got)
	}
}

// TestACopyPutOverAClosedBookKeepsItsOwnLog: with no log beside the book,
// its identity is read by the book's own reader; the record beside it
// must still name the copy, so that the copy's own log is read back
// after a kill rather than refused as another book's.
func TestACopyPutOverAClosedBookKeepsItsOwnLog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	backup := backupOf(t, dir, "Ada")
	b := openBookAt(t, path)
	addCustomer(t, b, lifecycle.Customer{Name: "Bob"})
	b.Close()
	if hasLog(path) || loggedIdentity(path) == "" {
		t.Fatalf("a closed book left a log (%v) or no record (%q)", hasLog(path), loggedIdentity(path))
	}
	copyFile(t, backup, path) // the backup put over the closed book by hand
	stalePair(t, path, "Cleo")
	if got := customerNames(t, openBookAt(t, path)); got != "Ada,Cleo" {
		t.Errorf("after the kill the copy holds %q, want Ada,Cleo from its log", got)
	}
}

func TestEveryCopyGetsAnIdentityOfItsOwn(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	b := openBookAt(t, filepath.Join(dir, "tend.db"))
	copyPath := filepath.Join(dir, "copy.db")
	if err := b.Backup(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	own, copied := fileIdentity(ctx, b.Path()), fileIdentity(ctx, copyPath)
	if own == "" || copied == "" || own == copied {
		t.Errorf("book %q, copy %q: want two identities", own, copied)
	}
	if logged := loggedIdentity(b.Path()); logged != own {
		t.Errorf("the log is recorded for %q, want the book's %q", logged, own)
	}
}

func TestAReadingOpenNeverMakesABook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "typo.db")
	_, err := OpenExisting(context.Background(), path)
	var none *NoBookError
	if !errors.As(err, &none) || none.Path != path {
		t.Errorf("open = %v, want no book at %s", err, path)
	}
	if fileExists(path) {
		t.Error("a reading open made a file")
	}
}

func TestOpenRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.db")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if _, err := Open(context.Background(), fifo); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("open = %v, want a refusal", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the refused open left files beside the pipe: %v", entries)
	}
}

func TestARestoreThroughALinkRestoresTheFileItNames(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "tend.db")
	os.Mkdir(filepath.Dir(real), 0o700)
	addCustomer(t, openBookAt(t, real), lifecycle.Customer{Name: "Bob"})
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	done, err := Restore(ctx, link, backupOf(t, dir, "Ada"), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if filepath.Dir(done.Aside) != filepath.Dir(real) {
		t.Errorf("the book was kept aside at %s, want beside %s", done.Aside, real)
	}
	if got := customerNames(t, openBookAt(t, real)); got != "Ada" {
		t.Errorf("the file the link names holds %q, want Ada", got)
	}
}

func TestAnOpenClearsWhatAKilledRestoreLeft(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "we[ir]d *") // no pattern may match these
	os.Mkdir(dir, 0o700)
	path := filepath.Join(dir, "b[1].db")
	addCustomer(t, openBookAt(t, path), lifecycle.Customer{Name: "Bob"})
	left := path + ".restoring-999999999"
	copyFile(t, backupOf(t, dir, "Ada"), left)
	partial := filepath.Join(dir, "b[1].before-restore-20260310T093000Z.db.partial-999999999")
	copyFile(t, left, partial)
	copyFile(t, left, partial+"-journal")
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if !strings.Contains(b.Recovered, "before it was stored") || fileExists(left) {
		t.Errorf("recovered %q, copy left: %v", b.Recovered, fileExists(left))
	}
	if fileExists(partial) || fileExists(partial+"-journal") {
		t.Error("a copy cut short was left beside the book")
	}
	if got := customerNames(t, b); got != "Bob" {
		t.Errorf("the book holds %q, want Bob as before", got)
	}
}

func TestAnOlderBackupIsUpgradedAsItIsRestored(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old := filepath.Join(dir, "old.db")
	makeV1Book(t, old)
	path := filepath.Join(dir, "tend.db")
	board := openBookAt(t, path)
	addCustomer(t, board, lifecycle.Customer{Name: "Bob"})
	if _, err := Restore(ctx, path, old, testNow); err != nil {
		t.Fatal(err)
	}
	if got := customerNames(t, board); got != "Ada" {
		t.Errorf("the open book holds %q after the restore, want Ada", got)
	}
	var version int
	board.writer.QueryRow(`PRAGMA user_version`).Scan(&version)
	if version != SchemaVersion() {
		t.Errorf("the restored book is at version %d, want %d", version, SchemaVersion())
	}
	if copies, _ := filepath.Glob(filepath.Join(dir, "*before-v*")); len(copies) != 0 {
		t.Errorf("restoring made upgrade copies: %q", copies)
	}
}

func TestARestoreRefusesTheBookItselfAndABackupWithWritesInItsLog(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	b := openBookAt(t, path)
	addCustomer(t, b, lifecycle.Customer{Name: "Bob"})
	if _, err := Restore(ctx, path, path, testNow); err == nil || !strings.Contains(err.Error(), "is the book itself") {
		t.Errorf("restore of the book from itself = %v", err)
	}
	other := filepath.Join(dir, "other.db")
	stalePair(t, other, "Ada") // Ada is in its log alone
	if _, err := Restore(ctx, path, other, testNow); err == nil || !strings.Contains(err.Error(), "writes in its log") {
		t.Errorf("restore from a book with a log = %v", err)
	}
	if got := customerNames(t, b); got != "Bob" {
		t.Errorf("the book holds %q after refused restores, want Bob", got)
	}
}

// TestARestoreLosesNoWriteOfAnotherWriter restores three times while
// another connection adds customers without pause: every add that
// reported success is in a copy kept aside (made before a restore) or in
// the book after the last, none in neither.
func TestARestoreLosesNoWriteOfAnotherWriter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	backup := backupOf(t, dir, "Ada")
	writer := openBookAt(t, path)
	var stored []string
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			time.Sleep(time.Millisecond) // as commands come, not back to back
			name := fmt.Sprintf("W%d", i)
			if _, err := writer.AddCustomer(ctx, lifecycle.Customer{Name: name}); err == nil {
				stored = append(stored, name)
			}
		}
	}()
	held := ""
	for range 3 {
		report, err := Restore(ctx, path, backup, testNow)
		if err != nil {
			t.Fatal(err)
		}
		held += customerNames(t, openBookAt(t, report.Aside)) + ","
	}
	close(stop)
	<-done
	held += customerNames(t, openBookAt(t, path))
	for _, name := range stored {
		if !slices.Contains(strings.Split(held, ","), name) {
			t.Errorf("%s was stored but is neither in the book nor in the copy kept aside", name)
		}
	}
	t.Logf("%d adds stored around 3 restores", len(stored))
}

func TestAStaleLogIsRefusedBesideACopyFromAnOlderTend(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	old := filepath.Join(dir, "old.db")
	makeV1Book(t, old) // an older tend's book has no identity
	stalePair(t, path, "Bob", "Cleo")
	copyFile(t, old, path)
	var foreign *ForeignLogError
	if _, err := Open(context.Background(), path); !errors.As(err, &foreign) {
		t.Errorf("open = %v, want the log of another book refused", err)
	}
}

func TestAMissingBookWithItsLogLeftIsNotMadeAnew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tend.db")
	stalePair(t, path, "Bob")
	os.Rename(path, filepath.Join(dir, "moved.db"))
	wal, _ := os.ReadFile(path + "-wal")
	if _, err := Open(context.Background(), path); err == nil || !strings.Contains(err.Error(), "its log") {
		t.Errorf("open = %v, want a refusal naming the log", err)
	}
	if fileExists(path) {
		t.Error("a new book was made beside the log")
	}
	sameFile(t, path+"-wal", wal)
}
