package lifecycle

// Rules are the thresholds of the flags. Each book keeps its own; a book that
// changed none uses DefaultRules.
type Rules struct {
	// StalledDays is how long a buying phase allows without activity.
	StalledDays int
	// SilenceFactor times a customer's usual contact interval is how long an
	// owning customer may go without contact.
	SilenceFactor float64
	// SilenceDays is how long an owning phase allows without contact while
	// the customer has fewer than HistoryContacts contacts to learn an
	// interval from.
	SilenceDays int
	// HistoryContacts is how many contacts make a usual interval worth
	// trusting; at least two, since an interval needs two ends.
	HistoryContacts int
	// PhaseDays overrides StalledDays (buying) or SilenceDays (owning) for
	// single phases, by phase key: a first call may wait longer than an
	// offer.
	PhaseDays map[string]int
	// FollowUpGraceDays is how many days a follow-up may pass its date
	// before it counts as overdue.
	FollowUpGraceDays int
	// NegativeContacts is how many of the latest contacts in a row must be
	// negative to put a customer at risk.
	NegativeContacts int
	// MomentDays is how long a negative moment of truth keeps a customer at
	// risk.
	MomentDays int
	// LowPAlive is the probability of still being active below which an
	// owning customer is at risk.
	LowPAlive float64
	// WinBackPAlive is the probability below which an owning customer is
	// taken as gone and becomes a win-back candidate.
	WinBackPAlive float64
	// SpendDays is the length of the two periods whose spend is compared.
	SpendDays int
	// SpendDrop is the share of the earlier period's spend that the latest
	// period must reach not to count as a drop.
	SpendDrop float64
	// SpendDropMinimum is the least spend in the earlier period for a drop
	// to count, so that small sums do not raise alarms.
	SpendDropMinimum Money
	// WinBackCooldownDays is how long after a win-back attempt the customer
	// is left alone.
	WinBackCooldownDays int
	// WonBackGraceDays is how long after being won back a customer is
	// judged by what it does, not by the purchase model's view of its
	// past: a new start counts.
	WonBackGraceDays int

	// wordless leaves the reasons of flags unwritten (see FlagKinds).
	wordless bool
}

// say gives a reason, unless the rules leave reasons unwritten.
func (r Rules) say(code ReasonCode, values func() map[string]any) Reason {
	if r.wordless {
		return Reason{}
	}
	return Reason{Code: code, Values: values()}
}

// DefaultRules are the thresholds of a book that changed none.
func DefaultRules() Rules {
	return Rules{
		StalledDays:         21,
		SilenceFactor:       2,
		SilenceDays:         45,
		HistoryContacts:     3,
		FollowUpGraceDays:   0,
		NegativeContacts:    2,
		MomentDays:          60,
		LowPAlive:           0.5,
		WinBackPAlive:       0.15,
		SpendDays:           90,
		SpendDrop:           0.5,
		SpendDropMinimum:    10000, // 100.00
		WinBackCooldownDays: 30,
		WonBackGraceDays:    90,
	}
}

// PhaseAllows is how many days a phase allows without activity: its own
// limit where one is set, else the limit of its group.
func (r Rules) PhaseAllows(phase string, g Group) int {
	if days, ok := r.PhaseDays[phase]; ok {
		return days
	}
	if g == Buying {
		return r.StalledDays
	}
	return r.SilenceDays
}
