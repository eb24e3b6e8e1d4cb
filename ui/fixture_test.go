package ui

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
)

func TestMain(m *testing.M) {
	// Times are shown in the local zone; pin it so that every machine draws
	// the same screens.
	time.Local = time.UTC
	// No test reads or keeps the settings of whoever runs it.
	ownSettingsPath = func() (string, error) { return "", nil }
	os.Exit(m.Run())
}

// fixedNow is the fixture book's clock: a Friday morning.
var fixedNow = at("2025-03-14 09:30")

// at reads a fixture time, "2006-01-02 15:04" in UTC.
func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, time.UTC)
	if err != nil {
		panic(err)
	}
	return t
}

type contactSpec struct {
	at        string
	kind      lifecycle.Kind
	sentiment lifecycle.Sentiment
	summary   string
	moment    bool
	followUp  string
}

type customerSpec struct {
	name, company, email, owner string
	phase                       string // the phase it was created in
	since                       string // created and in its phase since
	value                       int64  // whole euros a year
	tags                        []string
	promoter                    bool
	contacts                    []contactSpec
}

// fixtureCustomers are the fixture book's customers: twenty over the
// classic phases, German and English, most with a contact.
var fixtureCustomers = []customerSpec{
	{name: "Jürgen Müller", company: "Müller Maschinenbau GmbH", email: "j.mueller@mueller-mb.de", owner: "Anke", phase: "awareness", since: "2025-02-24 10:00", value: 12000, tags: []string{"maschinenbau", "süd"},
		contacts: []contactSpec{{at: "2025-03-10 14:00", kind: lifecycle.Call, sentiment: lifecycle.Positive, summary: "Interested in the spring demo"}}},
	{name: "Emily Clarke", company: "Clarke & Sons Ltd", email: "emily@clarkesons.co.uk", owner: "Ben", phase: "awareness", since: "2025-03-03 09:00", value: 4500, tags: []string{"retail"},
		contacts: []contactSpec{{at: "2025-03-12 11:15", kind: lifecycle.Email, sentiment: lifecycle.Neutral, summary: "Sent the brochure"}}},
	{name: "Sabine Weiß", company: "Bäckerei Weiß", owner: "Anke", phase: "awareness", since: "2025-03-11 08:00", value: 1800, tags: []string{"food"}},
	{name: "Oliver Bennett", company: "Bennett Logistics", email: "oliver@bennett-logistics.com", owner: "Ben", phase: "awareness", since: "2025-01-20 16:00", value: 25000,
		contacts: []contactSpec{{at: "2025-02-27 09:45", kind: lifecycle.Meeting, sentiment: lifecycle.Neutral, summary: "Met at the trade fair"}}},
	{name: "Katharina Schröder", company: "Schröder Immobilien", owner: "Anke", phase: "acquisition", since: "2025-02-01 10:00", value: 48000, tags: []string{"immobilien"},
		contacts: []contactSpec{{at: "2025-03-13 15:30", kind: lifecycle.Call, sentiment: lifecycle.Positive, summary: "Asked for an offer"}}},
	{name: "James O'Connor", company: "O'Connor Analytics", email: "james@oconnor.io", owner: "Ben", phase: "acquisition", since: "2025-02-10 12:00", value: 9500,
		contacts: []contactSpec{{at: "2025-03-05 10:00", kind: lifecycle.Email, sentiment: lifecycle.Neutral, summary: "Sent the offer"}}},
	{name: "Lukas Becker", company: "Becker Elektrotechnik KG", owner: "Anke", phase: "acquisition", since: "2025-01-15 09:00", value: 15500, tags: []string{"elektro"},
		contacts: []contactSpec{{at: "2025-02-18 13:00", kind: lifecycle.Call, sentiment: lifecycle.Negative, summary: "Price too high for now"}}},
	{name: "Charlotte Davies", company: "Davies Design Studio", owner: "Ben", phase: "acquisition", since: "2025-03-07 14:00", value: 3200},
	{name: "Stefan Hoffmann", company: "Hoffmann & Partner", email: "s.hoffmann@hoffmann-partner.de", owner: "Anke", phase: "conversion", since: "2025-02-20 10:00", value: 72000, tags: []string{"beratung"},
		contacts: []contactSpec{{at: "2025-03-11 10:30", kind: lifecycle.Meeting, sentiment: lifecycle.Positive, summary: "Contract signed", moment: true}}},
	{name: "Sophie Turner", company: "Turner Foods plc", owner: "Ben", phase: "conversion", since: "2025-02-25 11:00", value: 21000, tags: []string{"food"},
		contacts: []contactSpec{{at: "2025-03-06 16:00", kind: lifecycle.Call, sentiment: lifecycle.Neutral, summary: "Onboarding call booked", followUp: "2025-03-20 10:00"}}},
	{name: "Günter Krämer", company: "Krämer Holzbau", owner: "Anke", phase: "conversion", since: "2025-03-01 09:00", value: 6400,
		contacts: []contactSpec{{at: "2025-03-02 09:00", kind: lifecycle.Note, sentiment: lifecycle.Neutral, summary: "Wants invoices by post"}}},
	{name: "Anna Fischer", company: "Fischer Apotheken", email: "anna.fischer@fischer-apotheken.de", owner: "Anke", phase: "conversion", since: "2024-10-01 10:00", value: 36000, tags: []string{"pharma", "vip"}, promoter: true,
		contacts: []contactSpec{
			{at: "2024-10-01 10:00", kind: lifecycle.Meeting, sentiment: lifecycle.Neutral, summary: "First meeting in Düsseldorf"},
			{at: "2025-01-20 08:45", kind: lifecycle.Call, sentiment: lifecycle.Negative, summary: "Complaint: delivery two weeks late"},
			{at: "2025-02-03 14:00", kind: lifecycle.Meeting, sentiment: lifecycle.Positive, summary: "Complaint resolved on site", moment: true},
			{at: "2025-03-12 17:20", kind: lifecycle.Email, sentiment: lifecycle.Positive, summary: "Thanked us for the quick help", followUp: "2025-03-21 09:00"},
		}},
	{name: "William Harris", company: "Harris Consulting", owner: "Ben", phase: "retention", since: "2024-12-01 10:00", value: 18000,
		contacts: []contactSpec{{at: "2025-02-28 10:00", kind: lifecycle.Call, sentiment: lifecycle.Positive, summary: "Quarterly review"}}},
	{name: "Petra Schulz", company: "Schulz Reisen", owner: "Anke", phase: "retention", since: "2024-11-11 11:00", value: 7200, tags: []string{"reisen"},
		contacts: []contactSpec{{at: "2025-01-09 09:00", kind: lifecycle.Email, sentiment: lifecycle.Neutral, summary: "New year greetings"}}},
	{name: "Thomas Wagner", company: "Wagner Autohaus", owner: "Anke", phase: "loyalty", since: "2023-05-02 10:00", value: 120000, tags: []string{"auto", "vip"},
		contacts: []contactSpec{{at: "2025-03-07 12:00", kind: lifecycle.Meeting, sentiment: lifecycle.Positive, summary: "Lunch with the board"}}},
	{name: "Grace Evans", company: "Evans Media Group", owner: "Ben", phase: "loyalty", since: "2024-02-14 10:00", value: 54000,
		contacts: []contactSpec{{at: "2025-03-03 15:00", kind: lifecycle.Call, sentiment: lifecycle.Positive, summary: "Referred a colleague"}}},
	{name: "Martina Köhler", company: "Köhler Textil", owner: "Anke", phase: "loyalty", since: "2024-06-30 10:00", value: 9900,
		contacts: []contactSpec{{at: "2025-02-11 10:00", kind: lifecycle.Social, sentiment: lifecycle.Neutral, summary: "Liked our post"}}},
	{name: "Daniel Walker", company: "Walker Brewing Co", owner: "Ben", phase: "win-back", since: "2025-01-31 10:00", value: 14000,
		contacts: []contactSpec{{at: "2025-02-14 10:00", kind: lifecycle.Email, sentiment: lifecycle.Negative, summary: "No reply to the win-back offer"}}},
	{name: "Ursula Zimmermann", company: "Zimmermann Bau", owner: "Anke", phase: "win-back", since: "2024-12-20 10:00", value: 8800,
		contacts: []contactSpec{{at: "2025-03-04 11:00", kind: lifecycle.Call, sentiment: lifecycle.Neutral, summary: "Might come back in spring"}}},
	{name: "Henry Wright", company: "Wright Motors", owner: "Ben", phase: "lost", since: "2024-09-01 10:00", value: 5000,
		contacts: []contactSpec{{at: "2024-10-15 10:00", kind: lifecycle.Call, sentiment: lifecycle.Negative, summary: "Went to a competitor"}}},
}

// fixedBook opens a copy of the fixture book in a temporary folder: the
// customers above, Anna Fischer moved on to Retention with a purchase, and
// the clock stopped at fixedNow. The fixture is built once and copied, since
// a copy is much faster than twenty customers' writes.
func fixedBook(t testing.TB) *data.Book {
	t.Helper()
	fixture.once.Do(buildFixture)
	if fixture.err != nil {
		t.Fatalf("build the fixture book: %v", fixture.err)
	}
	path := filepath.Join(t.TempDir(), "book.tend")
	if err := os.WriteFile(path, fixture.file, 0o600); err != nil {
		t.Fatal(err)
	}
	return openBook(t, path)
}

// openBook opens a book with the clock at fixedNow and closes it when the
// test ends.
func openBook(t testing.TB, path string) *data.Book {
	t.Helper()
	b, err := data.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	setClock(b, fixedNow)
	return b
}

// fixture is the fixture book's file, built on first use.
var fixture struct {
	once sync.Once
	file []byte
	err  error
}

func buildFixture() {
	dir, err := os.MkdirTemp("", "tend-ui-fixture")
	if err != nil {
		fixture.err = err
		return
	}
	defer os.RemoveAll(dir)
	fixture.file, fixture.err = writeFixture(filepath.Join(dir, "build.tend"), filepath.Join(dir, "fixture.tend"))
}

// writeFixture writes the fixture book at path and returns a compact copy of
// it made through copyPath.
func writeFixture(path, copyPath string) ([]byte, error) {
	ctx := context.Background()
	b, err := data.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	ids := map[string]int64{}
	for _, s := range fixtureCustomers {
		if ids[s.name], err = addSpec(b, s); err != nil {
			return nil, err
		}
	}
	anna := ids["Anna Fischer"]
	setClock(b, at("2025-02-02 09:00"))
	if _, err := b.Move(ctx, anna, "retention", "renewed for a year"); err != nil {
		return nil, err
	}
	_, err = b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: anna, At: at("2025-01-15 12:00"),
		Amount: 4_800_00, Currency: "EUR", Note: "Annual licence"})
	if err != nil {
		return nil, err
	}
	if err := b.Backup(ctx, copyPath); err != nil {
		return nil, err
	}
	return os.ReadFile(copyPath)
}

// setClock stops a book's clock at t.
func setClock(b *data.Book, t time.Time) { b.Now = func() time.Time { return t } }

// addSpec stores one fixture customer with its contacts, as if each was
// entered when it happened, and leaves the clock at fixedNow.
func addSpec(b *data.Book, s customerSpec) (int64, error) {
	ctx := context.Background()
	defer setClock(b, fixedNow)
	since := at(s.since)
	setClock(b, since)
	id, err := b.AddCustomer(ctx, lifecycle.Customer{Name: s.name, Company: s.company, Email: s.email, Owner: s.owner,
		Phase: s.phase, PhaseSince: since, CreatedAt: since, Value: lifecycle.Money(s.value * 100), Tags: s.tags, Promoter: s.promoter})
	if err != nil {
		return 0, fmt.Errorf("add %s: %w", s.name, err)
	}
	for _, c := range s.contacts {
		contact := lifecycle.Contact{CustomerID: id, At: at(c.at), Kind: c.kind, Direction: lifecycle.Out,
			Summary: c.summary, Sentiment: c.sentiment, Moment: c.moment}
		if c.followUp != "" {
			contact.FollowUp = at(c.followUp)
		}
		setClock(b, contact.At)
		if _, err := b.LogContact(ctx, contact); err != nil {
			return 0, fmt.Errorf("log a contact with %s: %w", s.name, err)
		}
	}
	return id, nil
}

// addCustomer adds one more customer to a test's book.
func addCustomer(t testing.TB, b *data.Book, s customerSpec) int64 {
	t.Helper()
	id, err := addSpec(b, s)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// addCustomers adds n plain customers to a phase, "Extra 01" and on, none
// of them contacted, so that they follow the fixture's cards in order.
func addCustomers(t testing.TB, b *data.Book, phase string, n int) {
	t.Helper()
	for i := 1; i <= n; i++ {
		addCustomer(t, b, customerSpec{name: fmt.Sprintf("Extra %02d", i), company: "Extra AG", phase: phase,
			since: "2025-03-01 10:00", value: int64(100 * i)})
	}
}

// idOf finds the one customer whose name is name.
func idOf(t testing.TB, b *data.Book, name string) int64 {
	t.Helper()
	var ids []int64
	var err error
	for _, archived := range []bool{false, true} {
		err = cmp.Or(err, b.EachCustomer(context.Background(), data.Filter{Search: name, Archived: archived}, func(c lifecycle.Customer) error {
			if c.Name == name {
				ids = append(ids, c.ID)
			}
			return nil
		}))
	}
	if err != nil || len(ids) != 1 {
		t.Fatalf("customer %q: found %d (%v)", name, len(ids), err)
	}
	return ids[0]
}

// customerIn reads a customer back from the book.
func customerIn(t testing.TB, b *data.Book, id int64) lifecycle.Customer {
	t.Helper()
	c, err := b.Customer(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// historyOf reads a customer's history from the book.
func historyOf(t testing.TB, b *data.Book, id int64) data.History {
	t.Helper()
	h, err := b.History(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
