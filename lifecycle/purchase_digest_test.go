package lifecycle

import (
	"math/rand/v2"
	"testing"
	"time"
)

// TestDigestReadsAsThePurchasesDo checks the digest against the readings
// of the purchases themselves, on random histories in a zone with daylight
// saving, read on the day of the digest and later.
func TestDigestReadsAsThePurchasesDo(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone data")
	}
	rng := rand.New(rand.NewPCG(7, 11))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, berlin)
	for range 2000 {
		ps := randomPurchases(rng, start)
		asOf := start.AddDate(0, 0, 300+rng.IntN(50))
		d, ok := DigestPurchases(ps, asOf)
		later := asOf.AddDate(0, 0, rng.IntN(40))
		kept := purchasedBy(ps, asOf, berlin)
		checkDigestReadings(t, d, ok, kept, later, berlin)
		if ok {
			checkDigestTotals(t, d, kept)
		}
	}
}

// randomPurchases makes up to seven purchases in the 400 days from start,
// one in twenty of them in dollars.
func randomPurchases(rng *rand.Rand, start time.Time) []Purchase {
	var ps []Purchase
	for range rng.IntN(8) {
		cur := "EUR"
		if rng.IntN(20) == 0 {
			cur = "USD"
		}
		at := start.Add(time.Duration(rng.IntN(400*24)) * time.Hour)
		ps = append(ps, Purchase{At: at, Amount: Money(rng.IntN(100000)), Currency: cur})
	}
	return ps
}

// purchasedBy keeps the purchases made on or before asOf's day in loc.
func purchasedBy(ps []Purchase, asOf time.Time, loc *time.Location) []Purchase {
	var kept []Purchase
	for _, p := range ps {
		if dayNumber(p.At, loc) <= dayNumber(asOf, loc) {
			kept = append(kept, p)
		}
	}
	return kept
}

// checkDigestReadings compares the digest's repeat history, spend history
// and RFM values as of later with those read from the kept purchases.
func checkDigestReadings(t *testing.T, d PurchaseDigest, ok bool, kept []Purchase, later time.Time, loc *time.Location) {
	t.Helper()
	times := make([]time.Time, len(kept))
	for i, p := range kept {
		times[i] = p.At
	}
	h, hok := RepeatHistoryOf(times, later)
	if ok != hok || ok && d.Repeat(later) != h {
		t.Fatalf("repeat history %+v (%v), from the purchases %+v (%v)", d.Repeat(later), ok, h, hok)
	}
	s, sok := SpendHistoryOf(kept, later)
	if ds, dsok := d.Spend(); ok && (dsok != sok || ds.X != s.X || !near(ds.Mean, s.Mean)) {
		t.Fatalf("spend history %+v (%v), from the purchases %+v (%v)", ds, dsok, s, sok)
	}
	if v := rfmFrom(kept, later, loc); ok && d.RFM(later) != v {
		t.Fatalf("RFM values %+v, from the purchases %+v", d.RFM(later), v)
	}
}

// checkDigestTotals checks the digest's currency (none when the purchases
// mix them), count and zone.
func checkDigestTotals(t *testing.T, d PurchaseDigest, kept []Purchase) {
	t.Helper()
	mixed := false
	for _, p := range kept {
		mixed = mixed || p.Currency != kept[0].Currency
	}
	if mixed != (d.Currency == "") || !mixed && d.Currency != kept[0].Currency {
		t.Fatalf("currency %q of %+v", d.Currency, kept)
	}
	if d.Count != len(kept) || d.Zone != "Europe/Berlin" {
		t.Fatalf("count %d of %d, zone %s", d.Count, len(kept), d.Zone)
	}
}

func TestZoneNameTellsLocalZonesApart(t *testing.T) {
	a, b := ZoneName(time.FixedZone("Local", 0)), ZoneName(time.FixedZone("Local", -11*3600))
	if a == b || ZoneName(time.UTC) != "UTC" {
		t.Errorf("zone names %q, %q, %q", a, b, ZoneName(time.UTC))
	}
}

// rfmFrom counts the RFM values of purchases one by one: days since the
// last purchase day, purchase days, and the spend.
func rfmFrom(ps []Purchase, asOf time.Time, loc *time.Location) RFMValues {
	days := map[int64]bool{}
	var v RFMValues
	last := int64(0)
	for _, p := range ps {
		d := dayNumber(p.At, loc)
		days[d], last, v.Monetary = true, max(last, d), v.Monetary+p.Amount
	}
	v.Recency, v.Frequency = int(dayNumber(asOf, loc)-last), len(days)
	return v
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
