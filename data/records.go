package data

import (
	"fmt"
	"strings"
	"time"

	"tend/lifecycle"
)

// The record types are the book's data as it leaves the program: in JSON
// from list, show and export, and (flattened) in CSV. Times are RFC 3339,
// money in whole units of its currency.

// CustomerRecord is a customer as exported.
type CustomerRecord struct {
	ID             int64    `json:"id"`
	Name           string   `json:"name"`
	Company        string   `json:"company"`
	Email          string   `json:"email"`
	Phone          string   `json:"phone"`
	Owner          string   `json:"owner"`
	Phase          string   `json:"phase"`
	PhaseLabel     string   `json:"phase_label"`
	PhaseSince     string   `json:"phase_since"`
	Value          float64  `json:"value"`
	Tags           []string `json:"tags"`
	Promoter       bool     `json:"promoter"`
	DoNotContact   bool     `json:"do_not_contact"`
	CreatedAt      string   `json:"created_at"`
	UpdatedAt      string   `json:"updated_at"`
	ArchivedAt     *string  `json:"archived_at"`
	LastContactAt  *string  `json:"last_contact_at"`
	LastPurchaseAt *string  `json:"last_purchase_at"`
	ContactCount   int      `json:"contact_count"`
	PurchaseCount  int      `json:"purchase_count"`
	TotalSpend     float64  `json:"total_spend"`
	GivenName      string   `json:"given_name"`
	FamilyName     string   `json:"family_name"`
	Salutation     string   `json:"salutation"`
	Street         string   `json:"street"`
	Postcode       string   `json:"postcode"`
	City           string   `json:"city"`
	Region         string   `json:"region"`
	Country        string   `json:"country"`
	Language       string   `json:"language"`
	OtherEmails    []string `json:"other_emails"`
	OtherPhones    []string `json:"other_phones"`
}

// ContactRecord is a contact as exported; the customer is named by id and
// email so that an import into another book finds it.
type ContactRecord struct {
	ID            int64   `json:"id"`
	CustomerID    int64   `json:"customer_id"`
	CustomerEmail string  `json:"customer_email,omitempty"`
	CustomerName  string  `json:"customer_name,omitempty"`
	At            string  `json:"at"`
	Kind          string  `json:"kind"`
	Direction     string  `json:"direction"`
	Summary       string  `json:"summary"`
	Sentiment     string  `json:"sentiment"`
	Moment        bool    `json:"moment"`
	FollowUp      *string `json:"follow_up"`
	// The follow-up's state (open, moved, answered, done), the day it was
	// moved to, and when and by whom it was closed: only an export reads
	// them, so only it writes them.
	FollowUpState    string  `json:"follow_up_state,omitempty"`
	FollowUpMovedTo  *string `json:"follow_up_moved_to,omitempty"`
	FollowUpClosedAt *string `json:"follow_up_closed_at,omitempty"`
	FollowUpClosedBy string  `json:"follow_up_closed_by,omitempty"`
	Who              string  `json:"who"`
}

// PurchaseRecord is a purchase as exported.
type PurchaseRecord struct {
	ID            int64   `json:"id"`
	CustomerID    int64   `json:"customer_id"`
	CustomerEmail string  `json:"customer_email,omitempty"`
	CustomerName  string  `json:"customer_name,omitempty"`
	At            string  `json:"at"`
	Amount        float64 `json:"amount"`
	Currency      string  `json:"currency"`
	Note          string  `json:"note"`
	Who           string  `json:"who"`
}

// PhaseChangeRecord is a move between phases as exported. ReasonKey and
// ReasonNote say why a customer was lost or won back (empty for other
// moves, and where none was given).
type PhaseChangeRecord struct {
	At         string `json:"at"`
	From       string `json:"from"`
	To         string `json:"to"`
	Reason     string `json:"reason"`
	ReasonKey  string `json:"reason_key"`
	ReasonNote string `json:"reason_note"`
	Who        string `json:"who"`
}

// rfc3339 formats a time for records.
func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }

// optionalTime formats a time that may be missing.
func optionalTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := rfc3339(t)
	return &s
}

// NewCustomerRecord turns a customer into its record; lc gives the phase's
// label.
func NewCustomerRecord(c lifecycle.Customer, lc lifecycle.Lifecycle) CustomerRecord {
	label := c.Phase
	if p, err := lc.Find(c.Phase); err == nil {
		label = p.Label
	}
	return CustomerRecord{
		ID: c.ID, Name: c.Name, Company: c.Company, Email: c.Email, Phone: c.Phone, Owner: c.Owner,
		Phase: c.Phase, PhaseLabel: label, PhaseSince: rfc3339(c.PhaseSince),
		Value: c.Value.Float(), Tags: c.Tags, Promoter: c.Promoter, DoNotContact: c.DoNotContact,
		CreatedAt: rfc3339(c.CreatedAt), UpdatedAt: rfc3339(c.UpdatedAt), ArchivedAt: optionalTime(c.ArchivedAt),
		LastContactAt: optionalTime(c.LastContactAt), LastPurchaseAt: optionalTime(c.LastPurchaseAt),
		ContactCount: c.Contacts, PurchaseCount: c.Purchases, TotalSpend: c.TotalSpend.Float(),
		GivenName: c.GivenName, FamilyName: c.FamilyName, Salutation: c.Salutation, Street: c.Street,
		Postcode: c.Postcode, City: c.City, Region: c.Region, Country: c.Country, Language: c.Language,
		OtherEmails: orEmpty(c.OtherEmails), OtherPhones: orEmpty(c.OtherPhones),
	}
}

// NewContactRecord turns a contact into its record.
func NewContactRecord(c lifecycle.Contact) ContactRecord {
	return ContactRecord{
		ID: c.ID, CustomerID: c.CustomerID, At: rfc3339(c.At), Kind: string(c.Kind),
		Direction: string(c.Direction), Summary: c.Summary, Sentiment: string(c.Sentiment),
		Moment: c.Moment, FollowUp: optionalTime(c.FollowUp), Who: c.Who,
	}
}

// NewPurchaseRecord turns a purchase into its record.
func NewPurchaseRecord(p lifecycle.Purchase) PurchaseRecord {
	return PurchaseRecord{
		ID: p.ID, CustomerID: p.CustomerID, At: rfc3339(p.At), Amount: p.Amount.Float(),
		Currency: p.Currency, Note: p.Note, Who: p.Who,
	}
}

// NewPhaseChangeRecord turns a phase change into its record.
func NewPhaseChangeRecord(ch lifecycle.PhaseChange) PhaseChangeRecord {
	return PhaseChangeRecord{At: rfc3339(ch.At), From: ch.From, To: ch.To, Reason: ch.Reason,
		ReasonKey: ch.ReasonKey, ReasonNote: ch.ReasonNote, Who: ch.Who}
}

// CustomerColumns are the CSV columns of an exported customer, in order.
var CustomerColumns = []string{"id", "name", "company", "email", "phone", "owner", "phase", "phase_label", "phase_since",
	"value", "tags", "promoter", "do_not_contact", "created_at", "updated_at", "archived_at",
	"last_contact_at", "last_purchase_at", "contact_count", "purchase_count", "total_spend",
	"given_name", "family_name", "salutation", "street", "postcode", "city", "region", "country", "language",
	"other_emails", "other_phones"}

// CSV flattens the record into CustomerColumns; tags are joined by "; ".
func (r CustomerRecord) CSV() []string {
	return []string{fmt.Sprint(r.ID), r.Name, r.Company, r.Email, r.Phone, r.Owner, r.Phase, r.PhaseLabel, r.PhaseSince,
		money(r.Value), strings.Join(r.Tags, "; "), fmt.Sprint(r.Promoter), fmt.Sprint(r.DoNotContact), r.CreatedAt, r.UpdatedAt,
		deref(r.ArchivedAt), deref(r.LastContactAt), deref(r.LastPurchaseAt),
		fmt.Sprint(r.ContactCount), fmt.Sprint(r.PurchaseCount), money(r.TotalSpend),
		r.GivenName, r.FamilyName, r.Salutation, r.Street, r.Postcode, r.City, r.Region, r.Country, r.Language,
		strings.Join(r.OtherEmails, lifecycle.OtherSeparator), strings.Join(r.OtherPhones, lifecycle.OtherSeparator)}
}

// orEmpty is list, or an empty one for none: JSON says [] rather than
// null.
func orEmpty(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

func money(f float64) string { return lifecycle.MoneyFromFloat(f).String() }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ContactColumns are the CSV columns of an exported contact, in order.
var ContactColumns = []string{"id", "customer_id", "customer_email", "customer_name", "at", "kind", "direction",
	"summary", "sentiment", "moment", "follow_up", "follow_up_state", "follow_up_moved_to", "follow_up_closed_at",
	"follow_up_closed_by", "who"}

// CSV flattens the record into ContactColumns.
func (r ContactRecord) CSV() []string {
	return []string{fmt.Sprint(r.ID), fmt.Sprint(r.CustomerID), r.CustomerEmail, r.CustomerName, r.At, r.Kind, r.Direction,
		r.Summary, r.Sentiment, fmt.Sprint(r.Moment), deref(r.FollowUp),
		r.FollowUpState, deref(r.FollowUpMovedTo), deref(r.FollowUpClosedAt), r.FollowUpClosedBy, r.Who}
}

// PurchaseColumns are the CSV columns of an exported purchase, in order.
var PurchaseColumns = []string{"id", "customer_id", "customer_email", "customer_name", "at", "amount", "currency", "note", "who"}

// CSV flattens the record into PurchaseColumns.
func (r PurchaseRecord) CSV() []string {
	return []string{fmt.Sprint(r.ID), fmt.Sprint(r.CustomerID), r.CustomerEmail, r.CustomerName, r.At,
		money(r.Amount), r.Currency, r.Note, r.Who}
}
