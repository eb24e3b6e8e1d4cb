package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"tend/lifecycle"
)

// filledBook returns the path of a closed book of demo customers, the
// test's own.
func filledBook(t *testing.T) string {
	t.Helper()
	path, _ := demoBookCopy(t, DemoOptions{Customers: 300, Seed: 1})
	return path
}

// sameFile fails the test when the file at path no longer holds before.
func sameFile(t *testing.T, path string, before []byte) {
	t.Helper()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("%s was changed", path)
	}
}

func TestOpenSaysACutShortBookIsDamaged(t *testing.T) {
	path := filledBook(t)
	info, _ := os.Stat(path)
	if err := os.Truncate(path, info.Size()/2); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	_, err := Open(context.Background(), path)
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "(11)") {
		t.Errorf("Open(cut-short book) = %v, want the damage in words, naming the file", err)
	}
	sameFile(t, path, before)
}

// breakCustomerPage overwrites the start of the customers' leaf page
// nearest the middle of the book, as a failing disk might.
func breakCustomerPage(t *testing.T, path string) {
	t.Helper()
	b := openBookAt(t, path)
	var page, size int64
	err := b.reader.QueryRow(`SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat
		WHERE name = 'customers' AND pagetype = 'leaf'
		ORDER BY abs(pageno - (SELECT page_count FROM pragma_page_count) / 2) LIMIT 1`).Scan(&page, &size)
	if err != nil {
		t.Fatal(err)
	}
	b.Close()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xa5}, 64), (page-1)*size); err != nil {
		t.Fatal(err)
	}
}

func TestABrokenPageIsReportedInWords(t *testing.T) {
	ctx := context.Background()
	path := filledBook(t)
	breakCustomerPage(t, path)
	before, _ := os.ReadFile(path)
	b := openBookAt(t, path)
	err := b.EachCustomer(ctx, Filter{}, func(lifecycle.Customer) error { return nil })
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "restore a backup") {
		t.Errorf("listing a book with a broken page = %v, want ErrDamaged", err)
	}
	problems, err := b.Check(ctx)
	if err != nil || len(problems) == 0 || !strings.Contains(problems[0].Error(), "the file is damaged") {
		t.Errorf("Check = %q, %v; want the damage reported", problems, err)
	}
	b.Close()
	sameFile(t, path, before)
}

func TestAReadOnlyBookReadsAndRefusesEveryChange(t *testing.T) {
	ctx := context.Background()
	path := filledBook(t)
	if os.Geteuid() != 0 {
		// Root may write any file, so chmod makes a read-only book only
		// for other users; OpenReadOnly stands in for it under root.
		os.Chmod(path, 0o400)
		b := openBookAt(t, path)
		if !b.ReadOnly() {
			t.Error("a book file mode 0400 opened for writing")
		}
		b.Close()
	}
	before, _ := os.ReadFile(path)
	b, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, err := b.CountCustomers(ctx, Filter{}); err != nil || n == 0 {
		t.Errorf("read-only book counts %d customers, %v", n, err)
	}
	if _, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Ada"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("add to a read-only book = %v, want ErrReadOnly", err)
	}
	if err := b.SetSetting(ctx, BackupsKeepKey, "3"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("a setting in a read-only book = %v, want ErrReadOnly", err)
	}
	b.Close()
	sameFile(t, path, before)
}

func TestADiskFullErrorIsPutInWords(t *testing.T) {
	err := describe(fakeSQLiteError{"disk I/O error (778)", 778})
	if !errors.Is(err, ErrDiskFull) {
		t.Errorf("a write cut short by the file size limit = %v, want ErrDiskFull", err)
	}
	if err := describe(fakeSQLiteError{"database or disk is full (13)", 13}); !errors.Is(err, ErrDiskFull) {
		t.Errorf("SQLITE_FULL = %v, want ErrDiskFull", err)
	}
}

type fakeSQLiteError struct {
	msg  string
	code int
}

func (e fakeSQLiteError) Error() string { return e.msg }
func (e fakeSQLiteError) Code() int     { return e.code }
