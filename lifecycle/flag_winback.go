package lifecycle

import "time"

// winBack flags a customer worth winning back: one in an ended phase, or an
// owning one the purchase model takes for most likely gone. The severity
// follows the worth alone, since that is what the re-engagement list ranks
// by. Customers marked do not contact and those attempted within the
// cool-down are left alone.
func winBack(f Facts, r Rules, asOf time.Time) (Flag, bool) {
	if f.DoNotContact || attemptedRecently(f, r, asOf) {
		return Flag{}, false
	}
	var reason Reason
	switch {
	case f.Group == Ended:
		reason = r.say(endedFor(f, asOf))
	case f.Group == Owning && f.Forecast.Fitted && f.Forecast.PAlive < r.WinBackPAlive && !wonBackLately(f, r, asOf):
		reason = r.say(ReasonLowPAlive, f.pAliveValues)
	default:
		return Flag{}, false
	}
	worth := f.Worth()
	var notes []Reason
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

// endedFor is how long the customer has been in the ended phase, where
// that is known.
func endedFor(f Facts, asOf time.Time) (ReasonCode, func() map[string]any) {
	if f.PhaseSince.IsZero() {
		return ReasonEnded, func() map[string]any { return map[string]any{"Phase": f.phaseName()} }
	}
	return ReasonEndedFor, func() map[string]any {
		return map[string]any{"Phase": f.phaseName(), "Days": daysSince(f.PhaseSince, asOf)}
	}
}

// worthCodes are the reasons that say what the worth is made of, by
// whether there is spend and by what is expected: nothing, as entered or
// by the purchase model.
var worthCodes = map[bool][3]ReasonCode{
	false: {"", ReasonWorthEntered, ReasonWorthForecast},
	true:  {ReasonWorthSpent, ReasonWorthSpentEntered, ReasonWorthSpentForecast},
}

// worthReason says what the worth is made of. A worth above zero has
// spend or an expected value, or both.
func worthReason(f Facts, worth Money) Reason {
	values := map[string]any{"Worth": worth}
	if f.TotalSpend != 0 {
		values["Spent"] = f.TotalSpend
	}
	expected := 0
	if e := f.expected(); e != 0 {
		values["Expected"], expected = e, 1
		if f.Forecast.Fitted {
			values["More"], expected = f.Forecast.ExpectedPurchases, 2
		}
	}
	return Reason{Code: worthCodes[f.TotalSpend != 0][expected], Values: values}
}
