package data

import (
	"time"

	"tend/lifecycle"
)

// contactDigest sums up a customer's contacts, taken in oldest first, into
// what the flag rules read of them. The customers table keeps the same
// figures (see summaryAssignments), so that the whole book can be scored
// without reading every contact; a replay of the past adds them up here.
type contactDigest struct {
	first, last    time.Time
	count          int
	followUp       time.Time // set by the latest contact; a later one answers it
	negativeRun    int       // the latest contacts in a row that were negative
	negativeMoment time.Time // the latest negative moment of truth
}

func (d *contactDigest) add(r contactRow) {
	if d.count == 0 {
		d.first = r.at
	}
	d.count++
	d.last = r.at
	d.followUp = r.followUp
	if r.sentiment != lifecycle.Negative {
		d.negativeRun = 0
		return
	}
	d.negativeRun++
	if r.moment {
		d.negativeMoment = r.at
	}
}

// into puts the digest into the facts.
func (d contactDigest) into(f *lifecycle.Facts) {
	f.FirstContact, f.LastContact, f.Contacts = d.first, d.last, d.count
	f.FollowUpDue, f.NegativeRun, f.LastNegativeMoment = d.followUp, d.negativeRun, d.negativeMoment
}
