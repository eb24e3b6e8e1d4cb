package lifecycle

import (
	"math"
	"time"
)

// silence finds an owning customer gone quiet: longer without contact than
// Rules.SilenceFactor times their own usual interval or, while there are
// too few contacts to know one, than the phase allows.
func silence(f Facts, r Rules, asOf time.Time) (signal, bool) {
	if usual, ok := f.UsualContactDays(); ok && f.Contacts >= r.HistoryContacts {
		return rhythmSilence(f, r, asOf, usual)
	}
	return phaseSilence(f, r, asOf)
}

// rhythmSilence measures the quiet against the customer's usual interval.
// Contacts less than a day apart count as daily, since the quiet is
// counted in days.
func rhythmSilence(f Facts, r Rules, asOf time.Time, usual float64) (signal, bool) {
	usual = max(1, usual)
	quiet, allowed := daysSince(f.LastContact, asOf), r.SilenceFactor*usual
	if float64(quiet) <= allowed {
		return signal{}, false
	}
	reason := r.say(ReasonSilentRhythm, func() map[string]any {
		return map[string]any{"Days": quiet, "Every": int(math.Round(usual))}
	})
	return signal{reason, past(float64(quiet)-allowed, allowed)}, true
}

// phaseSilence measures the quiet against the phase's limit. A customer
// never contacted has been quiet since entering the phase.
func phaseSilence(f Facts, r Rules, asOf time.Time) (signal, bool) {
	since, limit := f.LastContact, r.PhaseAllows(f.Phase, Owning)
	if since.IsZero() {
		since = f.PhaseSince
	}
	quiet := daysSince(since, asOf)
	if since.IsZero() || quiet <= limit {
		return signal{}, false
	}
	code := ReasonSilentShortHistory
	if f.LastContact.IsZero() {
		code = ReasonSilentSinceEntering
	}
	reason := r.say(code, func() map[string]any {
		values := map[string]any{"Days": quiet, "Limit": limit}
		if code == ReasonSilentSinceEntering {
			values["Phase"] = f.phaseName()
		}
		return values
	})
	return signal{reason, past(float64(quiet-limit), float64(limit))}, true
}
