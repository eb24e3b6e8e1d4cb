package data

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// sourceCustomer is what a fixture's row must give a customer.
type sourceCustomer struct {
	ref                           string // e-mail or name, to find it by
	name, given, family, company  string
	email, phone, owner, phase    string
	tags                          []string
	otherEmails, otherPhones      []string
	created                       time.Time
	lastContact                   time.Time
	salutation, city, countryName string
}

func atUTC(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

// importFromSource imports a fixture of testdata/import/sources, with the last
// activity worded as the command line words it.
func importFromSource(t *testing.T, b *Book, name string, opt ImportOptions) (ImportReport, error) {
	t.Helper()
	opt.LastActivity = func(s Source) string { return "Last activity in " + string(s) }
	return importFixture(t, b, Customers, "sources/"+name, opt)
}

func checkSourceCustomers(t *testing.T, b *Book, want []sourceCustomer) {
	t.Helper()
	for _, w := range want {
		c := customerNamed(t, b, w.ref)
		got := sourceCustomer{ref: w.ref, name: c.Name, given: c.GivenName, family: c.FamilyName, company: c.Company,
			email: c.Email, phone: c.Phone, owner: c.Owner, phase: c.Phase, tags: c.Tags, created: c.CreatedAt.UTC(),
			lastContact: c.LastContactAt.UTC(), salutation: c.Salutation, city: c.City, countryName: c.Country}
		if w.lastContact.IsZero() {
			got.lastContact = time.Time{}
			if !c.LastContactAt.IsZero() {
				t.Errorf("%s: last contact %v, want none", w.ref, c.LastContactAt)
			}
		}
		if len(w.tags) == 0 && len(got.tags) == 0 {
			got.tags = w.tags
		}
		if strings.Join(c.OtherEmails, " ") != strings.Join(w.otherEmails, " ") || strings.Join(c.OtherPhones, " ") != strings.Join(w.otherPhones, " ") {
			t.Errorf("%s: other e-mails %q, phones %q; want %q, %q", w.ref, c.OtherEmails, c.OtherPhones, w.otherEmails, w.otherPhones)
		}
		if !got.created.Equal(w.created) || !got.lastContact.Equal(w.lastContact) {
			t.Errorf("%s: created %v, last contact %v; want %v, %v", w.ref, got.created, got.lastContact, w.created, w.lastContact)
		}
		got.created, got.lastContact = w.created, w.lastContact
		if !slices.Equal(got.tags, w.tags) {
			t.Errorf("%s: tags %q, want %q", w.ref, got.tags, w.tags)
		}
		got.tags = w.tags
		if !equalSourceCustomer(got, w) {
			t.Errorf("%s:\n got %+v\nwant %+v", w.ref, got, w)
		}
	}
}

// importsAs imports a fixture into a new book, checks that it was taken for
// the system's export, and checks its customers field by field.
func importsAs(t *testing.T, name string, want Source, customers []sourceCustomer) ImportReport {
	t.Helper()
	b := openTestBook(t)
	r, err := importFromSource(t, b, name, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source.Source != want {
		t.Errorf("%s taken for %+v, want %s", name, r.Source, want)
	}
	checkSourceCustomers(t, b, customers)
	return r
}

func equalSourceCustomer(a, b sourceCustomer) bool {
	a.tags, b.tags = nil, nil
	return a.created.Equal(b.created) && a.lastContact.Equal(b.lastContact) &&
		strings.Join([]string{a.ref, a.name, a.given, a.family, a.company, a.email, a.phone, a.owner, a.phase, a.salutation, a.city, a.countryName}, "|") ==
			strings.Join([]string{b.ref, b.name, b.given, b.family, b.company, b.email, b.phone, b.owner, b.phase, b.salutation, b.city, b.countryName}, "|")
}

func TestImportHubSpotContacts(t *testing.T) {
	b := openTestBook(t)
	var planned ImportReport
	r, err := importFromSource(t, b, "hubspot_contacts.csv", ImportOptions{Plan: func(p ImportReport) { planned = p }})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source.Source != SourceHubSpot || r.Source.Forced || r.Source.German || r.Source.Score < 5 {
		t.Errorf("source %+v, want HubSpot found by its header in English", r.Source)
	}
	if planned.Source.Source != SourceHubSpot || len(planned.Stages) == 0 {
		t.Errorf("the plan told before writing has source %q and %d stages", planned.Source.Source, len(planned.Stages))
	}
	if r.New != 5 {
		t.Errorf("%d new, want 5", r.New)
	}
	checkSourceCustomers(t, b, []sourceCustomer{
		{ref: "anna@example.de", name: "Anna Schmidt", given: "Anna", family: "Schmidt", company: "Müller GmbH",
			email: "anna@example.de", phone: "+49 30 1234567", owner: "Jana Vogel", phase: "conversion",
			created: atUTC(2024, 3, 1, 10, 22), lastContact: atUTC(2026, 3, 5, 14, 0), city: "Berlin", countryName: "Germany"},
		{ref: "jose@example.es", name: "José Núñez", given: "José", family: "Núñez", company: "Acme S.L.",
			email: "jose@example.es", owner: "Tom Berg", phase: "acquisition", created: atUTC(2025, 4, 3, 12, 0), city: "Madrid", countryName: "Spain"},
		{ref: "zoe@example.com", name: "Zoë", given: "Zoë", email: "zoe@example.com", phase: "awareness", created: atUTC(2024, 3, 1, 9, 0)},
		{ref: "bjorn@example.se", name: "Björn Åström", given: "Björn", family: "Åström", company: "Nordic AB",
			email: "bjorn@example.se", phone: "+46 8 123", owner: "Jana Vogel", phase: "loyalty",
			created: atUTC(2023, 12, 31, 23, 59), lastContact: atUTC(2026, 2, 20, 9, 15), city: "Stockholm", countryName: "Sweden"},
		// US order: a HubSpot export in English writes the month first.
		{ref: "li@example.cn", name: "Li Wang", given: "Li", family: "Wang", email: "li@example.cn", owner: "Tom Berg",
			phase: "acquisition", created: atUTC(2024, 3, 4, 0, 0)},
	})
	checkHubSpotReport(t, r)
}

// checkHubSpotReport checks the report of hubspot_contacts.csv.
func checkHubSpotReport(t *testing.T, r ImportReport) {
	t.Helper()
	want := ProfileCounts{Phases: map[string]int{"conversion": 1, "acquisition": 2, "awareness": 1, "loyalty": 1},
		WithEmail: 5, WithPhone: 2, Emails: 5, Phones: 2, WithOwner: 4, Owners: 2, LastActivities: 2}
	if !equalProfile(r.Profile, want) {
		t.Errorf("profile %+v, want %+v", r.Profile, want)
	}
	for _, col := range []string{"Record ID", "Lead Status", "Job Title", "Marketing contact status"} {
		if !slices.Contains(r.Ignored, col) {
			t.Errorf("column %q is not reported as left out (%q)", col, r.Ignored)
		}
	}
	if !slices.Contains(r.Columns, ColumnUse{Column: "Create Date", Field: "created_at"}) ||
		!slices.Contains(r.Columns, ColumnUse{Column: "Contact owner", Field: "owner"}) {
		t.Errorf("columns read: %+v", r.Columns)
	}
	if got := stageRows(r.Stages); got["customer"] != 1 || got["Sales Qualified Lead"] != 1 || got["Opportunity"] != 1 {
		t.Errorf("rows per stage %v", got)
	}
}

func equalProfile(a, b ProfileCounts) bool {
	return len(a.Phases) == len(b.Phases) && a.WithEmail == b.WithEmail && a.WithPhone == b.WithPhone &&
		a.Emails == b.Emails && a.Phones == b.Phones &&
		a.WithOwner == b.WithOwner && a.Owners == b.Owners && a.WithTags == b.WithTags && a.Tags == b.Tags &&
		a.LastActivities == b.LastActivities && func() bool {
		for k, v := range b.Phases {
			if a.Phases[k] != v {
				return false
			}
		}
		return true
	}()
}

// stageRows are the rows counted for each stage of the table, by the
// stage as the table writes it, of the lines that counted any.
func stageRows(stages []StageMapping) map[string]int {
	out := map[string]int{}
	for _, s := range stages {
		if s.Rows > 0 {
			out[strings.ToLower(s.Stage)] += s.Rows
			out[s.Stage] += s.Rows
		}
	}
	return out
}

func TestImportGermanHubSpotExport(t *testing.T) {
	b := openTestBook(t)
	r, err := importFromSource(t, b, "hubspot_kontakte.csv", ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source.Source != SourceHubSpot || !r.Source.German {
		t.Errorf("source %+v, want HubSpot in German", r.Source)
	}
	checkSourceCustomers(t, b, []sourceCustomer{
		{ref: "juergen@example.de", name: "Jürgen Weiß", given: "Jürgen", family: "Weiß", company: "Bäckerei Weiß",
			email: "juergen@example.de", phone: "+49 89 555", owner: "Jana Vogel", phase: "conversion",
			created: atUTC(2024, 2, 14, 0, 0), lastContact: atUTC(2026, 3, 1, 10, 0)},
		// Day first: a German export writes 03/04/2024 for the 3rd of April.
		{ref: "grete@example.de", name: "Grete Öztürk", given: "Grete", family: "Öztürk", email: "grete@example.de",
			owner: "Tom Berg", phase: "acquisition", created: atUTC(2024, 4, 3, 0, 0)},
		{ref: "heinz@example.de", name: "Heinz", given: "Heinz", email: "heinz@example.de", phase: "awareness", created: atUTC(2025, 2, 1, 8, 30)},
	})
}

func TestImportPipedrivePersons(t *testing.T) {
	r := importsAs(t, "pipedrive_persons.csv", SourcePipedrive, []sourceCustomer{
		{ref: "anna@example.de", name: "Anna Schmidt", given: "Anna", family: "Schmidt", company: "Müller GmbH",
			email: "anna@example.de", phone: "+49 30 1234567", owner: "Jana Vogel", phase: "conversion",
			tags: []string{"Customer", "VIP"}, created: atUTC(2024, 3, 1, 10, 22).Add(33 * time.Second), lastContact: atUTC(2026, 3, 2, 0, 0),
			otherEmails: []string{"anna.private@example.de"}, otherPhones: []string{"+49 170 1"}},
		{ref: "chloe@example.fr", name: "Chloé Dubois", given: "Chloé", family: "Dubois", company: "Café Dubois",
			email: "chloe@example.fr", owner: "Tom Berg", phase: "acquisition", tags: []string{"Hot lead"}, created: atUTC(2025, 1, 15, 8, 0)},
		// No label says how far: the book's first phase.
		{ref: "omer@example.tr", name: "Ömer Kaya", email: "omer@example.tr", phase: "awareness", created: atUTC(2025, 6, 1, 12, 0)},
	})
	if r.Profile.WithTags != 2 || r.Profile.Tags != 3 {
		t.Errorf("profile %+v, want 2 customers with 3 tags", r.Profile)
	}
}

func TestImportSalesforceReports(t *testing.T) {
	b := openTestBook(t)
	r, err := importFromSource(t, b, "salesforce_contacts.csv", ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source.Source != SourceSalesforce {
		t.Errorf("contacts report taken for %+v, want Salesforce", r.Source)
	}
	r, err = importFromSource(t, b, "salesforce_leads.csv", ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Source.Source != SourceSalesforce {
		t.Errorf("leads report taken for %+v, want Salesforce", r.Source)
	}
	checkSourceCustomers(t, b, []sourceCustomer{
		{ref: "mary@globex.com", name: "Mary Ann O'Brien", given: "Mary", family: "O'Brien", company: "Globex Corp",
			email: "mary@globex.com", phone: "(555) 123-4567", owner: "Jana Vogel", phase: "awareness", salutation: "Ms.",
			created: atUTC(2024, 3, 1, 9, 0), lastContact: atUTC(2026, 2, 27, 0, 0), city: "Springfield", countryName: "USA"},
		// The mobile number stands in for the empty phone.
		{ref: "emile@paris.fr", name: "Émile Zola", given: "Émile", family: "Zola", company: "Paris SA", email: "emile@paris.fr",
			phone: "+33 6 12", owner: "Tom Berg", phase: "awareness", salutation: "Mr.", created: atUTC(2023, 12, 31, 23, 59),
			city: "Paris", countryName: "France"},
		{ref: "sven@larsen.dk", name: "Sven Larsen", given: "Sven", family: "Larsen", company: "Larsen ApS", email: "sven@larsen.dk",
			owner: "Jana Vogel", phase: "awareness", created: atUTC(2025, 3, 4, 0, 0)},
		{ref: "ana@lima.br", name: "Ana Lima", given: "Ana", family: "Lima", company: "Lima Ltda", email: "ana@lima.br",
			owner: "Jana Vogel", phase: "acquisition", created: atUTC(2025, 3, 5, 0, 0), lastContact: atUTC(2025, 3, 6, 0, 0)},
		{ref: "kai@roth.de", name: "Kai Roth", given: "Kai", family: "Roth", company: "Roth KG", email: "kai@roth.de",
			owner: "Tom Berg", phase: "conversion", created: atUTC(2025, 1, 10, 0, 0)},
		{ref: "eve@stone.com", name: "Eve Stone", given: "Eve", family: "Stone", company: "Stone Inc", email: "eve@stone.com",
			owner: "Tom Berg", phase: "lost", created: atUTC(2025, 2, 10, 0, 0)},
	})
}

func TestImportOdooContacts(t *testing.T) {
	importsAs(t, "odoo_contacts.csv", SourceOdoo, []sourceCustomer{
		// The person's company is the related one, read where "Company Name" is empty.
		{ref: "lucia@example.es", name: "Lucía Gómez", company: "Gómez SL", email: "lucia@example.es", phone: "+34 91 123",
			owner: "Jana Vogel", phase: "awareness", tags: []string{"Partner", "VIP"}, created: atUTC(2024, 3, 1, 10, 22).Add(33 * time.Second),
			city: "Madrid", countryName: "Spain", otherPhones: []string{"+34 600 1"}},
		{ref: "info@gomez.es", name: "Gómez SL", company: "Gómez SL", email: "info@gomez.es", phone: "+34 91 000",
			owner: "Jana Vogel", phase: "awareness", created: atUTC(2024, 2, 1, 9, 0), city: "Madrid", countryName: "Spain"},
		{ref: "stefan@gross.de", name: "Stefan Groß", email: "stefan@gross.de", phase: "awareness", created: atUTC(2025, 11, 20, 16, 45),
			city: "München", countryName: "Germany"},
	})
}

func TestImportGoogleContacts(t *testing.T) {
	importsAs(t, "google_contacts.csv", SourceGoogle, []sourceCustomer{
		// Google's own labels ("* myContacts", "* starred") are not tags.
		{ref: "max@mueller.de", name: "Maximilian Johann Müller", given: "Maximilian", family: "Müller", company: "Müller & Söhne",
			email: "max@mueller.de", phone: "+49 171 2", phase: "awareness", salutation: "Dr.", tags: []string{"Kunden", "VIP"},
			created: testNow, city: "Hamburg", countryName: "Germany", otherEmails: []string{"max@privat.de"}},
		{ref: "siobhan@example.ie", name: "Siobhán Ní Bhriain", given: "Siobhán", family: "Ní Bhriain", email: "siobhan@example.ie",
			phase: "awareness", created: testNow},
	})
}

func TestImportOutlookContacts(t *testing.T) {
	importsAs(t, "outlook_contacts.csv", SourceOutlook, []sourceCustomer{
		{ref: "ingrid@fjord.se", name: "Ingrid Bergström", given: "Ingrid", family: "Bergström", company: "Fjord AB",
			email: "ingrid@fjord.se", phone: "+46 31 123", phase: "awareness", salutation: "Ms.", tags: []string{"Kunden", "VIP"},
			created: testNow, city: "Göteborg", countryName: "Sweden", otherPhones: []string{"+46 70 1"}},
		{ref: "paul@example.com", name: "Paul Q. Smith", given: "Paul", family: "Smith", email: "paul@example.com",
			phone: "555-0100", phase: "awareness", created: testNow, otherEmails: []string{"paul2@example.com"}},
	})
}

// A stage the table lacks is a bad row that names it, and nothing is
// written; --phase-map maps it, and changes a stage the table has.
func TestImportStageTableIsChangedByPhaseMap(t *testing.T) {
	b := openTestBook(t)
	text := "Record ID,First Name,Last Name,Email,Lifecycle Stage,Contact owner,Create Date\n" +
		"1,Ada,Lovelace,ada@example.com,Partner,Jana,2024-01-02\n" +
		"2,Alan,Turing,alan@example.com,Sales Qualified Lead,Jana,2024-01-03\n"
	_, err := importText(t, b, Customers, text, ImportOptions{})
	var refused *ImportError
	if !errors.As(err, &refused) || len(refused.Rows) != 1 || refused.Rows[0].Line != 2 ||
		refused.Rows[0].Column != "Lifecycle Stage" || !hasCode(refused.Rows[0].Err, CodeStageUnmapped) ||
		!strings.Contains(err.Error(), `"Partner"`) {
		t.Fatalf("a stage the table lacks gives %v, want line 2 refused naming the stage", err)
	}
	if n := bookSize(t, b); n != 0 {
		t.Fatalf("%d customers written by a refused import", n)
	}
	r := mustImportText(t, b, Customers, text, ImportOptions{PhaseMap: []string{"Partner=Loyalty", "sales qualified lead = Vertrauen"},
		PhaseNames: lifecycle.PhaseNames{"acquisition": {"Vertrauen"}}})
	if got := customerNamed(t, b, "ada@example.com").Phase; got != "loyalty" {
		t.Errorf("Partner mapped to loyalty by its label gives %q", got)
	}
	if got := customerNamed(t, b, "alan@example.com").Phase; got != "acquisition" {
		t.Errorf("Sales Qualified Lead mapped by its German label gives %q", got)
	}
	var partner, sql StageMapping
	for _, s := range r.Stages {
		switch s.Stage {
		case "Partner":
			partner = s
		case "Sales Qualified Lead":
			sql = s
		}
	}
	if partner != (StageMapping{Stage: "Partner", Phase: "loyalty", ByUser: true, Rows: 1}) ||
		sql != (StageMapping{Stage: "Sales Qualified Lead", Phase: "acquisition", ByUser: true, Rows: 1}) {
		t.Errorf("table lines %+v and %+v", partner, sql)
	}
}

func TestImportRefusesABadPhaseMapping(t *testing.T) {
	b := openTestBook(t)
	text := "Record ID,First Name,Email,Lifecycle Stage,Contact owner\n1,Ada,ada@example.com,lead,Jana\n"
	for bad, code := range map[string]string{"Partner": CodePhaseMapForm, "=loyalty": CodePhaseMapForm, "Partner=nowhere": CodePhaseMapPhase} {
		if _, err := importText(t, b, Customers, text, ImportOptions{PhaseMap: []string{bad}}); !hasCode(err, code) {
			t.Errorf("--phase-map %q gives %v, want %s", bad, err, code)
		}
	}
}

// Each fixture is taken for its own system, and --from overrides the
// header; a header that fits two systems alike is refused.
func TestImportFindsTheSystemByHeader(t *testing.T) {
	for name, want := range map[string]Source{
		"hubspot_contacts.csv": SourceHubSpot, "hubspot_kontakte.csv": SourceHubSpot, "pipedrive_persons.csv": SourcePipedrive,
		"salesforce_contacts.csv": SourceSalesforce, "salesforce_leads.csv": SourceSalesforce, "odoo_contacts.csv": SourceOdoo,
		"google_contacts.csv": SourceGoogle, "outlook_contacts.csv": SourceOutlook,
	} {
		b := openTestBook(t)
		r, err := importFromSource(t, b, name, ImportOptions{DryRun: true})
		if err != nil || r.Source.Source != want {
			t.Errorf("%s: taken for %q (%v), want %q", name, r.Source.Source, err, want)
		}
	}
	b := openTestBook(t)
	r := mustImportText(t, b, Customers, "Name,E-Mail,Firma\nAnna,anna@example.de,Müller\n", ImportOptions{DryRun: true})
	if r.Source.Source != "" || len(r.Stages) != 0 {
		t.Errorf("a spreadsheet of tend's columns is taken for %+v", r.Source)
	}
	// --from names the system in any case, as the user types it.
	r = mustImportText(t, b, Customers, "Name,E-Mail\nAnna,anna@example.de\n", ImportOptions{DryRun: true, From: " Odoo"})
	if r.Source != (SourceChoice{Source: SourceOdoo, Forced: true}) {
		t.Errorf("--from Odoo gives %+v", r.Source)
	}
	// Columns of HubSpot and Salesforce, two each.
	_, err := importText(t, b, Customers, "Name,Record ID,Lifecycle Stage,Account Name,Lead Owner\nAnna,1,lead,X,Y\n", ImportOptions{DryRun: true})
	if !hasCode(err, CodeSourceUnsure) {
		t.Errorf("a header of two systems alike gives %v", err)
	}
}
