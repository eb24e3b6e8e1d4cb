package data

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
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
	for _, name := range []string{"customers_de_1252.csv", "customers_en.tsv", "customers_bom.csv", "customers_bad.csv",
		"apple.vcf", "outlook21.vcf"} {
		data, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("Name;Wert\nA;1\nB;2,5\n"))
	f.Add([]byte("name\n\"a\nb\"\n"))
	f.Add([]byte(" 00001 19970101  1   11.77\n"))
	f.Add([]byte("name,company\nAnn\x00a,Acme\n" + strings.Repeat("x", 600) + ",\n"))
	f.Add([]byte("\xff\xfen\x00a\x00m\x00e\x00\n\x00A\x00\n\x00"))
	f.Add(make([]byte, 512))
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
	f.Add("E-Mail;Email 2;E-Mail;Telefon;Mobil;Phone 3;other_emails;Weitere Telefonnummern", uint8(0))
	f.Fuzz(func(t *testing.T, line string, which uint8) {
		what := Entities[int(which)%len(Entities)]
		header := strings.Split(line, ";")
		cols, err := matchColumns(what, header, nil, nil)
		if err != nil {
			return
		}
		owner := columnOwners(t, cols, len(header))
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

// columnOwners counts the fields read from each of n columns, failing
// when one is out of range or read as two fields.
func columnOwners(t *testing.T, cols *columns, n int) []int {
	t.Helper()
	owner := make([]int, n)
	for f := range cols.index {
		for _, i := range append([]int{cols.index[f]}, cols.also[f]...) {
			if i < 0 {
				continue
			}
			if i >= n || owner[i] != 0 {
				t.Fatalf("field %s read from column %d, which is out of range or taken", field(f), i)
			}
			owner[i]++
		}
	}
	return owner
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

// FuzzRowScannerBoundsCSVRecords reads arbitrary text both as the judging
// of a file splits it into rows and as encoding/csv reads it. No record csv
// reads may be longer than the longest row the judging measured: that is
// what keeps a row over the limit from ever being read.
func FuzzRowScannerBoundsCSVRecords(f *testing.F) {
	f.Add("name,company\n\"Anna\nBerlin\",\"Acme \"\"GmbH\"\"\"\n", uint8(0))
	f.Add("a;b\n\"x\"y;z\nbare\"quote;\"open\n\n\r\nlast", uint8(1))
	f.Add("a\tb\n \"lead\tx\n\"q\"\"\t\"\r\n", uint8(2))
	f.Fuzz(func(t *testing.T, text string, which uint8) {
		sep := separators[int(which)%len(separators)].r
		s := newRowScanner(byte(sep))
		longest, size, rows := 0, 0, 0
		for i := range len(text) {
			size++
			longest = max(longest, size)
			if s.step(text[i]) {
				size = 0
				rows++
			}
		}
		// Read in two blocks, skipping runs, the scanner ends the same rows.
		fast, cut := newRowScanner(byte(sep)), int(which)*7%(len(text)+1)
		ended := 0
		for _, block := range []string{text[:cut], text[cut:]} {
			fast.scan([]byte(block))
			ended += fast.ended
		}
		if ended != rows || fast.size != size || fast.line != strings.Count(text, "\n")+1 {
			t.Fatalf("ended %d rows (%d bytes on), byte by byte %d (%d bytes on)", ended, fast.size, rows, size)
		}
		r := csv.NewReader(strings.NewReader(text))
		r.Comma, r.FieldsPerRecord = sep, -1
		for start := int64(0); ; {
			_, err := r.Read()
			if errors.Is(err, io.EOF) {
				return
			}
			// csv skips blank lines before a record; each is a row of its own.
			for rest := text[start:]; strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n"); rest = text[start:] {
				start += int64(strings.Index(rest, "\n") + 1)
			}
			if n := r.InputOffset() - start; n > int64(longest) {
				t.Fatalf("csv read a record of %d bytes from %d (err %v); the longest row measured is %d", n, start, err, longest)
			}
			start = r.InputOffset()
		}
	})
}
