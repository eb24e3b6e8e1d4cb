package lifecycle

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ReasonCode names a kind of reason a flag gives. The codes are stable, so
// that each face of the program can say a reason in its own words.
type ReasonCode string

// The reasons of flags, each with the values it carries.
const (
	// ReasonIdle: a lead without activity. Days idle, Phase, Limit.
	ReasonIdle ReasonCode = "idle"
	// ReasonSilentRhythm: no contact for longer than usual. Days quiet and
	// Every, the usual interval in whole days.
	ReasonSilentRhythm ReasonCode = "silent-rhythm"
	// ReasonSilentShortHistory: no contact for longer than the phase
	// allows while the history is short. Days, Limit.
	ReasonSilentShortHistory ReasonCode = "silent-short-history"
	// ReasonSilentSinceEntering: never contacted since entering the phase.
	// Phase, Days, Limit.
	ReasonSilentSinceEntering ReasonCode = "silent-since-entering"
	// ReasonFollowUpOverdue: Days past the follow-up's date.
	ReasonFollowUpOverdue ReasonCode = "follow-up-overdue"
	// ReasonNegativeContacts: the last Contacts contacts were negative.
	ReasonNegativeContacts ReasonCode = "negative-contacts"
	// ReasonNegativeMoment: a negative moment of truth Days ago.
	ReasonNegativeMoment ReasonCode = "negative-moment"
	// ReasonLowPAlive: PAlive, the chance of being active, after
	// Purchases purchases.
	ReasonLowPAlive ReasonCode = "low-p-alive"
	// ReasonSpendDrop: Recent spent in the last Days days, Earlier in the
	// Days before.
	ReasonSpendDrop ReasonCode = "spend-drop"
	// ReasonEnded: in an ended Phase since a day unknown.
	ReasonEnded ReasonCode = "ended"
	// ReasonEndedFor: in an ended Phase for Days (0: since today).
	ReasonEndedFor ReasonCode = "ended-for"
	// The reasons that say what a customer is Worth: Spent so far,
	// Expected as entered or by the model, from More purchases.
	ReasonWorthSpent         ReasonCode = "worth-spent"
	ReasonWorthEntered       ReasonCode = "worth-entered"
	ReasonWorthForecast      ReasonCode = "worth-forecast"
	ReasonWorthSpentEntered  ReasonCode = "worth-spent-entered"
	ReasonWorthSpentForecast ReasonCode = "worth-spent-forecast"
	// ReasonNoModel: the flag went by the rules alone, the purchase model
	// not fitted yet.
	ReasonNoModel ReasonCode = "no-model"
	// ReasonDoNotContact: the customer is marked do not contact.
	ReasonDoNotContact ReasonCode = "do-not-contact"
)

// Reason is one reason for a flag: what it is and the figures that say it,
// by the names its code documents. Money is a Money, a share a float64, a
// count or a number of days an int, a phase its label.
type Reason struct {
	Code   ReasonCode
	Values map[string]any
}

// String writes the reason's code and values, sorted by name:
// "follow-up-overdue Days=5".
func (r Reason) String() string {
	var b strings.Builder
	b.WriteString(string(r.Code))
	for _, k := range slices.Sorted(maps.Keys(r.Values)) {
		b.WriteString(" " + k + "=")
		b.WriteString(valueString(r.Values[k]))
	}
	return b.String()
}

func valueString(v any) string {
	if m, ok := v.(Money); ok {
		return m.Grouped()
	}
	return fmt.Sprint(v)
}

// caveats are the reasons that qualify a flag rather than raise it: that a
// rule which reads the purchase model had none, and that the customer is
// not to be contacted, so that nobody acting on the flag reaches out.
func caveats(f Facts, readsModel bool) []Reason {
	var notes []Reason
	if readsModel && !f.Forecast.Fitted {
		notes = append(notes, Reason{Code: ReasonNoModel})
	}
	if f.DoNotContact {
		notes = append(notes, Reason{Code: ReasonDoNotContact})
	}
	return notes
}
