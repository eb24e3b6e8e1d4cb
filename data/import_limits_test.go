package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
)

// refusedRows imports text and returns the bad rows it is refused for,
// failing the test when it is not refused or the book changed.
func refusedRows(t *testing.T, b *Book, what Entity, text string) *ImportError {
	t.Helper()
	before := bookSize(t, b)
	_, err := importText(t, b, what, text, ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) {
		t.Fatalf("err = %v, want the rows refused", err)
	}
	if after := bookSize(t, b); after != before {
		t.Fatalf("a refused import changed the book from %d to %d customers", before, after)
	}
	return bad
}

// wantRow fails unless the refusal lists a problem of line in column that
// says want.
func wantRow(t *testing.T, bad *ImportError, line int, column, want string) {
	t.Helper()
	for _, r := range bad.Rows {
		if r.Line == line && r.Column == column && strings.Contains(r.Error(), want) {
			return
		}
	}
	t.Fatalf("no row %d, column %q, saying %q in:\n%v", line, column, want, bad)
}

func TestImportRefusesValuesOverTheirLimits(t *testing.T) {
	b := openTestBook(t)
	many := strings.Repeat("t;", 201)
	file := "Name,Firma,E-Mail,Telefon,Betreuer,Tags\n" +
		strings.Repeat("n", 501) + ",,,,,\n" +
		"B," + strings.Repeat("c", 501) + ",,,,\n" +
		"C,,c@" + strings.Repeat("e", 499) + ",,,\n" +
		"D,,," + strings.Repeat("1", 501) + ",,\n" +
		"E,,,," + strings.Repeat("ö", 501) + ",\n" +
		"F,,,,,\"" + strings.Repeat("x", 101) + "\"\n" +
		"G,,,,,\"" + strings.ReplaceAll(many, "t", "a") + fmt.Sprint(many) + "\"\n"
	bad := refusedRows(t, b, Customers, file)
	wantRow(t, bad, 2, "Name", "the name has 501 characters; it may have 500 at most")
	wantRow(t, bad, 3, "Firma", "the company has 501 characters")
	wantRow(t, bad, 4, "E-Mail", "the e-mail address has 501 characters")
	wantRow(t, bad, 5, "Telefon", "the phone number has 501 characters")
	wantRow(t, bad, 6, "Betreuer", "the owner has 501 characters")
	wantRow(t, bad, 7, "Tags", "the tag has 101 characters; it may have 100 at most")
	if len(bad.Rows) != 6 {
		t.Errorf("%d bad rows, want 6 (line 8 has 2 distinct tags):\n%v", len(bad.Rows), bad)
	}
}

func TestImportTakesValuesAtTheirLimits(t *testing.T) {
	b := openTestBook(t)
	tags := make([]string, 200)
	for i := range tags {
		tags[i] = fmt.Sprintf("%03d%s", i, strings.Repeat("t", 97))
	}
	name := strings.Repeat("ä", 500)
	mustImportText(t, b, Customers, "name,company,tags\n"+name+","+strings.Repeat("c", 500)+",\""+strings.Join(tags, ";")+"\"\n", ImportOptions{})
	c := customerNamed(t, b, name)
	if len(c.Tags) != 200 || c.Company != strings.Repeat("c", 500) {
		t.Fatalf("stored %d tags, company of %d bytes", len(c.Tags), len(c.Company))
	}
}

func TestImportRefusesMoreThan200Tags(t *testing.T) {
	b := openTestBook(t)
	tags := make([]string, 201)
	for i := range tags {
		tags[i] = fmt.Sprint("tag", i)
	}
	bad := refusedRows(t, b, Customers, "name;tags\nA;\""+strings.Join(tags, ",")+"\"\n")
	wantRow(t, bad, 2, "tags", "the customer has 201 tags; it may have 200 at most")
}

func TestImportRefusesLongSummariesAndNotes(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Customers, "name\nAnna\n", ImportOptions{})
	long := strings.Repeat("s", 64<<10+1)
	bad := refusedRows(t, b, Contacts, "customer,date,summary\nAnna,2026-01-05,"+long+"\nAnna,2026-01-06,"+long[1:]+"\n")
	wantRow(t, bad, 2, "summary", "the summary has 65,537 bytes; it may have 65,536 at most")
	if len(bad.Rows) != 1 {
		t.Errorf("a summary of 64 KiB is refused too:\n%v", bad)
	}
	bad = refusedRows(t, b, Purchases, "customer,date,amount,note\nAnna,2026-01-05,10,"+long+"\n")
	wantRow(t, bad, 2, "note", "the note has 65,537 bytes")
}

func TestImportRefusesAControlCharacterInACell(t *testing.T) {
	b := openTestBook(t)
	bad := refusedRows(t, b, Customers, "name,company,notes\nAnn\x00a,Acme,\nBen,Ac\x1bme,\nCara,\"Acme\r\nGmbH\",\tx\n")
	wantRow(t, bad, 2, "name", "holds the control character U+0000 at character 4")
	wantRow(t, bad, 3, "company", "U+001B")
	if len(bad.Rows) != 2 {
		t.Errorf("a line break or tab in a cell is refused too:\n%v", bad)
	}
}

func TestImportRefusesASumBeyondWhatTheBookHolds(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Purchases, "customer,date,amount\nAnna,2026-01-05,10\nBen,2026-01-05,10\n", ImportOptions{CreateMissing: true})
	if _, err := b.writer.Exec(`UPDATE purchases SET amount_cents = ? WHERE customer_id = (SELECT id FROM customers WHERE name = 'Anna')`, int64(math.MaxInt64-500)); err != nil {
		t.Fatal(err)
	}
	bad := refusedRows(t, b, Purchases, "customer,date,amount\nBen,2026-01-06,1000000000000\nAnna,2026-01-06,4\nAnna,2026-01-07,1.50\n")
	wantRow(t, bad, 4, "amount", "brings what the customer spent beyond 92,233,720,368,547,758.07")
	if len(bad.Rows) != 1 {
		t.Errorf("want only line 4 refused:\n%v", bad)
	}
}

func TestImportRefusesARowOverAMebibyte(t *testing.T) {
	b := openTestBook(t)
	// Within the limit, in a column the import leaves out.
	fits := strings.Repeat("x", 1<<20-len("Anna,\n"))
	mustImportText(t, b, Customers, "name,remark\nAnna,"+fits+"\n", ImportOptions{})
	for name, file := range map[string]string{
		"long cell":      "name,remark\nBen,xx" + fits + "\nCara,\n",
		"unclosed quote": "name,remark\nBen,\"" + strings.Repeat("x\n", 1<<19) + "\nCara,\n",
	} {
		bad := refusedRows(t, b, Customers, file)
		wantRow(t, bad, 2, "", "the row is longer than 1 MiB, the most a row may have")
		if len(bad.Rows) != 1 {
			t.Errorf("%s: %v", name, bad)
		}
	}
}

// endless is a file that never ends: the same byte over and over. It counts
// what was read of it.
type endless struct {
	b    byte
	read int
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	e.read += len(p)
	return len(p), nil
}

func TestImportStopsReadingAFileItRefuses(t *testing.T) {
	b := openTestBook(t)
	for _, tc := range []struct {
		file *endless
		want string
	}{
		{&endless{b: 0}, "test.csv: this is not a text file; tend imports CSV"},
		{&endless{b: 'x'}, "test.csv:1: the row is longer than 1 MiB"},
	} {
		// Not seekable, as standard input: what is read is copied aside too.
		_, err := b.Import(context.Background(), Customers, struct{ io.Reader }{tc.file}, ImportOptions{File: "test.csv"})
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) && !strings.Contains(err.Error(), "\n"+tc.want) {
			t.Fatalf("err = %v, want %q", err, tc.want)
		}
		if tc.file.read > 1<<20+2*headBytes {
			t.Errorf("read %d bytes of a file refused after its first MiB", tc.file.read)
		}
	}
}

func TestImportRefusesABinaryFile(t *testing.T) {
	b := openTestBook(t)
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7919 >> 3)
	}
	for name, file := range map[string][]byte{"binary": binary, "zeros": make([]byte, 100), "gzip": {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2}} {
		_, err := b.Import(context.Background(), Customers, bytes.NewReader(file), ImportOptions{File: "x.csv"})
		if err == nil || err.Error() != "x.csv: this is not a text file; tend imports CSV" {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// rowsFile is a customers file of n rows, made as it is read.
type rowsFile struct {
	n, next int
	pending []byte
}

func (f *rowsFile) Read(p []byte) (int, error) {
	for len(f.pending) < len(p) && f.next <= f.n {
		if f.next == 0 {
			f.pending = append(f.pending, "name,email,tags\n"...)
		} else {
			f.pending = fmt.Appendf(f.pending, "Person %d,p%d@example.com,a;b\n", f.next, f.next)
		}
		f.next++
	}
	if len(f.pending) == 0 {
		return 0, io.EOF
	}
	n := copy(p, f.pending)
	f.pending = f.pending[n:]
	return n, nil
}

func TestImportReadsAFileFromAPipe(t *testing.T) {
	b := openTestBook(t)
	r, err := b.Import(context.Background(), Customers, struct{ io.Reader }{&rowsFile{n: 1500}}, ImportOptions{File: "pipe"})
	if err != nil || r.New != 1500 || bookSize(t, b) != 1500 {
		t.Fatalf("report %+v, err %v, %d stored", r, err, bookSize(t, b))
	}
}

func TestImportListsTheFirstHundredBadRows(t *testing.T) {
	b := openTestBook(t)
	bad := refusedRows(t, b, Customers, "name,value\n"+strings.Repeat("A,-1\n", 250))
	if len(bad.Rows) != 100 || bad.More != 150 || bad.Rows[99].Line != 101 {
		t.Fatalf("listed %d, %d more", len(bad.Rows), bad.More)
	}
	if msg := bad.Error(); !strings.HasPrefix(msg, "test.csv has 250 bad rows") || !strings.HasSuffix(msg, "\n… and 150 more") {
		t.Fatalf("message %q…%q", msg[:40], msg[len(msg)-40:])
	}
}
