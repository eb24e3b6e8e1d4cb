package lifecycle

import "time"

// stalled flags a customer in a buying phase without activity for longer
// than the phase allows, like a deal gone stale in a sales pipeline.
// Entering the phase counts as activity. A lead marked do not contact is
// flagged too, saying so, since a stale deal is worth closing either way.
func stalled(f Facts, r Rules, asOf time.Time) (Flag, bool) {
	if f.Group != Buying {
		return Flag{}, false
	}
	since := f.LastActivity
	if f.PhaseSince.After(since) {
		since = f.PhaseSince
	}
	idle, limit := daysSince(since, asOf), r.PhaseAllows(f.Phase, Buying)
	if since.IsZero() || idle <= limit {
		return Flag{}, false
	}
	reason := r.say(ReasonIdle, func() map[string]any {
		return map[string]any{"Days": idle, "Phase": f.phaseName(), "Limit": limit}
	})
	return newFlag(Stalled, f.Worth(), []signal{{reason, past(float64(idle-limit), float64(limit))}}, caveats(f, false)...)
}
