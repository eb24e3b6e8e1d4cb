package lifecycle

import "math"

// signal is one finding of a rule: its reason, and its strength, how far
// past the threshold it is, from 0 just past it toward 1.
type signal struct {
	reason   Reason
	strength float64
}

// newFlag makes a flag of the signals a rule found, with notes added to the
// reasons. Without a signal there is no flag, so that no flag can lack a
// reason; notes alone never make one.
func newFlag(kind FlagKind, worth Money, signals []signal, notes ...Reason) (Flag, bool) {
	if len(signals) == 0 {
		return Flag{}, false
	}
	reasons := make([]Reason, 0, len(signals)+len(notes))
	for _, s := range signals {
		reasons = append(reasons, s.reason)
	}
	return Flag{
		Kind:     kind,
		Severity: severity(signals, worth),
		Reasons:  append(reasons, notes...),
		Worth:    worth,
	}, true
}

// The parts of a severity: every flag starts at severityBase, the strongest
// signal adds up to severitySignal, each further signal severityMore and
// the customer's worth up to severityWorth.
const (
	severityBase   = 20
	severitySignal = 50
	severityMore   = 10
	severityWorth  = 20
)

// severity weighs the signals of a flag and the worth of the customer.
func severity(signals []signal, worth Money) int {
	top := 0.0
	for _, s := range signals {
		top = max(top, s.strength)
	}
	v := severityBase + severitySignal*min(top, 1) +
		severityMore*float64(len(signals)-1) + severityWorth*worthShare(worth)
	return min(100, int(math.Round(v)))
}

// worthShare places a worth on a scale from 0, at one unit or less, to 1,
// at a million or more. The scale is logarithmic, so that it tells 10,000
// from 1,000 as clearly as 100 from 10.
func worthShare(m Money) float64 {
	u := m.Float()
	if u <= 1 {
		return 0
	}
	return min(1, math.Log10(u)/6)
}

// past is the strength of a signal that is excess beyond its threshold: 0
// at the threshold, one half when excess reaches half, toward 1 beyond.
func past(excess, half float64) float64 {
	if half <= 0 {
		return 1
	}
	return max(0, excess) / (max(0, excess) + half)
}
