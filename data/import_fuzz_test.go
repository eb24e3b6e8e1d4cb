package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// FuzzImportCustomers imports arbitrary bytes as a customers file into a
// fresh book. An import must never panic, and must either fail with an
// error in words and leave the book empty, or store exactly the customers
// its report counts.
func FuzzImportCustomers(f *testing.F) {
	for _, name := range []string{"customers_de_1252.csv", "customers_en.tsv", "customers_bom.csv", "customers_bad.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Name;Wert\nA;1\nB;2,5\n"))
	f.Add([]byte("name\n\"a\nb\"\n"))
	f.Add([]byte(" 00001 19970101  1   11.77\n"))
	// One book serves every input, emptied after each: opening a new one
	// per input is slow under the fuzzer's instrumentation of SQLite.
	b, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { b.Close() })
	f.Fuzz(func(t *testing.T, file []byte) {
		ctx := context.Background()
		r, err := b.Import(ctx, Customers, bytes.NewReader(file), ImportOptions{File: "fuzz.csv"})
		stored := bookSize(t, b)
		defer func() {
			if _, err := b.writer.ExecContext(ctx, `DELETE FROM customers`); err != nil {
				t.Fatal(err)
			}
		}()
		if err != nil {
			if stored != 0 {
				t.Fatalf("a failed import stored %d customers: %v", stored, err)
			}
			checkWords(t, err)
			return
		}
		if stored != r.New || r.New+r.Updated+r.Skipped != r.Rows {
			t.Fatalf("stored %d customers, report %+v", stored, r)
		}
	})
}

// checkWords fails on an error that is not for people: empty, a raw store
// error, or a bad row without its line.
func checkWords(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if strings.TrimSpace(msg) == "" || strings.Contains(msg, "SQLITE") || strings.Contains(msg, "sql: ") {
		t.Fatalf("error not in words: %q", msg)
	}
	var bad *ImportError
	if errors.As(err, &bad) {
		for _, row := range bad.Rows {
			if row.Line < 1 || row.Err == nil {
				t.Fatalf("bad row without a line or a reason: %+v", row)
			}
		}
	}
}

// FuzzMatchColumns matches arbitrary header lines. Every column must end
// up read as one field, reported as ignored or as derived, and no two
// fields may share a column.
func FuzzMatchColumns(f *testing.F) {
	f.Add("Name;Firma;E-Mail;Umsatz/Jahr;Value (EUR);Notiz", uint8(0))
	f.Add("Kunde;Datum;Betrag in EUR;Währung;Wa\u0308hrung", uint8(2))
	f.Add("customer_email;at;kind;summary;;id", uint8(1))
	f.Fuzz(func(t *testing.T, line string, which uint8) {
		what := Entities[int(which)%len(Entities)]
		header := strings.Split(line, ";")
		cols, err := matchColumns(what, header, nil)
		if err != nil {
			return
		}
		owner := make([]int, len(header))
		for f, i := range cols.index {
			if i < 0 {
				continue
			}
			if i >= len(header) || owner[i] != 0 {
				t.Fatalf("field %s read from column %d, which is out of range or taken", field(f), i)
			}
			owner[i]++
		}
		for i, h := range header {
			listed := countOf(cols.ignored, h) + countOf(cols.derived, h)
			if strings.TrimSpace(h) != "" && owner[i] == 0 && listed == 0 {
				t.Fatalf("column %q is neither read nor reported", h)
			}
		}
		for _, r := range columnKey(line) {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("key of %q holds %q", line, r)
			}
		}
	})
}

func countOf(names []string, name string) int {
	n := 0
	for _, x := range names {
		if x == name {
			n++
		}
	}
	return n
}
