package data

import (
	"slices"
	"testing"
)

func TestColumnNamesMatchLoosely(t *testing.T) {
	cases := []struct {
		what   Entity
		header string
		want   field
	}{
		{Customers, "E-Mail", fieldEmail},
		{Customers, "e_mail", fieldEmail},
		{Customers, " EMAIL ", fieldEmail},
		{Customers, "Umsatz/Jahr", fieldValue},
		{Customers, "Value (EUR)", fieldValue},
		{Customers, "Wert in EUR", fieldValue},
		{Customers, "Tel.", fieldPhone},
		{Customers, "Firma", fieldCompany},
		{Customers, "Kunde", fieldName},
		{Customers, "Schlagworte", fieldTags},
		{Customers, "Betreuer", fieldOwner},
		{Customers, "Zuständig", fieldOwner},
		{Customers, "do_not_contact", fieldDoNotContact},
		{Purchases, "Kunde", fieldCustomer},
		{Purchases, "Betrag in EUR", fieldAmount},
		{Purchases, "Betrag €", fieldAmount},
		{Purchases, "Währung", fieldCurrency},
		{Purchases, "Wa\u0308hrung", fieldCurrency}, // as macOS spells it
		{Purchases, "Waehrung", fieldCurrency},
		{Purchases, "Datum (TT.MM.JJJJ)", fieldAt},
		{Purchases, "Notiz", fieldNote},
		{Purchases, "customer_email", fieldCustomerEmail},
		{Contacts, "Notiz", fieldSummary},
		{Contacts, "Zusammenfassung", fieldSummary},
		{Contacts, "Art", fieldKind},
		{Contacts, "Follow-up date", fieldFollowUp},
	}
	for _, c := range cases {
		cols, _ := matchColumns(c.what, []string{c.header}, nil, nil)
		if !cols.has(c.want) {
			t.Errorf("%s column %q: not read as %s (ignored %q)", c.what, c.header, c.want, cols.ignored)
		}
	}
}

func TestTheFirstColumnThatNamesAFieldWins(t *testing.T) {
	cols, err := matchColumns(Contacts, []string{"Kunde", "Datum", "Value (EUR)", "Notiz", "Zusammenfassung", "Summary"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cols.index[fieldSummary] != 3 || !slices.Equal(cols.ignored, []string{"Value (EUR)", "Zusammenfassung", "Summary"}) {
		t.Errorf("summary from column %d, ignored %q", cols.index[fieldSummary], cols.ignored)
	}
	// A whole name beats a loose one, wherever it stands.
	cols, _ = matchColumns(Customers, []string{"Name", "Wert (EUR)", "Wert"}, nil, nil)
	if cols.index[fieldValue] != 2 || !slices.Equal(cols.ignored, []string{"Wert (EUR)"}) {
		t.Errorf("value from column %d, ignored %q", cols.index[fieldValue], cols.ignored)
	}
}

func TestTendsOwnDerivedColumnsAreNotReportedAsIgnored(t *testing.T) {
	cols, err := matchColumns(Customers, CustomerColumns, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(cols.ignored) != 0 || !slices.Equal(cols.derived, derivedColumns[Customers]) {
		t.Errorf("ignored %q, derived %q", cols.ignored, cols.derived)
	}
}

// Each column name must lead to one field of an entity; a name given to
// two fields would silently go to whichever was listed last.
func TestNoColumnNameNamesTwoFields(t *testing.T) {
	for what, specs := range importFields {
		seen := map[string]field{}
		for _, s := range specs {
			for _, name := range append([]string{s.field.String()}, s.aliases...) {
				key := columnKey(name)
				if f, ok := seen[key]; ok && f != s.field {
					t.Errorf("%s: %q names both %s and %s", what, name, f, s.field)
				}
				seen[key] = s.field
			}
		}
	}
}
