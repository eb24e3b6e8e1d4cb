package data

import (
	"cmp"
	"slices"

	"tend/lifecycle"
)

// flagCode packs a customer's kinds of flag and their severities into one
// number, kept on the customer beside the flags: the whole book's scoring
// compares it instead of reading every flag, and a card reads its badges
// from it. Each kind has seven bits holding its severity plus one (0 for
// no flag of that kind); severities run from 0 to 100.
type flagCode int64

// severityStep is the grain of a stored severity. A flag's severity grows
// slowly day by day (a silence gets longer); stored in steps, it is
// rewritten every few days rather than every morning, and the board's
// order and the list's ranking do not need it finer.
const severityStep = 5

// storedSeverity is a severity as the book keeps it: in steps, from 0 to
// 100.
func storedSeverity(s int) int {
	s = min(max(s, 0), 100)
	return s - s%severityStep
}

// codedKinds are the kinds in the order of their bits.
var codedKinds = []lifecycle.FlagKind{lifecycle.Stalled, lifecycle.AtRisk, lifecycle.WinBack}

const flagBits = 7

func codeOf(flags []lifecycle.Flag) flagCode {
	var code flagCode
	for _, f := range flags {
		if i := slices.Index(codedKinds, f.Kind); i >= 0 {
			code |= flagCode(storedSeverity(f.Severity)+1) << (flagBits * i)
		}
	}
	return code
}

// severity is the severity of a kind of flag, false without one.
func (c flagCode) severity(i int) (int, bool) {
	v := int(c>>(flagBits*i)) & (1<<flagBits - 1)
	return v - 1, v > 0
}

// top is the severity of the most urgent flag, 0 for none: the customer's
// urgency.
func (c flagCode) top() int {
	top := 0
	for i := range codedKinds {
		if s, ok := c.severity(i); ok {
			top = max(top, s)
		}
	}
	return top
}

// kindMask tells which kinds of flag there are, one bit each.
func (c flagCode) kindMask() int {
	mask := 0
	for i := range codedKinds {
		if _, ok := c.severity(i); ok {
			mask |= 1 << i
		}
	}
	return mask
}

// kinds are the kinds of flag, most severe first (ties in the order of
// codedKinds, as all of a customer's flags have the same worth).
func (c flagCode) kinds() []lifecycle.FlagKind {
	type kindSeverity struct {
		kind     lifecycle.FlagKind
		severity int
	}
	var found []kindSeverity
	for i, k := range codedKinds {
		if s, ok := c.severity(i); ok {
			found = append(found, kindSeverity{k, s})
		}
	}
	slices.SortStableFunc(found, func(a, b kindSeverity) int { return cmp.Compare(b.severity, a.severity) })
	kinds := make([]lifecycle.FlagKind, len(found))
	for i, f := range found {
		kinds[i] = f.kind
	}
	return kinds
}
