package words_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// The errors the store and the domain return read from the catalog as
// their own sentences do, word for word, every value in place; in the
// pseudo-language each is marked whole.
func TestTheStoresErrorsReadAsTheyAlwaysDid(t *testing.T) {
	errs := storeErrors(t)
	errs = append(errs, domainErrors(t)...)
	for i, err := range errs {
		if err == nil {
			t.Fatalf("error %d did not happen", i)
		}
		if got := words.Error(err, nil); got != err.Error() {
			t.Errorf("%T\n got %q\nwant %q", err, got, err.Error())
		}
	}
	restore := words.Pseudo()
	defer restore()
	for _, err := range errs {
		got := words.Error(err, nil)
		if !strings.HasPrefix(got, words.Open) || !strings.HasSuffix(got, words.Close) {
			t.Errorf("in the pseudo-language %q is not marked whole", got)
		}
	}
}

// storeErrors provokes the store's errors on a real book.
func storeErrors(t *testing.T) []error {
	ctx := context.Background()
	dir := t.TempDir()
	b, err := data.Open(ctx, filepath.Join(dir, "book.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	ada, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Ada Lovelace", Email: "ada@example.org", Phase: "awareness"})
	if err == nil {
		_, err = b.AddCustomer(ctx, lifecycle.Customer{Name: "Ada Byron", Company: "Analytical", Phase: "awareness"})
	}
	if err == nil {
		_, err = b.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) { return lc.SetHidden("lost", true) })
	}
	if err != nil {
		t.Fatal(err)
	}
	file := func(name, text string) string {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(text), 0o600)
		return path
	}
	twins := "Name,E-Mail\nBea,bea@example.org\nBea B.,bea@example.org\nCy,ada@example.org\n"
	notBook := file("notes.txt", "not a book")
	errs := []error{
		failing(data.OpenExisting(ctx, filepath.Join(dir, "none.db"))),
		failing(data.Open(ctx, notBook)),
		failing(data.Open(ctx, dir)),
		failing(b.Resolve(ctx, "Ada")),
		failing(b.Resolve(ctx, "Nobody")),
		failing(b.AddCustomer(ctx, lifecycle.Customer{Name: "Eve", Email: "eve"})),
		failing(b.AddCustomer(ctx, lifecycle.Customer{Name: strings.Repeat("x", lifecycle.MaxTextChars+1)})),
		failing(b.AddCustomer(ctx, lifecycle.Customer{Name: "Dup", Email: "ADA@example.org"})),
		failing(b.Move(ctx, ada, "lost", "")),
		failing(b.ArchiveCustomers(ctx, []int64{ada, 9999}, false)),
		failing(b.Move(ctx, ada, "nirvana", "")),
		b.Backup(ctx, notBook),
		failing(data.ParseBackupsKeep("lots")),
	}
	imports := []struct {
		what data.Entity
		text string
		maps []string
	}{
		{data.Customers, twins, nil},
		{data.Customers, twins, []string{"Name"}},
		{data.Customers, twins, []string{"Name=shoe_size"}},
		{data.Customers, twins, []string{"Nope=name"}},
		{data.Customers, twins, []string{"Name=name", "E-Mail=name"}},
		{data.Purchases, twins, nil},
		{data.Contacts, "Kunde,Datum,Notiz\nNiemand,01.03.2024,call\nAda Lovelace,31.02.2024,call\n", nil},
		{data.Customers, `[{"name":"Ada"}]`, nil},
	}
	for _, imp := range imports {
		errs = append(errs, failing(b.Import(ctx, imp.what, strings.NewReader(imp.text), data.ImportOptions{File: "in.csv", Map: imp.maps})))
	}
	return errs
}

// domainErrors are the domain's, from the values a person types.
func domainErrors(t *testing.T) []error {
	apia, err := time.LoadLocation("Pacific/Apia")
	if err != nil {
		t.Fatal(err)
	}
	lc, _ := lifecycle.Preset("classic")
	return []error{
		failing(lifecycle.ParseAmount("12,345,6")),
		failing(lifecycle.ParseAmount("12a")),
		failing(lifecycle.ParseWhen("31.02.2024", time.Now(), lifecycle.Past)),
		failing(lifecycle.ParseWhen("", time.Now(), lifecycle.Past)),
		failing(lifecycle.DayStart(2011, time.December, 30, apia)),
		failing(lifecycle.RulesFromSettings(map[string]string{lifecycle.RulePrefix + "stalled-days": "zero"})),
		failing(lifecycle.ParseKind("fax")),
		failing(lc.Find("nirvana")),
		failing(lifecycle.Preset("nope")),
		lifecycle.Customer{Name: "#4"}.Validate(),
		lifecycle.Customer{Name: "Ada", Tags: []string{"a,b"}}.Validate(),
	}
}

func failing[T any](_ T, err error) error { return err }

// TestAFitsFailuresReadAsTheyAlwaysDid fits the purchase models to a book
// with no purchases, and to one with too few buyers: each failure reads as
// its plain sentence and is marked whole in the pseudo-language.
func TestAFitsFailuresReadAsTheyAlwaysDid(t *testing.T) {
	ctx := context.Background()
	b, err := data.Open(ctx, filepath.Join(t.TempDir(), "book.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	check := func(what string) {
		m, err := b.PurchaseModels(ctx, b.Now())
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range []error{m.BGNBDErr, m.GammaGammaErr} {
			if e == nil {
				t.Fatalf("%s: a model was fitted", what)
			}
			if got := words.Error(e, nil); got != e.Error() {
				t.Errorf("%s:\n got %q\nwant %q", what, got, e.Error())
			}
			restore := words.Pseudo()
			got := words.Error(e, nil)
			restore()
			if !strings.HasPrefix(got, words.Open) || !strings.HasSuffix(got, words.Close) {
				t.Errorf("%s: in the pseudo-language %q is not marked whole", what, got)
			}
		}
	}
	check("no purchases")
	id, err := b.AddCustomer(ctx, lifecycle.Customer{Name: "Ada", Phase: "conversion"})
	if err == nil {
		_, err = b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: b.Now().AddDate(0, 0, -3), Amount: lifecycle.Money(1000), Currency: "EUR"})
	}
	if err != nil {
		t.Fatal(err)
	}
	check("one buyer")
}

// TestWhatCheckFindsReadsAsItAlwaysDid says each kind of finding of tend
// check as the store's own sentence said it.
func TestWhatCheckFindsReadsAsItAlwaysDid(t *testing.T) {
	for _, tt := range []struct {
		code   string
		values lifecycle.Values
		want   string
	}{
		{data.CodeCheckUnreadable, lifecycle.Values{"Check": "totals"}, "the file is damaged: SQLite cannot read part of it (the board's totals)"},
		{data.CodeCheckMore, lifecycle.Values{"Check": "summaries"}, "the customers' summaries: more problems of this kind not listed"},
		{data.CodeCheckDamaged, lifecycle.Values{"Detail": "page 3 is never used"}, "the file is damaged: page 3 is never used"},
		{data.CodeCheckReference, lifecycle.Values{"Table": "contacts", "Parent": "customers"}, "a row of contacts refers to a missing row of customers"},
		{data.CodeCheckSummaries, lifecycle.Values{"ID": "4", "Name": "Ada"}, "customer 4 (Ada): the counts, totals or latest dates differ from the history"},
		{data.CodeCheckTotals, lifecycle.Values{"Phase": "lead", "Customers": int64(3), "Cents": int64(100), "Flagged": int64(1), "FreshCustomers": int64(2), "FreshCents": int64(50), "FreshFlagged": int64(0)},
			"phase lead: the board's totals say 3 customers worth 100 cents, 1 flagged; a fresh count finds 2, 50 cents, 0 flagged"},
		{data.CodeCheckPhaseHistory, lifecycle.Values{"ID": "4", "Name": "Ada"}, "customer 4 (Ada): the latest change of phase is not to the phase the customer is in"},
		{data.CodeCheckFlags, lifecycle.Values{"ID": "4", "Name": "Ada"}, "customer 4 (Ada): the flags differ from the flag code on the customer"},
		{data.CodeCheckKeptReasons, lifecycle.Values{"ID": "4", "Name": "Ada"}, "customer 4 (Ada): the reasons kept with the flags name other flags than the customer's (the next scoring mends them)"},
		{data.CodeCheck, lifecycle.Values{"Check": "flags", "Cause": "disk I/O error"}, "check the flags: disk I/O error"},
	} {
		if got := words.Error(lifecycle.Problemf(tt.code, tt.values, "-"), nil); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.code, got, tt.want)
		}
	}
}

// TestACopyIntoAFullBookCountsItsCustomers says the refusal of a copy with
// the word for one customer or for more, and the other records if any.
func TestACopyIntoAFullBookCountsItsCustomers(t *testing.T) {
	const tail = "; a copy goes only into an empty book, and nothing was changed"
	for _, tt := range []struct {
		values lifecycle.Values
		want   string
	}{
		{lifecycle.Values{"Book": "b.db", "Count": 1, "Records": 0}, "the book at b.db already holds 1 customer" + tail},
		{lifecycle.Values{"Book": "b.db", "Count": 1, "Records": 1234}, "the book at b.db already holds 1 customer and other records (1,234)" + tail},
		{lifecycle.Values{"Book": "b.db", "Count": 2000, "Records": 3}, "the book at b.db already holds 2,000 customers and other records (3)" + tail},
		{lifecycle.Values{"Book": "b.db", "Count": 0, "Records": 3}, "the book at b.db already holds 0 customers and other records (3)" + tail},
	} {
		if got := words.Error(lifecycle.Problemf(data.CodeCopyNotEmpty, tt.values, "-"), nil); got != tt.want {
			t.Errorf("%v:\n got %q\nwant %q", tt.values, got, tt.want)
		}
	}
}
