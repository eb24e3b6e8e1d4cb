package lifecycle

import (
	"fmt"
	"strings"
	"time"
)

// winBack flags a customer worth winning back: one in an ended phase, or an
// owning one the purchase model takes for most likely gone. The severity
// follows the worth alone, since that is what the re-engagement list ranks
// by. Customers marked do not contact and those attempted within the
// cool-down are left alone.
func winBack(f Facts, r Rules, asOf time.Time) (Flag, bool) {
	if f.DoNotContact || attemptedRecently(f, r, asOf) {
		return Flag{}, false
	}
	var reason string
	switch {
	case f.Group == Ended:
		reason = r.say(func() string { return endedFor(f, asOf) })
	case f.Group == Owning && f.Forecast.Fitted && f.Forecast.PAlive < r.WinBackPAlive:
		reason = r.say(func() string { return pAliveReason(f) })
	default:
		return Flag{}, false
	}
	worth := f.Worth()
	var notes []string
	if worth > 0 && !r.wordless {
		notes = append(notes, worthReason(f, worth))
	}
	notes = append(notes, caveats(f, true)...)
	return newFlag(WinBack, worth, []signal{{reason, worthShare(worth)}}, notes...)
}

// attemptedRecently tells whether a win-back attempt was made less than
// Rules.WinBackCooldownDays ago.
func attemptedRecently(f Facts, r Rules, asOf time.Time) bool {
	return known(f.LastWinBackAttempt, asOf) && daysSince(f.LastWinBackAttempt, asOf) < r.WinBackCooldownDays
}

// endedFor says how long the customer has been in the ended phase.
func endedFor(f Facts, asOf time.Time) string {
	in := "in " + f.phaseName()
	if f.PhaseSince.IsZero() {
		return in
	}
	if d := daysSince(f.PhaseSince, asOf); d > 0 {
		return in + " for " + plural(d, "day")
	}
	return in + " since today"
}

// worthReason says what the worth is made of.
func worthReason(f Facts, worth Money) string {
	var parts []string
	if f.TotalSpend != 0 {
		parts = append(parts, f.TotalSpend.Grouped()+" spent")
	}
	if e := f.expected(); e != 0 {
		part := e.Grouped() + " a year as entered"
		if f.Forecast.Fitted {
			part = fmt.Sprintf("%s expected from %.1f more purchases", e.Grouped(), f.Forecast.ExpectedPurchases)
		}
		parts = append(parts, part)
	}
	return "worth " + worth.Grouped() + ": " + strings.Join(parts, ", ")
}
