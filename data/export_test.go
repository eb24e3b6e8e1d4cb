package data

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"tend/lifecycle"
)

// sourceBook is a small book with something in every exported field: an
// archived customer, a moved one, one without an e-mail, contacts with a
// follow-up and a moment of truth, purchases in two currencies and a
// refund.
func sourceBook(t *testing.T) *Book {
	t.Helper()
	b := openTestBook(t)
	fillSourceBook(t, b)
	return b
}

// fillSourceBook fills an empty book as sourceBook.
func fillSourceBook(t *testing.T, b *Book) {
	t.Helper()
	ctx := context.Background()
	ada := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Company: "Engines, Ltd", Email: "ada@example.org",
		Phone: "+44 20 1", Owner: "anna", Tags: []string{"vip", "math"}, Value: 1234567, Promoter: true,
		CreatedAt: time.Date(2024, 1, 15, 8, 0, 0, 0, time.UTC)})
	bob := addCustomer(t, b, lifecycle.Customer{Name: `Bob "the Builder"`, Email: "bob@example.org", DoNotContact: true, Phase: "lost"})
	chris := addCustomer(t, b, lifecycle.Customer{Name: "Chris Öztürk", Company: "Müller & Söhne"})
	if _, err := b.Move(ctx, ada, "retention", "signed"); err != nil {
		t.Fatal(err)
	}
	contacts := []lifecycle.Contact{
		{CustomerID: ada, At: time.Date(2024, 3, 1, 14, 30, 0, 0, time.UTC), Kind: lifecycle.Call, Direction: lifecycle.In,
			Sentiment: lifecycle.Negative, Summary: "Complaint; about \"delivery\"\nsecond line", Moment: true, FollowUp: dayUTC(2024, 3, 8)},
		{CustomerID: bob, At: dayUTC(2023, 5, 2), Kind: lifecycle.Email, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "Last offer"},
		{CustomerID: chris, At: dayUTC(2024, 2, 2), Kind: lifecycle.Meeting, Direction: lifecycle.Out, Sentiment: lifecycle.Positive, Summary: "Kick-off"},
	}
	for _, c := range contacts {
		if _, err := b.LogContact(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	purchases := []lifecycle.Purchase{
		{CustomerID: ada, At: dayUTC(2024, 2, 1), Amount: 123456, Currency: "EUR", Note: "INV-1"},
		{CustomerID: ada, At: dayUTC(2024, 2, 20), Amount: -5000, Currency: "EUR", Note: "refund"},
		{CustomerID: chris, At: dayUTC(2024, 2, 3), Amount: 999, Currency: "USD"},
	}
	for _, p := range purchases {
		if _, err := b.AddPurchase(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Archive(ctx, bob, false); err != nil {
		t.Fatal(err)
	}
}

// A server book exports byte for byte what a file book holding the same
// customers does, in every table and format, the audit trail too.
func TestAServerBookExportsWhatAFileBookDoes(t *testing.T) {
	onServerOnly(t)
	ctx := context.Background()
	server := sourceBook(t)
	file, err := Open(ctx, filepath.Join(t.TempDir(), "book.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	file.Now, file.Who = server.Now, server.Who
	fillSourceBook(t, file)
	for _, what := range []Entity{Customers, Contacts, Purchases, AuditTrail} {
		for _, f := range []Format{CSV, JSON} {
			var fromServer, fromFile bytes.Buffer
			n, err := server.Export(ctx, what, f, &fromServer)
			m, ferr := file.Export(ctx, what, f, &fromFile)
			if err != nil || ferr != nil || n != m || n == 0 {
				t.Fatalf("export %s as %s: %d rows (%v) from the server, %d (%v) from the file", what, f, n, err, m, ferr)
			}
			if !bytes.Equal(fromServer.Bytes(), fromFile.Bytes()) {
				t.Errorf("%s as %s from the server:\n%s\nfrom the file:\n%s", what, f, fromServer.Bytes(), fromFile.Bytes())
			}
		}
	}
}

func exportCSV(t *testing.T, b *Book, what Entity) []byte {
	t.Helper()
	var out bytes.Buffer
	if _, err := b.Export(context.Background(), what, CSV, &out); err != nil {
		t.Fatalf("export %s: %v", what, err)
	}
	return out.Bytes()
}

// csvRows reads an export, leaving out the columns named in skip.
func csvRows(t *testing.T, data []byte, skip ...string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var keep []int
	for i, name := range rows[0] {
		if !slices.Contains(skip, name) {
			keep = append(keep, i)
		}
	}
	out := make([][]string, len(rows))
	for r, row := range rows {
		for _, i := range keep {
			out[r] = append(out[r], row[i])
		}
	}
	return out
}

// An export imported into an empty book and exported again gives the same
// records. Only updated_at differs, since the import is a change of its
// own. Contacts and purchases get their ids from the importing book; they
// come out the same here because the source book's ids have no gaps.
func TestExportImportExportGivesTheSameData(t *testing.T) {
	src, dst := sourceBook(t), openTestBook(t)
	dst.Now = func() time.Time { return testNow.Add(48 * time.Hour) }
	exported := map[Entity][]byte{}
	for _, what := range Entities {
		exported[what] = exportCSV(t, src, what)
		r, err := dst.Import(context.Background(), what, bytes.NewReader(exported[what]), ImportOptions{File: string(what) + ".csv"})
		if err != nil {
			t.Fatalf("import %s: %v", what, err)
		}
		if r.New != 3 || len(r.Ignored) != 0 {
			t.Errorf("import %s: %+v", what, r)
		}
	}
	for _, what := range Entities {
		before, after := csvRows(t, exported[what], "updated_at"), csvRows(t, exportCSV(t, dst, what), "updated_at")
		if len(before) != 4 {
			t.Errorf("%s: exported %d lines, want a header and 3 records", what, len(before))
		}
		for i := range max(len(before), len(after)) {
			if i >= len(before) || i >= len(after) || !slices.Equal(before[i], after[i]) {
				t.Errorf("%s line %d:\n exported %q\n again    %q", what, i+1, at(before, i), at(after, i))
			}
		}
	}
}

func at(rows [][]string, i int) []string {
	if i < len(rows) {
		return rows[i]
	}
	return nil
}

func TestExportJSONNamesTheCustomerOfEachPurchase(t *testing.T) {
	b := sourceBook(t)
	var out bytes.Buffer
	n, err := b.Export(context.Background(), Purchases, JSON, &out)
	if err != nil || n != 3 {
		t.Fatalf("export = %d, %v", n, err)
	}
	var got []PurchaseRecord
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in:\n%s", err, out.String())
	}
	if len(got) != 3 || got[0].CustomerEmail != "ada@example.org" || got[0].CustomerName != "Ada Lovelace" ||
		got[0].Amount != 1234.56 || got[1].Amount != -50 || got[2].Currency != "USD" || got[2].CustomerName != "Chris Öztürk" {
		t.Errorf("purchases = %+v", got)
	}
	out.Reset()
	if _, err := b.Export(context.Background(), Customers, JSON, &out); err != nil {
		t.Fatal(err)
	}
	var customers []CustomerRecord
	if err := json.Unmarshal(out.Bytes(), &customers); err != nil || len(customers) != 3 || customers[1].ArchivedAt == nil {
		t.Errorf("customers = %+v, %v; want all three, Bob archived", customers, err)
	}
}

func TestExportOfAnEmptyBook(t *testing.T) {
	b := openTestBook(t)
	if got := string(exportCSV(t, b, Contacts)); got != "id,customer_id,customer_email,customer_name,at,kind,direction,summary,sentiment,moment,follow_up,follow_up_state,follow_up_moved_to,follow_up_closed_at,follow_up_closed_by,who\n" {
		t.Errorf("CSV = %q, want the header alone", got)
	}
	var out bytes.Buffer
	if n, err := b.Export(context.Background(), Customers, JSON, &out); err != nil || n != 0 || out.String() != "[]\n" {
		t.Errorf("JSON = %q, %d, %v", out.String(), n, err)
	}
}
