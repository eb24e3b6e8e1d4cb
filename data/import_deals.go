package data

import (
	"cmp"
	"encoding/json"
	"strings"
	"time"

	"tend/lifecycle"
)

// Deal is a deal or opportunity as an import reads it, for the words of
// the note it leaves: ImportOptions.DealNote says it.
type Deal struct {
	Title, Stage  string
	Status        DealStatus
	Value         lifecycle.Money
	Currency      string
	LostReason    string
	ExpectedClose time.Time // zero when the file gives none
}

// DealReport says what a deals import did, besides its rows.
type DealReport struct {
	// Source is SourcePipedrive or SourceOdoo, as the header tells; ""
	// when it does not.
	Source Source `json:"source"`
	// Won, Open and Lost count the deals of each status; deleted ones
	// are skipped.
	Won       int          `json:"won"`
	Open      int          `json:"open"`
	Lost      int          `json:"lost"`
	Purchases int          `json:"purchases"`  // won deals stored as purchases
	Notes     int          `json:"notes"`      // open and lost deals stored as notes
	FollowUps int          `json:"follow_ups"` // of the notes, those due again when the deal is expected to close
	Moved     []PhaseMoves `json:"-"`          // written as "moved": the customers moved, by phase key
}

// MarshalJSON writes the report as tend import --json prints it, the same
// in every language: the customers moved by phase key.
func (d DealReport) MarshalJSON() ([]byte, error) {
	type plain DealReport
	moved := make(map[string]int, len(d.Moved))
	for _, m := range d.Moved {
		moved[m.Phase.Key] = m.Customers
	}
	return json.Marshal(struct {
		plain
		Moved map[string]int `json:"moved"`
	}{plain(d), moved})
}

// PhaseMoves counts the customers a deals import moved to one phase.
type PhaseMoves struct {
	Phase     lifecycle.Phase
	Customers int
}

// dealRow imports one row of a deals file. A won deal is a purchase, of
// its value on the day it was won; an open one a note that is due again
// when the deal is expected to close; a lost one a note with its reason.
// An open deal is evidence of a sales process, so its customer is at least
// in the phase of an opportunity (acquisition in the classic preset); a won
// one makes a buying customer one that
// owns. A lost deal moves no one: the sources call lost a customer who
// stopped buying, not a prospect who did not buy, and one with other deals
// may still be won.
func (r *importRun) dealRow(c *cells) error {
	if r.report.Deals.Source == "" {
		r.report.Deals.Source = dealSource(c.cols.names)
	}
	d := c.readDeal()
	if c.bad() {
		return nil
	}
	if d.Status == dealDeleted {
		r.report.Skipped++
		return nil
	}
	at := c.dealTime(d.Status, r.now)
	ref := c.dealCustomer(r.report.Deals.Source)
	if c.bad() {
		return nil
	}
	target, moves := r.dealPhase(d.Status)
	id, err := r.customerOf(c, ref, at, target.Key)
	if err != nil || id == 0 {
		return err
	}
	if err := r.storeDeal(c, id, d, at); err != nil || c.bad() {
		return err
	}
	if !moves {
		return nil
	}
	return r.moveForDeal(id, target, at)
}

// readDeal reads a row's deal.
func (c *cells) readDeal() Deal {
	d := Deal{Currency: lifecycle.DefaultCurrency}
	d.Status = c.dealStatus()
	setCell(c, fieldTitle, &d.Title, asText)
	setCell(c, fieldStage, &d.Stage, asText)
	setCell(c, fieldLostReason, &d.LostReason, asText)
	setCell(c, fieldAmount, &d.Value, ParseDealValue)
	if amount, ok := c.text(fieldAmount); ok {
		d.Currency = cmp.Or(currencyIn(amount), d.Currency)
	}
	setCell(c, fieldCurrency, &d.Currency, parseCurrency)
	if d.Status == DealOpen {
		setCell(c, fieldExpectedClose, &d.ExpectedClose, c.future)
	}
	c.require(fieldTitle)
	if d.Status == DealWon {
		c.require(fieldAmount)
	}
	return d
}

// dealTime is when a deal's purchase or note happened: a won deal when it
// was won or closed, a lost one when it closed, an open one when it was
// added; else when it was added, else now. A won deal must say when: a
// row that does not is bad.
func (c *cells) dealTime(st DealStatus, now time.Time) time.Time {
	order := map[DealStatus][]field{
		DealWon:  {fieldWonAt, fieldClosedAt, fieldCreatedAt},
		DealLost: {fieldClosedAt, fieldCreatedAt},
		DealOpen: {fieldCreatedAt},
	}[st]
	for _, f := range order {
		if _, ok := c.text(f); ok {
			var at time.Time
			setCell(c, f, &at, c.happened)
			return at
		}
	}
	if st == DealWon {
		c.fail(order[0], errEmptyCell)
	}
	return now
}

// dealCustomer is the customer a deal names: its person by e-mail, else by
// name and organization; an organization alone names a customer by it.
// Odoo writes a company's contact as "Company, Person".
func (c *cells) dealCustomer(source Source) customerRef {
	ref := c.customerRef()
	setCell(c, fieldOwner, &ref.owner, asText)
	if company, person, ok := strings.Cut(ref.name, ", "); ok && source == SourceOdoo && ref.company == "" {
		ref.company, ref.name = strings.TrimSpace(company), strings.TrimSpace(person)
	}
	if ref.name == "" && ref.email == "" {
		ref.name = ref.company
	}
	return ref
}

// dealPhase is the phase a deal puts its customer in, at least, and
// whether it moves one: for an open deal the phase the stage table gives
// an opportunity in the book's preset (or, in a lifecycle without one of
// the buying group, the last buying phase), the first owning phase for a
// won one. A lost deal's new customer starts where a prospect does.
func (r *importRun) dealPhase(st DealStatus) (lifecycle.Phase, bool) {
	switch st {
	case DealOpen:
		if p, err := r.lc.Find(stepPhase(stepOpportunity, r.lc)); err == nil && p.Group == lifecycle.Buying {
			return p, true
		}
		p, ok := r.lc.Last(lifecycle.Buying)
		return p, ok
	case DealWon:
		p, ok := r.lc.First(lifecycle.Owning)
		return p, ok
	}
	p, _ := r.lc.First(lifecycle.Buying)
	return p, false
}
