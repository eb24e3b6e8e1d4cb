package data

import (
	"slices"
	"sort"
	"time"

	"tend/lifecycle"
)

// Event is one entry of a customer's history: exactly one of Contact,
// Purchase, Change and Edit is set.
type Event struct {
	At       time.Time
	Contact  *lifecycle.Contact
	Purchase *lifecycle.Purchase
	Change   *lifecycle.PhaseChange
	Edit     *AuditEntry
}

// Events merges the history into one list, newest first. Within one second
// the later record of a list comes first, so that a move made right after
// the customer was created reads above the creation.
func (h History) Events() []Event {
	out := make([]Event, 0, len(h.Contacts)+len(h.Purchases)+len(h.PhaseChanges))
	for i := range h.Contacts {
		out = append(out, Event{At: h.Contacts[i].At, Contact: &h.Contacts[i]})
	}
	for i := range h.Purchases {
		out = append(out, Event{At: h.Purchases[i].At, Purchase: &h.Purchases[i]})
	}
	for i := range h.PhaseChanges {
		out = append(out, Event{At: h.PhaseChanges[i].At, Change: &h.PhaseChanges[i]})
	}
	// Moves and their reasons are in the audit trail too, to say who made
	// them; the phase changes tell them already, as a contact tells that
	// it answered a follow-up (or, taken back, no longer does).
	for i := range h.Audit {
		if f := h.Audit[i].Field; f != "phase" && f != reasonField && !answering(h.Audit[i]) {
			out = append(out, Event{At: h.Audit[i].At, Edit: &h.Audit[i]})
		}
	}
	// Oldest first keeps each list's own order within a second; reversed,
	// the newest comes first.
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	slices.Reverse(out)
	return out
}

// answering tells whether an audit entry is a follow-up answered by a
// contact, or reopened as the contact was taken back.
func answering(e AuditEntry) bool {
	return e.Field == followUpField && (e.New == FollowUpAnswered || e.Old == FollowUpAnswered)
}

// Author names who made the event, "" when nobody known did (an entry
// made before the book recorded authors).
func (e Event) Author() string {
	switch {
	case e.Contact != nil:
		return e.Contact.Who
	case e.Purchase != nil:
		return e.Purchase.Who
	case e.Edit != nil:
		return e.Edit.Who
	}
	return e.Change.Who
}

// ByOthers tells that someone other than me made one of the events: on
// such a history each entry's author matters, on one's own it is noise.
func ByOthers(events []Event, me string) bool {
	return slices.ContainsFunc(events, func(e Event) bool { return e.Author() != "" && e.Author() != me })
}
