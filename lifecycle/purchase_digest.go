package lifecycle

import (
	"fmt"
	"sync"
	"time"
)

// PurchaseDigest sums up a customer's purchases (refunds left out), in the
// calendar days of one time zone, into what the purchase models and the
// RFM scores read of them. Unlike those readings it does not depend on the
// day it is read on, so a store can keep it until the purchases change.
type PurchaseDigest struct {
	Zone              string // of the calendar days
	FirstDay, LastDay int64  // day numbers, as dayNumber counts them
	Days              int    // days with a purchase
	Count             int    // purchases
	Bought            Money  // their total
	FirstDaySpend     Money  // the total of the first day, which is no repeat purchase
	Currency          string // the one currency of them all, "" when they mix currencies
}

// DigestPurchases sums up the purchases made on or before the calendar day
// of asOf, in asOf's time zone. It is false when there is none.
func DigestPurchases(purchases []Purchase, asOf time.Time) (PurchaseDigest, bool) {
	loc := asOf.Location()
	today := dayNumber(asOf, loc)
	d := PurchaseDigest{Zone: ZoneName(loc)}
	seen := map[int64]bool{}
	for _, p := range purchases {
		day := dayNumber(p.At, loc)
		if day > today {
			continue
		}
		switch {
		case d.Count == 0:
			d.FirstDay, d.LastDay, d.Currency = day, day, p.Currency
		case day < d.FirstDay:
			d.FirstDay, d.FirstDaySpend = day, 0
		}
		d.LastDay = max(d.LastDay, day)
		if day == d.FirstDay {
			d.FirstDaySpend += p.Amount
		}
		if p.Currency != d.Currency {
			d.Currency = ""
		}
		if !seen[day] {
			seen[day] = true
			d.Days++
		}
		d.Count++
		d.Bought += p.Amount
	}
	return d, d.Count > 0
}

// Repeat is the BG/NBD history as of a later day, in the digest's zone: as
// RepeatHistoryOf gives it.
func (d PurchaseDigest) Repeat(asOf time.Time) RepeatHistory {
	return RepeatHistory{
		X:  d.Days - 1,
		TX: float64(d.LastDay-d.FirstDay) / 7,
		T:  float64(dayNumber(asOf, asOf.Location())-d.FirstDay) / 7,
	}
}

// Spend is the Gamma-Gamma history, as SpendHistoryOf gives it.
func (d PurchaseDigest) Spend() (SpendHistory, bool) {
	x := d.Days - 1
	if x < 1 {
		return SpendHistory{}, false
	}
	mean := (d.Bought - d.FirstDaySpend).Float() / float64(x)
	if mean <= 0 {
		return SpendHistory{}, false
	}
	return SpendHistory{X: x, Mean: mean}, true
}

// RFM are the RFM values as of a later day: days since the last purchase
// day, purchase days, and the spend.
func (d PurchaseDigest) RFM(asOf time.Time) RFMValues {
	return RFMValues{
		Recency:   int(dayNumber(asOf, asOf.Location()) - d.LastDay),
		Frequency: d.Days,
		Monetary:  d.Bought,
	}
}

// ZoneName names a time zone so that two zones with one name tell apart:
// the system's zone is called "Local" whatever it is, so it is named by
// its offsets from UTC in winter and in summer as well.
func ZoneName(loc *time.Location) string {
	name := loc.String()
	if name != "Local" {
		return name
	}
	if known, ok := localZoneNames.Load(loc); ok {
		return known.(string)
	}
	_, winter := time.Date(2000, 1, 1, 12, 0, 0, 0, loc).Zone()
	_, summer := time.Date(2000, 7, 1, 12, 0, 0, 0, loc).Zone()
	name = fmt.Sprintf("Local%+d%+d", winter, summer)
	localZoneNames.Store(loc, name)
	return name
}

// localZoneNames keeps the names ZoneName made for system zones, since a
// replay of the book's history names the zone millions of times.
var localZoneNames sync.Map
