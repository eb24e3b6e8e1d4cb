package lifecycle

import "time"

// riskSignals are the signs that an owning customer may leave, in the order
// their reasons are given.
var riskSignals = []func(Facts, Rules, time.Time) (signal, bool){
	silence, overdueFollowUp, negativeContacts, negativeMoment, lowPAlive, spendDrop,
}

// atRisk flags an owning customer who shows any sign of leaving. A customer
// marked do not contact is flagged too, since the risk is real and the
// account's owner should see it; the flag says so.
func atRisk(f Facts, r Rules, asOf time.Time) (Flag, bool) {
	if f.Group != Owning {
		return Flag{}, false
	}
	var signals []signal
	for _, check := range riskSignals {
		if s, ok := check(f, r, asOf); ok {
			signals = append(signals, s)
		}
	}
	return newFlag(AtRisk, f.Worth(), signals, caveats(f, true)...)
}

// followUpHalf is how many days past its grace a follow-up is half as
// urgent as a follow-up can get.
const followUpHalf = 14

// overdueFollowUp finds an open follow-up past its date and grace.
func overdueFollowUp(f Facts, r Rules, asOf time.Time) (signal, bool) {
	late := FollowUpDaysLate(f.FollowUpDue, asOf)
	if f.FollowUpDue.IsZero() || late <= r.FollowUpGraceDays {
		return signal{}, false
	}
	return signal{r.say(ReasonFollowUpOverdue, func() map[string]any { return map[string]any{"Days": late} }),
		past(float64(late-r.FollowUpGraceDays), followUpHalf)}, true
}

// negativeContacts finds a run of negative contacts, the latest first, at
// least Rules.NegativeContacts long; a longer run is stronger.
func negativeContacts(f Facts, r Rules, _ time.Time) (signal, bool) {
	run := f.NegativeRun
	if run == 0 || run < r.NegativeContacts {
		return signal{}, false
	}
	reason := r.say(ReasonNegativeContacts, func() map[string]any { return map[string]any{"Contacts": run} })
	return signal{reason, past(float64(run), float64(r.NegativeContacts))}, true
}

// negativeMoment finds a negative moment of truth within Rules.MomentDays;
// the more recent, the stronger.
func negativeMoment(f Facts, r Rules, asOf time.Time) (signal, bool) {
	age := daysSince(f.LastNegativeMoment, asOf)
	if !known(f.LastNegativeMoment, asOf) || age > r.MomentDays {
		return signal{}, false
	}
	return signal{r.say(ReasonNegativeMoment, func() map[string]any { return map[string]any{"Days": age} }),
		1 - float64(age)/float64(r.MomentDays+1)}, true
}

// lowPAlive finds a customer the purchase model gives a low chance of
// still being active.
func lowPAlive(f Facts, r Rules, asOf time.Time) (signal, bool) {
	p := f.Forecast.PAlive
	if !f.Forecast.Fitted || !(p < r.LowPAlive) || wonBackLately(f, r, asOf) {
		return signal{}, false
	}
	return signal{r.say(ReasonLowPAlive, f.pAliveValues), 1 - p/r.LowPAlive}, true
}

// wonBackLately tells whether the customer was won back less than
// Rules.WonBackGraceDays ago: the model reads the purchases before the new
// start, so its view of them is old.
func wonBackLately(f Facts, r Rules, asOf time.Time) bool {
	return known(f.WonBackAt, asOf) && daysSince(f.WonBackAt, asOf) < r.WonBackGraceDays
}

// pAliveValues give P(alive) with the purchases it rests on.
func (f Facts) pAliveValues() map[string]any {
	return map[string]any{"PAlive": f.Forecast.PAlive, "Purchases": f.Purchases}
}

// spendDrop finds spend in the latest period well below the period before,
// where the customer ordered more than once in the period before (one
// order then and none since is how a customer who orders twice a year
// buys, not a drop),
// when the period before came to enough to matter.
func spendDrop(f Facts, r Rules, _ time.Time) (signal, bool) {
	recent, earlier := f.RecentSpend, f.EarlierSpend
	floor := r.SpendDrop * earlier.Float()
	if earlier <= 0 || earlier < r.SpendDropMinimum || f.EarlierPurchases < 2 || !(recent.Float() < floor) {
		return signal{}, false
	}
	reason := r.say(ReasonSpendDrop, func() map[string]any {
		return map[string]any{"Recent": recent, "Earlier": earlier, "Days": r.SpendDays}
	})
	return signal{reason, 1 - recent.Float()/floor}, true
}
