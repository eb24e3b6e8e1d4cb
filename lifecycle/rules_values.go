package lifecycle

import (
	"fmt"
	"strconv"
	"strings"
)

// ruleValue reads and writes one field of Rules as the text of a setting.
type ruleValue interface {
	String() string
	Set(s string) bool // false when the field does not accept s
	want() string      // what the field accepts, for errors and listings
	wanted() Values    // the same as facts: Want (count, number or amount), Min, Max
}

// maxDays bounds every count of days: more than ten years is a typo, not a
// threshold.
const maxDays = 3650

// count is a whole number within bounds.
type count struct {
	p        *int
	min, max int
}

// days is a count of days from least up to maxDays.
func days(p *int, least int) count { return count{p, least, maxDays} }

func (c count) String() string { return strconv.Itoa(*c.p) }

func (c count) Set(s string) bool {
	n, err := strconv.Atoi(s)
	if err != nil || n < c.min || n > c.max {
		return false
	}
	*c.p = n
	return true
}

func (c count) want() string { return fmt.Sprintf("a whole number from %d to %d", c.min, c.max) }

func (c count) wanted() Values { return Values{"Want": "count", "Min": c.min, "Max": c.max} }

// number is a decimal number within bounds. A decimal comma is read too,
// as people type it in German.
type number struct {
	p        *float64
	min, max float64
}

func (n number) String() string { return strconv.FormatFloat(*n.p, 'g', -1, 64) }

func (n number) Set(s string) bool {
	if !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(s, 64)
	// Written so that NaN fails it too.
	if err != nil || !(f >= n.min && f <= n.max) {
		return false
	}
	*n.p = f
	return true
}

func (n number) want() string { return fmt.Sprintf("a number from %g to %g", n.min, n.max) }

func (n number) wanted() Values { return Values{"Want": "number", "Min": n.min, "Max": n.max} }

// amount is a sum of money, never negative.
type amount struct{ p *Money }

func (a amount) String() string { return a.p.String() }

func (a amount) Set(s string) bool {
	m, err := ParseAmount(s)
	if err != nil || m < 0 {
		return false
	}
	*a.p = m
	return true
}

func (a amount) want() string { return "an amount of 0 or more, like 100 or 99.50" }

func (a amount) wanted() Values { return Values{"Want": "amount", "Min": 0} }

// phaseDays is one phase's own limit in Rules.PhaseDays.
type phaseDays struct {
	limits map[string]int
	phase  string
}

func (p phaseDays) String() string { return strconv.Itoa(p.limits[p.phase]) }

func (p phaseDays) Set(s string) bool {
	var n int
	if !days(&n, 1).Set(s) {
		return false
	}
	p.limits[p.phase] = n
	return true
}

func (p phaseDays) want() string { return days(nil, 1).want() }

func (p phaseDays) wanted() Values { return days(nil, 1).wanted() }
