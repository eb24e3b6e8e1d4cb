package lifecycle

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// FlagKind names why a customer needs attention.
type FlagKind string

// The kinds of flag. Stalled is for buying phases only and at risk for
// owning phases only; a win-back candidate is in an ended phase or, owning,
// most likely gone by the purchase model, and such an owning customer is at
// risk as well: the board shows the risk, the re-engagement list the
// win-back.
const (
	Stalled FlagKind = "stalled"
	AtRisk  FlagKind = "at-risk"
	WinBack FlagKind = "win-back"
)

// Flag says that a customer needs attention, why, and how urgently.
type Flag struct {
	Kind FlagKind
	// Severity runs from 0 to 100, more urgent higher. It grows with how
	// far past its threshold the strongest signal is, with each further
	// signal and with the customer's worth.
	Severity int
	// Reasons say, with the figures, what raised the flag; there is
	// always at least one.
	Reasons []Reason
	// Worth is what the customer is worth (Facts.Worth), which ranks flags
	// of equal severity.
	Worth Money
}

// String writes the flag on one line: at-risk 56: reason; reason.
func (f Flag) String() string {
	reasons := make([]string, len(f.Reasons))
	for i, r := range f.Reasons {
		reasons[i] = r.String()
	}
	return string(f.Kind) + " " + strconv.Itoa(f.Severity) + ": " + strings.Join(reasons, "; ")
}

// CompareFlags orders flags most urgent first: by severity, then by worth,
// then by kind, so that the order never depends on the input's.
func CompareFlags(a, b Flag) int {
	return cmp.Or(
		cmp.Compare(b.Severity, a.Severity),
		cmp.Compare(b.Worth, a.Worth),
		strings.Compare(string(a.Kind), string(b.Kind)),
	)
}

// flagRules are the rules Evaluate applies, one per kind of flag.
var flagRules = []func(Facts, Rules, time.Time) (Flag, bool){stalled, atRisk, winBack}

// Judge gives the flags Evaluate gives, most urgent first, but without
// their reasons: what a book stores of a flag (its kind, severity and worth)
// needs no reasons, and the reasons are most of a flag's cost.
func Judge(f Facts, r Rules, asOf time.Time) []Flag {
	r.wordless = true
	flags := Evaluate(f, r, asOf)
	for i := range flags {
		flags[i].Reasons = nil
	}
	return flags
}

// FlagKinds are the kinds of the flags Evaluate gives, most urgent first,
// found as Judge finds them: a replay that counts the flags of a book on
// many dates needs no more.
func FlagKinds(f Facts, r Rules, asOf time.Time) []FlagKind {
	flags := Judge(f, r, asOf)
	kinds := make([]FlagKind, len(flags))
	for i, flag := range flags {
		kinds[i] = flag.Kind
	}
	return kinds
}

// Evaluate flags a customer as of a date, most urgent flag first. The facts
// must be those known at asOf; a time in them after asOf counts as not yet
// happened. A snoozed customer gets no flag until the snooze ends: snoozing
// says "not before then", whatever the flag.
func Evaluate(f Facts, r Rules, asOf time.Time) []Flag {
	if f.SnoozedUntil.After(asOf) {
		return nil
	}
	var flags []Flag
	for _, rule := range flagRules {
		if flag, ok := rule(f, r, asOf); ok {
			flags = append(flags, flag)
		}
	}
	slices.SortFunc(flags, CompareFlags)
	return flags
}
