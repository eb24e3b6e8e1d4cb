package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"

	"tend/lifecycle"
)

// importFixture imports a file of testdata/import into the book.
func importFixture(t *testing.T, b *Book, what Entity, name string, opt ImportOptions) (ImportReport, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	opt.File = name
	return b.Import(context.Background(), what, f, opt)
}

// importText imports text as the file test.csv.
func importText(t *testing.T, b *Book, what Entity, text string, opt ImportOptions) (ImportReport, error) {
	t.Helper()
	opt.File = "test.csv"
	return b.Import(context.Background(), what, strings.NewReader(text), opt)
}

func mustImportFixture(t *testing.T, b *Book, what Entity, name string, opt ImportOptions) ImportReport {
	t.Helper()
	r, err := importFixture(t, b, what, name, opt)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return r
}

func mustImportText(t *testing.T, b *Book, what Entity, text string, opt ImportOptions) ImportReport {
	t.Helper()
	r, err := importText(t, b, what, text, opt)
	if err != nil {
		t.Fatalf("import %q: %v", text, err)
	}
	return r
}

// customerNamed finds a customer by e-mail or name, failing the test when
// there is none.
func customerNamed(t *testing.T, b *Book, ref string) lifecycle.Customer {
	t.Helper()
	c, err := b.Resolve(context.Background(), ref)
	if err != nil {
		t.Fatalf("find %q: %v", ref, err)
	}
	return c
}

// bookSize counts the customers of a book, archived ones too.
func bookSize(t *testing.T, b *Book) int {
	t.Helper()
	active, err1 := b.CountCustomers(context.Background(), Filter{})
	archived, err2 := b.CountCustomers(context.Background(), Filter{Archived: true})
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	return active + archived
}

func dayUTC(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestImportWindows1252SemicolonGerman(t *testing.T) {
	b := openTestBook(t)
	r := mustImportFixture(t, b, Customers, "customers_de_1252.csv", ImportOptions{})
	if r.Encoding != "Windows-1252" || r.Separator != "semicolon" || r.Rows != 3 || r.New != 3 {
		t.Errorf("report = %+v", r)
	}
	if !slices.Equal(r.Ignored, []string{"Bemerkung"}) {
		t.Errorf("ignored = %q, want the column without a field", r.Ignored)
	}
	checkMueller(t, customerNamed(t, b, "j.mueller@example.de"))
	checkWeissAndGross(t, customerNamed(t, b, "renee@example.de"), customerNamed(t, b, "hans@example.de"))
}

// checkMueller checks every field the German fixture gives Jürgen Müller.
func checkMueller(t *testing.T, m lifecycle.Customer) {
	t.Helper()
	if m.Name != "Jürgen Müller" || m.Company != "Müller & Söhne GmbH" || m.Phone != "+49 30 123456" || m.Owner != "Anna" ||
		m.Phase != "retention" || m.Value != 123456 || !m.CreatedAt.Equal(dayUTC(2024, 3, 1)) ||
		!slices.Equal(m.Tags, []string{"B2B", "Großkunde"}) {
		t.Errorf("Müller = %+v", m)
	}
}

// checkWeissAndGross checks the German fixture's other two customers.
func checkWeissAndGross(t *testing.T, w, h lifecycle.Customer) {
	t.Helper()
	if w.Name != "Renée Weiß" || w.Value != 1250 || w.Phase != "awareness" || !w.CreatedAt.Equal(dayUTC(2023, 11, 15)) {
		t.Errorf("Weiß = %+v", w)
	}
	if h.Name != `Hans "Hansi" Groß` || h.Value != 200000 || !h.CreatedAt.Equal(dayUTC(2024, 3, 1)) || !slices.Equal(h.Tags, []string{"b2b", "vip"}) {
		t.Errorf("Groß = %+v", h)
	}
}

func TestImportTabSeparatedEnglish(t *testing.T) {
	b := openTestBook(t)
	r := mustImportFixture(t, b, Customers, "customers_en.tsv", ImportOptions{})
	if r.Encoding != "UTF-8" || r.Separator != "tab" || r.New != 2 || !slices.Equal(r.Ignored, []string{"Last login"}) {
		t.Errorf("report = %+v", r)
	}
	checkEnglishCustomers(t, customerNamed(t, b, "ada@example.org"), customerNamed(t, b, "grace@example.org"))
}

// checkEnglishCustomers checks the fields the English fixture gives Ada
// and Grace.
func checkEnglishCustomers(t *testing.T, ada, grace lifecycle.Customer) {
	t.Helper()
	if ada.Company != "Analytical Engines Ltd" || ada.Phase != "conversion" || ada.Value != 123456 || !ada.Promoter || ada.DoNotContact ||
		!slices.Equal(ada.Tags, []string{"math", "vip"}) || !ada.CreatedAt.Equal(dayUTC(2024, 3, 1)) {
		t.Errorf("Ada = %+v", ada)
	}
	if grace.Phase != "loyalty" || grace.Value != 500000 || !grace.DoNotContact || grace.Promoter ||
		!grace.CreatedAt.Equal(time.Date(2024, 3, 1, 9, 15, 0, 0, time.UTC)) {
		t.Errorf("Grace = %+v", grace)
	}
}

func TestImportCommaSeparatedWithByteOrderMark(t *testing.T) {
	b := openTestBook(t)
	r := mustImportFixture(t, b, Customers, "customers_bom.csv", ImportOptions{})
	if r.Encoding != "UTF-8" || r.Separator != "comma" || r.New != 1 || len(r.Ignored) != 0 {
		t.Errorf("report = %+v", r)
	}
	if z := customerNamed(t, b, "zoe@example.de"); z.Name != "Zoë Fischer" || z.Value != 150000 {
		t.Errorf("Zoë = %+v", z)
	}
}

func TestImportUTF16FromExcelUnicodeText(t *testing.T) {
	text, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("Name\tE-Mail\r\nÅsa Öberg\tasa@example.se\r\n")
	if err != nil {
		t.Fatal(err)
	}
	b := openTestBook(t)
	r := mustImportText(t, b, Customers, text, ImportOptions{})
	if r.Encoding != "UTF-16" || r.Separator != "tab" || r.New != 1 {
		t.Errorf("report = %+v", r)
	}
	if c := customerNamed(t, b, "asa@example.se"); c.Name != "Åsa Öberg" {
		t.Errorf("name = %q", c.Name)
	}
}

func TestImportMapsColumnsTheUserNames(t *testing.T) {
	b := openTestBook(t)
	text := "Wer;Kontaktadresse;Seit;Farbe\nAda;ada@example.org;01.03.2024;blau\n"
	r := mustImportText(t, b, Customers, text, ImportOptions{Map: []string{"Wer=name", "kontaktadresse=E-Mail", "Seit = created_at"}})
	if r.New != 1 || !slices.Equal(r.Ignored, []string{"Farbe"}) {
		t.Errorf("report = %+v", r)
	}
	if c := customerNamed(t, b, "ada@example.org"); c.Name != "Ada" || !c.CreatedAt.Equal(dayUTC(2024, 3, 1)) {
		t.Errorf("customer = %+v", c)
	}
	for m, want := range map[string]string{
		"Nirgends=name": `the file has no column "Nirgends"`,
		"Wer=shoe_size": `customers have no field "shoe_size"`,
		"Wer":           `write it as 'Column=field'`,
	} {
		if _, err := importText(t, b, Customers, text, ImportOptions{Map: []string{m}}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--map %q: %v, want an error containing %q", m, err, want)
		}
	}
}

func TestImportWithoutAColumnItNeedsSaysWhichToMap(t *testing.T) {
	b := openTestBook(t)
	_, err := importText(t, b, Purchases, "Kunde;Betrag\nAda;12\n", ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `test.csv: no column holds the at`) || !hasCode(err, CodeColumnMissing) {
		t.Errorf("err = %v", err)
	}
}

func TestImportReportsEveryBadRowAndChangesNothing(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Vorher", Email: "vorher@example.de"})
	_, err := importFixture(t, b, Customers, "customers_bad.csv", ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) {
		t.Fatalf("err = %v, want an *ImportError", err)
	}
	want := []string{
		`customers_bad.csv:3: column "Name": a new customer needs a name`,
		`customers_bad.csv:4: column "Phase": unknown phase "Nirgendwo"`,
		`customers_bad.csv:4: column "Wert": amount "12,345,6"`,
		`customers_bad.csv:4: column "Kunde seit": "31.02.2024" is not a date`,
		`customers_bad.csv:5: column "E-Mail": email "kein-at-zeichen" is not an address`,
		`customers_bad.csv:6: column "E-Mail": line 2 has the same e-mail`,
		`customers_bad.csv:7: has 6 cells but the header names 5 columns`,
		`customers_bad.csv:8: a quoted cell has no closing quote`,
	}
	if len(bad.Rows) != len(want) {
		t.Fatalf("%d bad rows, want %d:\n%v", len(bad.Rows), len(want), err)
	}
	for i, w := range want {
		if got := bad.Rows[i].Error(); !strings.HasPrefix(got, w) {
			t.Errorf("bad row %d = %q, want it to start %q", i, got, w)
		}
	}
	if !strings.HasPrefix(err.Error(), "customers_bad.csv has 8 bad rows, so nothing was imported:\n") {
		t.Errorf("message starts %q", strings.SplitN(err.Error(), "\n", 2)[0])
	}
	if n := bookSize(t, b); n != 1 {
		t.Errorf("the book holds %d customers after a refused import, want the 1 from before", n)
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	b := openTestBook(t)
	r := mustImportFixture(t, b, Customers, "customers_de_1252.csv", ImportOptions{DryRun: true})
	if !r.DryRun || r.New != 3 {
		t.Errorf("report = %+v", r)
	}
	if n := bookSize(t, b); n != 0 {
		t.Errorf("a dry run stored %d customers", n)
	}
	r = mustImportFixture(t, b, Purchases, "purchases_shop.csv", ImportOptions{DryRun: true, CreateMissing: true})
	if r.New != 3 || r.CreatedCustomers != 2 {
		t.Errorf("purchases dry run = %+v, want 3 new and 2 customers created", r)
	}
	if n := bookSize(t, b); n != 0 {
		t.Errorf("a dry run stored %d customers", n)
	}
}

func TestImportRefusesSpreadsheetsAndEmptyFiles(t *testing.T) {
	b := openTestBook(t)
	for text, want := range map[string]string{
		"PK\x03\x04rest of a zip": "Excel workbook",
		"[\n  {\"id\":1}\n]\n":    "this is JSON",
		"":                        "empty",
		"\n\n":                    "empty",
	} {
		if _, err := importText(t, b, Customers, text, ImportOptions{}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("import %q = %v, want an error containing %q", text, err, want)
		}
	}
}

func TestImportHonoursExcelsSeparatorLine(t *testing.T) {
	b := openTestBook(t)
	r := mustImportText(t, b, Customers, "sep=;\nName;Firma, Ort\nAda;Engines, London\n", ImportOptions{})
	if r.Separator != "semicolon" || r.New != 1 {
		t.Errorf("report = %+v", r)
	}
	if c := customerNamed(t, b, "Ada"); c.Company != "Engines, London" {
		t.Errorf("company = %q", c.Company)
	}
	_, err := importText(t, b, Customers, "sep=;\nName;Wert\nBob;zwölf\n", ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `test.csv:3: column "Wert"`) {
		t.Errorf("err = %v, want line 3 blamed", err)
	}
}

func TestImportFindsTheHeaderBelowEmptyLines(t *testing.T) {
	b := openTestBook(t)
	_, err := importText(t, b, Customers, "\r\n\r\nName;Wert\r\nAda;viel\r\n", ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `test.csv:4: column "Wert"`) {
		t.Errorf("err = %v, want line 4 blamed in a semicolon file", err)
	}
}

func TestImportPutsTheUsualCacheBack(t *testing.T) {
	b := openTestBook(t)
	cacheSize := func() (n int) {
		if err := b.writer.QueryRow(`PRAGMA cache_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	usual := cacheSize()
	mustImportFixture(t, b, Customers, "customers_bom.csv", ImportOptions{})
	if _, err := importFixture(t, b, Customers, "customers_bad.csv", ImportOptions{}); err == nil {
		t.Fatal("the bad file was imported")
	}
	if got := cacheSize(); got != usual || usual == -importCacheKiB {
		t.Errorf("cache size %d after imports, %d before", got, usual)
	}
	if on, err := b.foreignKeysOn(context.Background()); !on || err != nil {
		t.Errorf("foreign keys on after imports: %v, %v", on, err)
	}
}

// A connection that an import could not give its checks of foreign keys
// back is dropped, and the next write gets a new one that has them.
func TestDroppedWriterConnectionComesBackWithForeignKeys(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	if _, err := b.writer.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		t.Fatal(err)
	}
	b.dropWriterConnection(ctx)
	if on, err := b.foreignKeysOn(ctx); !on || err != nil {
		t.Errorf("foreign keys on: %v, %v", on, err)
	}
	mustImportText(t, b, Customers, "Name\nAda\n", ImportOptions{})
}

// A row the quoting makes unreadable is reported with the rows after it,
// which are still read.
func TestImportReadsOnPastAnUnreadableRow(t *testing.T) {
	b := openTestBook(t)
	_, err := importText(t, b, Customers, "Name,Email\nAda,ada@example.de\nBe\"a,bea@example.de\nCleo,kein-at\n", ImportOptions{})
	var bad *ImportError
	if !errors.As(err, &bad) || len(bad.Rows) != 2 {
		t.Fatalf("err = %v, want two bad rows", err)
	}
	if got := bad.Rows[0].Error(); !strings.HasPrefix(got, "test.csv:3: a cell that is not quoted has a quote in it") {
		t.Errorf("first bad row = %q", got)
	}
	if got := bad.Rows[1].Error(); !strings.HasPrefix(got, `test.csv:4: column "Email": email "kein-at" is not an address`) {
		t.Errorf("second bad row = %q", got)
	}
}
