package data

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tend/data/pgtest"
)

// importCDNOW imports the 1/10 sample of the CDNOW data set as `tend
// import purchases --create-missing` does, and returns the import's
// report.
func importCDNOW(b *Book) (ImportReport, error) {
	f, err := os.Open(filepath.Join("testdata", "import", "CDNOW_sample.txt"))
	if err != nil {
		return ImportReport{}, err
	}
	defer f.Close()
	return b.Import(context.Background(), Purchases, f, ImportOptions{File: "CDNOW_sample.txt", CreateMissing: true})
}

// cdnowBook is a book of the test's own with the CDNOW sample imported on
// the tests' clock, in UTC, with the import's report. The import is made
// once per run, on each engine, and copied for each test.
func cdnowBook(t *testing.T) (*Book, ImportReport) {
	t.Helper()
	location, report := keptBookCopy(t, "the CDNOW sample", func(location string) (ImportReport, error) {
		b, err := Open(context.Background(), location)
		if err != nil {
			return ImportReport{}, err
		}
		b.Now = func() time.Time { return testNow }
		report, err := importCDNOW(b)
		if closeErr := b.Close(); err == nil {
			err = closeErr
		}
		return report, err
	})
	return openBookAt(t, location), report
}

// published is an estimate as the papers print it, to a number of
// decimals.
type published struct {
	name      string
	got, want float64
	decimals  int
}

func checkPublished(t *testing.T, figures ...published) {
	t.Helper()
	for _, f := range figures {
		if math.Abs(f.got-f.want) > 0.5*math.Pow10(-f.decimals) {
			t.Errorf("%s = %.6f, the paper has %.*f", f.name, f.got, f.decimals, f.want)
		}
	}
}

// TestPurchaseModelsReproduceCDNOW imports the CDNOW sample into books
// kept in three time zones and fits them as of the end of the papers'
// calibration period, 1997-09-30. Dates are read in the book's zone and
// days counted in the zone of the as-of day, so every zone must give the
// published estimates: BG/NBD on all 2,357 customers, Gamma-Gamma on the
// 946 who bought again.
func TestPurchaseModelsReproduceCDNOW(t *testing.T) {
	zones := []string{"UTC", "America/Los_Angeles", "Pacific/Auckland"}
	switch {
	case pgtest.OnPostgres():
		// The zones are the import's reading of dates and the models'
		// counting of days, the same code on either engine: the server
		// is asked for the sample's purchases once, in the book
		// TestCDNOWSampleImportsAsPurchases checks.
		zones = zones[:1]
	case raceDetector:
		// Each zone imports 6,919 purchases, ten times slower under the
		// race detector: it reads one zone, far from UTC; without it, in
		// go test ./..., every zone is read.
		zones = zones[2:]
	}
	for _, zone := range zones {
		t.Run(zone, func(t *testing.T) {
			loc := loadZone(t, zone)
			b := cdnowBookIn(t, loc)
			m, err := b.PurchaseModels(context.Background(), time.Date(1997, 9, 30, 0, 0, 0, 0, loc))
			if err != nil {
				t.Fatal(err)
			}
			if m.BGNBDErr != nil || m.GammaGammaErr != nil {
				t.Fatalf("the fits failed: %v; %v", m.BGNBDErr, m.GammaGammaErr)
			}
			bg, gg := m.BGNBD, m.GammaGamma
			checkPublished(t,
				published{"r", bg.R, 0.243, 3}, published{"α", bg.Alpha, 4.414, 3},
				published{"a", bg.A, 0.793, 3}, published{"b", bg.B, 2.426, 3},
				published{"log-likelihood", bg.LogLikelihood, -9582.4, 1},
				published{"p", gg.P, 6.25, 2}, published{"q", gg.Q, 3.74, 2}, published{"v", gg.Gamma, 15.44, 2})
			if m.Customers != 2357 || bg.Customers != 2357 || m.RepeatBuyers != 946 || gg.Customers != 946 || m.Currency != "USD" {
				t.Errorf("fitted %d of %d customers and %d of %d repeat buyers in %q, want 2357 and 946 in USD",
					bg.Customers, m.Customers, gg.Customers, m.RepeatBuyers, m.Currency)
			}
		})
	}
}

// cdnowBookIn is a book of the test's own with the CDNOW sample imported
// with the book's clock in loc: in UTC a copy of cdnowBook's.
func cdnowBookIn(t *testing.T, loc *time.Location) *Book {
	t.Helper()
	if loc == time.UTC {
		b, _ := cdnowBook(t)
		return b
	}
	b := openTestBook(t)
	b.Now = func() time.Time { return testNow.In(loc) }
	if _, err := importCDNOW(b); err != nil {
		t.Fatalf("import the CDNOW sample: %v", err)
	}
	return b
}

func loadZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone data for %s: %v", name, err)
	}
	return loc
}
