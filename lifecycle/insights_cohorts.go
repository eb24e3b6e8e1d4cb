package lifecycle

import "time"

// CohortMonths is how many months of first purchases the cohorts cover,
// and how many months after the first each follows.
const CohortMonths = 12

// Cohort is the customers who first bought in one month, and how many of
// them bought in each month after: Active[k] in the k-th month after the
// first (Active[0] is all of them). Active ends with the as-of month.
type Cohort struct {
	Month     time.Time // the first day of the month, in the as-of date's zone
	Customers int
	Active    []int
}

// Share is the part of the cohort that bought in the k-th month after the
// first; false where that month has not come yet.
func (c Cohort) Share(k int) (float64, bool) {
	if k >= len(c.Active) || c.Customers == 0 {
		return 0, false
	}
	return float64(c.Active[k]) / float64(c.Customers), true
}

type cohortCounter struct {
	asOf    time.Time
	cohorts []Cohort
	bought  []bool // per month after the first, for the current customer
}

func newCohortCounter(asOf time.Time) cohortCounter {
	return cohortCounter{asOf: asOf, bought: make([]bool, CohortMonths), cohorts: EmptyCohorts(asOf)}
}

// EmptyCohorts are the cohorts of the months before asOf's, its own
// included, with nobody in them yet.
func EmptyCohorts(asOf time.Time) []Cohort {
	var cohorts []Cohort
	last := MonthStart(asOf, 0)
	for i := range CohortMonths {
		month := MonthStart(asOf, i-CohortMonths+1)
		cohorts = append(cohorts, Cohort{Month: month, Active: make([]int, monthsBetween(month, last)+1)})
	}
	return cohorts
}

// monthsBetween counts the calendar months from a's to b's.
func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// add places a customer in the cohort of its first purchase (refunds are
// no purchase) and marks each later month it bought in, up to the as-of
// date.
func (c *cohortCounter) add(s Story) {
	first := -1
	clear(c.bought)
	for _, p := range s.Purchases {
		if p.Amount < 0 || p.At.After(c.asOf) {
			continue
		}
		at := p.At.In(c.asOf.Location())
		if first < 0 {
			if first = monthsBetween(c.cohorts[0].Month, at); first < 0 {
				return
			}
		}
		c.bought[monthsBetween(c.cohorts[first].Month, at)] = true
	}
	if first < 0 {
		return
	}
	cohort := &c.cohorts[first]
	cohort.Customers++
	for k := range cohort.Active {
		if c.bought[k] {
			cohort.Active[k]++
		}
	}
}

func (c *cohortCounter) result() []Cohort { return c.cohorts }
