package data

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// noteOfDeal is the note a test's deals leave: the status, the title, the
// stage, the value and the lost reason, so that each is seen to arrive.
func noteOfDeal(d Deal) string {
	return strings.Join([]string{string(d.Status), d.Title, d.Stage, d.Value.String() + " " + d.Currency, d.LostReason}, "|")
}

func dealOptions() ImportOptions {
	return ImportOptions{CreateMissing: true, DealNote: noteOfDeal}
}

func utcAt(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04:05", s, time.UTC)
	if err != nil {
		panic(err)
	}
	return t
}

// dealCounts are the counts of a deals import the tests compare at once.
type dealCounts struct {
	Source                                             Source
	Rows, Won, Open, Lost, Purchases, Notes, FollowUps int
	Created                                            int
}

func countsOf(r ImportReport) dealCounts {
	d := r.Deals
	return dealCounts{d.Source, r.Rows, d.Won, d.Open, d.Lost, d.Purchases, d.Notes, d.FollowUps, r.CreatedCustomers}
}

// profile is what a deal gives a customer.
type profile struct{ Name, Company, Email, Owner, Phase string }

func profileOf(c lifecycle.Customer) profile {
	return profile{c.Name, c.Company, c.Email, c.Owner, c.Phase}
}

// note is a deal's note: its summary, when it happened and when it is due
// again (0 for never), in seconds.
type note struct {
	Summary      string
	At, FollowUp int64
}

func notesOf(h History) []note {
	out := make([]note, len(h.Contacts))
	for i, x := range h.Contacts {
		out[i] = note{x.Summary, x.At.Unix(), 0}
		if !x.FollowUp.IsZero() {
			out[i].FollowUp = x.FollowUp.Unix()
		}
		if x.Kind != lifecycle.Note {
			out[i].Summary = "not a note: " + x.Summary
		}
	}
	slices.SortFunc(out, func(a, b note) int { return int(a.At - b.At) })
	return out
}

// purchase is a won deal's purchase.
type purchase struct {
	Amount   lifecycle.Money
	Currency string
	Note     string
	At       int64
}

func purchasesOf(h History) []purchase {
	out := make([]purchase, len(h.Purchases))
	for i, p := range h.Purchases {
		out[i] = purchase{p.Amount, p.Currency, p.Note, p.At.Unix()}
	}
	return out
}

// checkCustomer compares what the import made of a customer, found by
// e-mail or name, with what the deals say, and returns its history.
func checkCustomer(t *testing.T, b *Book, ref string, want profile, notes []note, purchases []purchase) History {
	t.Helper()
	c := customerNamed(t, b, ref)
	if got := profileOf(c); got != want {
		t.Errorf("%s = %+v, want %+v", ref, got, want)
	}
	h := history(t, b, c.ID)
	if got := notesOf(h); !slices.Equal(got, notes) {
		t.Errorf("%s's notes = %+v, want %+v", ref, got, notes)
	}
	if got := purchasesOf(h); !slices.Equal(got, purchases) {
		t.Errorf("%s's purchases = %+v, want %+v", ref, got, purchases)
	}
	return h
}

func unix(s string) int64 { return utcAt(s).Unix() }

func TestImportPipedriveDealsInEnglish(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Zoë Weiß", Email: "zoe@weiss-gross.de", Phase: "awareness"})
	r := mustImportFixture(t, b, Deals, "deals_pipedrive_en.csv", dealOptions())
	if got := countsOf(r); got != (dealCounts{"pipedrive", 4, 1, 2, 1, 1, 3, 1, 2}) {
		t.Errorf("counts = %+v", got)
	}
	if len(r.Deals.Moved) != 1 || r.Deals.Moved[0] != (PhaseMoves{Phase: lifecycle.Phase{Key: "acquisition", Label: "Acquisition", Group: lifecycle.Buying}, Customers: 1}) {
		t.Errorf("moved = %+v, want one customer to acquisition", r.Deals.Moved)
	}
	if !slices.Equal(r.Ignored, []string{"Deal - ID", "Deal - Weighted value", "Deal - Label"}) {
		t.Errorf("ignored = %q", r.Ignored)
	}
	// The won deal makes a customer who owns; his later open deal leaves a
	// note and does not move him back.
	h := checkCustomer(t, b, "j.mueller@mueller-bau.de",
		profile{"Jürgen Müller", "Müller Bau GmbH", "j.mueller@mueller-bau.de", "Anna Fischer", "conversion"},
		[]note{{"open|Training day|Contact Made|950.00 EUR|", unix("2026-03-01 14:30:00"), 0}},
		[]purchase{{1250000, "EUR", "Website relaunch", unix("2026-01-15 16:40:02")}})
	if len(h.PhaseChanges) != 1 || h.PhaseChanges[0].To != "conversion" || !h.PhaseChanges[0].At.Equal(utcAt("2026-01-15 16:40:02")) {
		t.Errorf("Müller's moves = %+v: he starts where a buyer does, when he bought, and stays", h.PhaseChanges)
	}
	// The open deal moves a prospect up to acquisition, as an import
	// records a move, and leaves a note due when the deal should close.
	h = checkCustomer(t, b, "zoe@weiss-gross.de", profile{"Zoë Weiß", "", "zoe@weiss-gross.de", "", "acquisition"},
		[]note{{"open|Support contract 2026|Proposal Made|4800.50 EUR|", unix("2026-02-01 10:00:00"), dayUTC(2026, 4, 15).Unix()}}, []purchase{})
	checkMovedByImport(t, h, "awareness", "acquisition")
	// A lost deal's new customer starts as a prospect.
	checkCustomer(t, b, "asa@orsted.example", profile{"Åsa Lindqvist", "Ørsted Labs", "asa@orsted.example", "Ben Ortiz", "awareness"},
		[]note{{"lost|Shop integration|Qualified|0.00 USD|Went with a cheaper offer", unix("2025-12-01 12:00:00"), 0}}, []purchase{})
}

// checkMovedByImport finds the last move in the phase history and the
// audit trail, by the importing user, for the reason "import".
func checkMovedByImport(t *testing.T, h History, from, to string) {
	t.Helper()
	last := h.PhaseChanges[len(h.PhaseChanges)-1]
	if got := [3]string{last.From, last.To, last.Reason}; got != [3]string{from, to, "import"} {
		t.Errorf("last move = %+v", last)
	}
	audited := slices.ContainsFunc(h.Audit, func(a AuditEntry) bool { return a.Field == "phase" && a.Old == from && a.New == to })
	if !audited {
		t.Errorf("the audit trail lacks the move: %+v", h.Audit)
	}
}

func TestImportPipedriveDealsInGerman(t *testing.T) {
	b := openTestBook(t)
	r := mustImportFixture(t, b, Deals, "deals_pipedrive_de.csv", dealOptions())
	if got := countsOf(r); got != (dealCounts{"pipedrive", 3, 1, 1, 1, 1, 2, 1, 2}) || len(r.Deals.Moved) != 0 || r.Separator != Semicolon {
		t.Errorf("report = %+v", r)
	}
	checkCustomer(t, b, "lena@baeckerei-gross.de", profile{"Lena Groß", "Bäckerei Groß", "lena@baeckerei-gross.de", "Jörg Schäfer", "conversion"},
		[]note{}, []purchase{{125000, "EUR", "Wartungsvertrag", dayUTC(2026, 2, 2).Unix()}})
	// Created in acquisition by his open deal; his lost one leaves him there.
	checkCustomer(t, b, "oemer@cafe-uebersee.de", profile{"Ömer Yılmaz", "Café Übersee", "oemer@cafe-uebersee.de", "Jörg Schäfer", "acquisition"},
		[]note{
			{"lost|Schulung|Qualifiziert|800.00 EUR|Kein Budget", dayUTC(2026, 2, 10).Unix(), 0},
			{"open|Kassensystem|Angebot|3999.99 EUR|", unix("2026-02-20 11:15:00"), dayUTC(2026, 4, 30).Unix()},
		}, []purchase{})
}

func TestImportOdooOpportunities(t *testing.T) {
	b := openTestBook(t)
	r := mustImportFixture(t, b, Deals, "opportunities_odoo.csv", dealOptions())
	if got := countsOf(r); got != (dealCounts{"odoo", 4, 1, 2, 1, 1, 3, 1, 4}) {
		t.Errorf("counts = %+v", got)
	}
	if !slices.Equal(r.Ignored, []string{"Probability", "Sales Team", "Tags"}) {
		t.Errorf("ignored = %q", r.Ignored)
	}
	// Odoo's "Company, Person" is a person of a company.
	checkCustomer(t, b, "azure.interior24@example.com",
		profile{"Brandon Freeman", "Azure Interior", "azure.interior24@example.com", "Mitchell Admin", "acquisition"},
		[]note{{"open|Office furniture for 20 desks|Proposition|12000.00 EUR|", unix("2026-01-20 11:22:33"), dayUTC(2026, 3, 31).Unix()}},
		[]purchase{})
	// Won in Odoo's won stage.
	checkCustomer(t, b, "deco.addict82@example.com", profile{"Deco Addict", "", "deco.addict82@example.com", "Marc Demo", "conversion"},
		[]note{}, []purchase{{4000000, "EUR", "Quote for 150 carpets", unix("2026-02-14 17:05:00")}})
	// Inactive in Odoo is lost.
	checkCustomer(t, b, "Édith Sanchez", profile{"Édith Sanchez", "Gemini Furniture", "", "Mitchell Admin", "awareness"},
		[]note{{"lost|Need 20 Desks|Qualified|3800.00 EUR|Too expensive", unix("2025-11-11 09:00:00"), 0}}, []purchase{})
	checkCustomer(t, b, "Ready Mat", profile{"Ready Mat", "", "", "", "acquisition"},
		[]note{{"open|Interest in your products|New|0.00 EUR|", unix("2026-03-02 10:00:00"), 0}}, []purchase{})
}

func TestImportOdooOpportunitiesInGerman(t *testing.T) {
	b := openTestBook(t)
	text := "Verkaufschance;Kunde;E-Mail;Erwarteter Umsatz;Phase;Verkäufer;Erstellt am;Abschlussdatum;Verlustgrund;Aktiv\n" +
		"Büroeinrichtung;Möbel Jäger, Anke Jäger;anke@moebel-jaeger.de;12.000,00 €;Gewonnen;Jörg Schäfer;01.12.2025;03.02.2026;;True\n" +
		"Beratung;Möbel Jäger, Anke Jäger;anke@moebel-jaeger.de;;Neu;Jörg Schäfer;01.03.2026;;;True\n"
	r := mustImportText(t, b, Deals, text, dealOptions())
	if got := countsOf(r); got != (dealCounts{"odoo", 2, 1, 1, 0, 1, 1, 0, 1}) {
		t.Errorf("counts = %+v", got)
	}
	checkCustomer(t, b, "anke@moebel-jaeger.de", profile{"Anke Jäger", "Möbel Jäger", "anke@moebel-jaeger.de", "Jörg Schäfer", "conversion"},
		[]note{{"open|Beratung|Neu|0.00 EUR|", dayUTC(2026, 3, 1).Unix(), 0}},
		[]purchase{{1200000, "EUR", "Büroeinrichtung", dayUTC(2026, 2, 3).Unix()}})
}

func TestImportDealsNamesEachBadCell(t *testing.T) {
	b := openTestBook(t)
	text := "Deal - Title,Deal - Value,Deal - Status,Deal - Won time,Person - Name\n" +
		"One,100,maybe,2026-01-02,Ada\n" +
		"Two,-5,open,,Ada\n" +
		"Three,100,won,,Ada\n" +
		",100,open,,Ada\n"
	_, err := importText(t, b, Deals, text, dealOptions())
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an import error", err)
	}
	want := []string{
		`test.csv:2: column "Deal - Status": "maybe" is not a deal status (use open, won or lost)`,
		`test.csv:3: column "Deal - Value": "-5" is less than nothing; a deal's value cannot be`,
		`test.csv:4: column "Deal - Won time": the cell is empty`,
		`test.csv:5: column "Deal - Title": the cell is empty`,
	}
	var got []string
	for _, row := range ie.Rows {
		got = append(got, row.Error())
	}
	if !slices.Equal(got, want) {
		t.Errorf("bad rows =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if bookSize(t, b) != 0 {
		t.Error("a refused import wrote customers")
	}
}

func TestImportDealsTwiceFindsWhatTheFirstStored(t *testing.T) {
	b := openTestBook(t)
	mustImportFixture(t, b, Deals, "deals_pipedrive_en.csv", dealOptions())
	_, err := importFixture(t, b, Deals, "deals_pipedrive_en.csv", dealOptions())
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Rows) != 4 || ie.Rows[0].Column != "Deal - Title" {
		t.Fatalf("second import: %v, want every deal found in the book", err)
	}
	opt := dealOptions()
	opt.OnDuplicate = DuplicateSkip
	r := mustImportFixture(t, b, Deals, "deals_pipedrive_en.csv", opt)
	if r.New != 0 || r.Skipped != 4 || r.Deals.Purchases != 0 || r.Deals.Notes != 0 || len(r.Deals.Moved) != 0 || r.CreatedCustomers != 0 {
		t.Errorf("skipping import = %+v", r)
	}
}

func TestImportDealsWithoutCreateMissingNamesTheCustomer(t *testing.T) {
	b := openTestBook(t)
	_, err := importText(t, b, Deals, "Deal - Title,Deal - Status,Person - Email\nOne,open,new@example.com\n", ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `test.csv:2: column "Person - Email": no customer in the book matches "new@example.com"`) {
		t.Errorf("err = %v", err)
	}
}

func TestDryRunOfDealsCountsAndWritesNothing(t *testing.T) {
	b := openTestBook(t)
	zoe := addCustomer(t, b, lifecycle.Customer{Name: "Zoë Weiß", Email: "zoe@weiss-gross.de", Phase: "awareness"})
	opt := dealOptions()
	opt.DryRun = true
	r := mustImportFixture(t, b, Deals, "deals_pipedrive_en.csv", opt)
	if r.Deals.Purchases != 1 || r.Deals.Notes != 3 || len(r.Deals.Moved) != 1 || r.CreatedCustomers != 2 {
		t.Errorf("dry run = %+v", r)
	}
	if bookSize(t, b) != 1 {
		t.Error("a dry run created customers")
	}
	if z, _ := b.Customer(context.Background(), zoe); z.Phase != "awareness" {
		t.Errorf("a dry run moved Zoë to %s", z.Phase)
	}
}

func TestDealsAreImportedNeverExported(t *testing.T) {
	for _, in := range []string{"deals", "Deal", "opportunities"} {
		if e, err := ParseEntity(in); err != nil || e != Deals {
			t.Errorf("ParseEntity(%q) = %q, %v", in, e, err)
		}
	}
	if _, err := ParseExported("deals"); err == nil {
		t.Error("deals are exported")
	}
}

func FuzzParseDealStatus(f *testing.F) {
	for _, s := range []string{"open", "WON", "Verloren", "gelöscht", "geloescht", "", " ", "maybe", "öffen", "w\x00on"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := ParseDealStatus(s)
		if err != nil {
			checkWords(t, err)
			return
		}
		if st != DealOpen && st != DealWon && st != DealLost && st != dealDeleted {
			t.Errorf("ParseDealStatus(%q) = %q", s, st)
		}
		if again, err := ParseDealStatus(" " + strings.ToUpper(s) + "\t"); err != nil || again != st {
			t.Errorf("ParseDealStatus(%q) = %q, but in capitals and blanks %q, %v", s, st, again, err)
		}
	})
}

func FuzzParseDealValue(f *testing.F) {
	for _, s := range []string{"12500", "4,800.50", "1.250,00", "€ 12,50", "-5", "12k EUR", "", "0", "USD 3.99", "--1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseDealValue(s)
		if err != nil {
			checkWords(t, err)
			return
		}
		if m < 0 {
			t.Errorf("ParseDealValue(%q) = %v, less than nothing", s, m)
		}
		if want, err := lifecycle.ParseAmount(s); err != nil || want != m {
			t.Errorf("ParseDealValue(%q) = %v, ParseAmount says %v, %v", s, m, want, err)
		}
	})
}

func TestAnOpenDealPutsItsCustomerWhereTheStageTableTakesAnOpportunity(t *testing.T) {
	custom := lifecycle.Lifecycle{Phases: []lifecycle.Phase{
		{Key: "awareness", Label: "Awareness", Group: lifecycle.Buying},
		{Key: "consideration", Label: "Consideration", Group: lifecycle.Buying},
		{Key: "negotiation", Label: "Negotiation", Group: lifecycle.Buying},
		{Key: "customer", Label: "Customer", Group: lifecycle.Owning},
	}}
	noOpportunity := lifecycle.Lifecycle{Phases: []lifecycle.Phase{
		{Key: "lead", Label: "Lead", Group: lifecycle.Buying}, {Key: "talks", Label: "Talks", Group: lifecycle.Buying},
		{Key: "client", Label: "Client", Group: lifecycle.Owning},
	}}
	for _, tt := range []struct {
		name string
		lc   lifecycle.Lifecycle
		want string
	}{
		{"classic", mustPreset(t, "classic"), "acquisition"},
		{"ict", mustPreset(t, "ict"), "purchase-decision"},
		{"funnel", mustPreset(t, "funnel"), "consideration"},
		{"gartner", mustPreset(t, "gartner"), "engage"},
		{"custom", custom, "consideration"},
		{"without an opportunity's phase", noOpportunity, "talks"},
	} {
		r := &importRun{lc: tt.lc}
		p, moves := r.dealPhase(DealOpen)
		if p.Key != tt.want || !moves {
			t.Errorf("%s: an open deal puts its customer in %q (moves %v), want %q", tt.name, p.Key, moves, tt.want)
		}
		if table := stepPhase(stepOpportunity, tt.lc); table != "" && table != p.Key {
			t.Errorf("%s: the stage table takes an opportunity to %q, an open deal to %q", tt.name, table, p.Key)
		}
	}
}

func mustPreset(t *testing.T, name string) lifecycle.Lifecycle {
	t.Helper()
	lc, err := lifecycle.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return lc
}
