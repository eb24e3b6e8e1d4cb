package data

import (
	"slices"
	"strings"

	"tend/lifecycle"
)

// Deals are the deals (Pipedrive) or opportunities (Odoo) of a sales
// pipeline, as a CRM exports them. They are imported, never exported: each
// becomes a purchase or a note, and evidence of its customer's phase.
const Deals Entity = "deals"

// DealStatus is where a deal stands.
type DealStatus string

// The statuses of a deal. A deleted deal (Pipedrive exports them when
// asked to) is left out of an import.
const (
	DealOpen    DealStatus = "open"
	DealWon     DealStatus = "won"
	DealLost    DealStatus = "lost"
	dealDeleted DealStatus = "deleted"
)

// dealStatuses are the words CRMs write for a status, in English and
// German, as columnKey reduces them.
var dealStatuses = map[string]DealStatus{
	"open": DealOpen, "offen": DealOpen, "won": DealWon, "gewonnen": DealWon,
	"lost": DealLost, "verloren": DealLost, "deleted": dealDeleted, "geloescht": dealDeleted,
}

// ParseDealStatus reads open, won or lost (offen, gewonnen, verloren),
// case and umlauts aside, and deleted (gelöscht), which an import leaves out.
func ParseDealStatus(s string) (DealStatus, error) {
	if st, ok := dealStatuses[columnKey(s)]; ok && strings.TrimSpace(s) != "" {
		return st, nil
	}
	return "", lifecycle.Problemf(CodeDealStatus, lifecycle.Values{"Value": s},
		"%q is not a deal status (use open, won or lost)", s)
}

// wonStages are the names of the stage Odoo puts a won opportunity in,
// which has no status column.
var wonStages = []string{"won", "gewonnen"}

// ParseDealValue reads a deal's value as ParseAmount does, currency and
// all; a deal is worth nothing or more, never less.
func ParseDealValue(s string) (lifecycle.Money, error) {
	m, err := lifecycle.ParseAmount(s)
	if err == nil && m < 0 {
		return 0, lifecycle.Problemf(CodeDealValueNegative, lifecycle.Values{"Value": s},
			"%q is less than nothing; a deal's value cannot be", s)
	}
	return m, err
}

// dealSource names the CRM a deals file comes from, by its header:
// Pipedrive prefixes its columns with "Deal - ", Odoo calls a deal an
// opportunity. It is "" for a file of neither.
func dealSource(header []string) Source {
	for _, h := range header {
		switch key := columnKey(h); {
		case strings.HasPrefix(key, "deal") && strings.Contains(h, " - "):
			return SourcePipedrive
		case key == "opportunity" || key == "verkaufschance":
			return SourceOdoo
		}
	}
	return ""
}

// dealFields are the columns of Pipedrive's deal exports and Odoo's
// opportunity exports, English and German. A deal names its customer by
// the person's e-mail, else the person's name and organization; Odoo's
// Customer is a name, or "Company, Person".
var dealFields = []fieldSpec{
	{fieldTitle, []string{"Deal - Title", "Deal - Titel", "Opportunity", "Verkaufschance", "Deal", "Title", "Titel"}},
	{fieldCustomer, []string{"Customer", "Kunde", "Partner"}},
	{fieldCustomerEmail, []string{"Person - Email", "Person - E-Mail", "Person - Email - Work", "Person - E-Mail - Arbeit",
		"Person - Email - Other", "Person - E-Mail - Andere", "Email", "E-Mail", "Contact Email"}},
	{fieldCustomerName, []string{"Person - Name", "Deal - Contact person", "Deal - Kontaktperson", "Contact Name", "Kontaktname"}},
	{fieldCustomerCompany, []string{"Organization - Name", "Organisation - Name", "Deal - Organization", "Deal - Organisation",
		"Company Name", "Firmenname", "Company", "Firma"}},
	{fieldAmount, []string{"Deal - Value", "Deal - Wert", "Expected Revenue", "Erwarteter Umsatz", "Value", "Wert"}},
	{fieldCurrency, []string{"Deal - Currency", "Deal - Währung", "Currency", "Währung"}},
	{fieldStage, []string{"Deal - Stage", "Deal - Phase", "Stage", "Phase"}},
	{fieldStatus, []string{"Deal - Status", "Status"}},
	{fieldLostReason, []string{"Deal - Lost reason", "Deal - Verlustgrund", "Lost Reason", "Verlustgrund"}},
	{fieldWonAt, []string{"Deal - Won time", "Deal - Gewonnen am", "Won time"}},
	{fieldClosedAt, []string{"Deal - Close date", "Deal - Deal closed on", "Deal - Lost time", "Deal - Abschlussdatum",
		"Deal - Verloren am", "Closed Date", "Date Closed", "Abschlussdatum", "Geschlossen am"}},
	{fieldExpectedClose, []string{"Deal - Expected close date", "Deal - Erwartetes Abschlussdatum", "Expected Closing",
		"Erwarteter Abschluss", "Expected close date"}},
	{fieldCreatedAt, []string{"Deal - Add time", "Deal - Erstellt am", "Deal - Hinzugefügt am", "Created on", "Erstellt am", "Created", "Erstellt"}},
	{fieldOwner, []string{"Deal - Owner", "Deal - Besitzer", "Deal - Inhaber", "Salesperson", "Verkäufer", "Owner", "Betreuer"}},
	{fieldActive, []string{"Active", "Aktiv"}},
}

// dealStatus reads a row's status: its status column's, else (Odoo) won in
// a won stage, lost when inactive or given a lost reason, else open.
func (c *cells) dealStatus() DealStatus {
	if c.cols.has(fieldStatus) {
		var st DealStatus
		setCell(c, fieldStatus, &st, ParseDealStatus)
		if st == "" && !c.bad() {
			c.fail(fieldStatus, errEmptyCell)
		}
		return st
	}
	stage, _ := c.text(fieldStage)
	active := true
	setCell(c, fieldActive, &active, parseYesNo)
	_, reason := c.text(fieldLostReason)
	switch {
	case slices.Contains(wonStages, columnKey(stage)):
		return DealWon
	case !active || reason:
		return DealLost
	}
	return DealOpen
}
