package lifecycle

import (
	"bufio"
	"encoding/csv"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cdnowDir holds the CDNOW data, which sits beside the repository.
var cdnowDir = filepath.Join("..", "..", "shared", "data", "cdnow")

// cdnowAsOf is the end of the 39-week calibration period of the papers.
var cdnowAsOf = time.Date(1997, 9, 30, 0, 0, 0, 0, time.UTC)

// cdnowCustomer is one customer of the CDNOW sample with their purchases.
type cdnowCustomer struct {
	id        int
	purchases []Purchase
}

// loadCDNOW reads the 1/10 sample of the CDNOW cohort: per line the master
// id, the sample id, the date YYYYMMDD, the number of CDs and the amount in
// dollars. Customers come in the order of their sample id.
func loadCDNOW(tb testing.TB) []cdnowCustomer {
	tb.Helper()
	f, err := os.Open(filepath.Join(cdnowDir, "CDNOW_sample.txt"))
	if os.IsNotExist(err) {
		tb.Skipf("the CDNOW sample is not at %s; clone the shared data beside the repository", cdnowDir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	byID := map[int]*cdnowCustomer{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		id, p := parseCDNOWLine(tb, line, sc.Text())
		c := byID[id]
		if c == nil {
			c = &cdnowCustomer{id: id}
			byID[id] = c
		}
		c.purchases = append(c.purchases, p)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	var out []cdnowCustomer
	for _, c := range byID {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b cdnowCustomer) int { return a.id - b.id })
	return out
}

func parseCDNOWLine(tb testing.TB, line int, text string) (int, Purchase) {
	tb.Helper()
	fields := strings.Fields(text)
	if len(fields) != 5 {
		tb.Fatalf("line %d: %d fields, want 5", line, len(fields))
	}
	id, err1 := strconv.Atoi(fields[1])
	at, err2 := time.Parse("20060102", fields[2])
	amount, err3 := ParseAmount(fields[4])
	if err := errors.Join(err1, err2, err3); err != nil {
		tb.Fatalf("line %d: %v", line, err)
	}
	return id, Purchase{At: at, Amount: amount}
}

// cdnowHistories reduces the sample to BG/NBD inputs as of 1997-09-30.
func cdnowHistories(tb testing.TB) []RepeatHistory {
	tb.Helper()
	var hs []RepeatHistory
	for _, c := range loadCDNOW(tb) {
		times := make([]time.Time, len(c.purchases))
		for i, p := range c.purchases {
			times[i] = p.At
		}
		h, ok := RepeatHistoryOf(times, cdnowAsOf)
		if !ok {
			tb.Fatalf("customer %d has no purchase by %s", c.id, cdnowAsOf.Format(time.DateOnly))
		}
		hs = append(hs, h)
	}
	return hs
}

// TestRepeatHistoriesMatchCDNOWSummary checks the reduction to x, t_x and T
// against the published summary of the sample, which rounds to two
// decimals. T = 38.86 for a first purchase on 1997-01-01 is 272 days / 7:
// the as-of day counts as a purchase day but adds no time.
func TestRepeatHistoriesMatchCDNOWSummary(t *testing.T) {
	hs := cdnowHistories(t)
	f, err := os.Open(filepath.Join(cdnowDir, "cdnow_customers_summary.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows)-1 != len(hs) {
		t.Fatalf("the summary has %d customers, the sample %d", len(rows)-1, len(hs))
	}
	for i, row := range rows[1:] {
		var want [4]float64
		for j, s := range row {
			if want[j], err = strconv.ParseFloat(s, 64); err != nil {
				t.Fatalf("summary row %d: %v", i+2, err)
			}
		}
		h := hs[int(want[0])-1]
		if float64(h.X) != want[1] || math.Abs(h.TX-want[2]) > 0.005 || math.Abs(h.T-want[3]) > 0.005 {
			t.Errorf("customer %v: got x=%d t_x=%.4f T=%.4f, the summary has %v", row[0], h.X, h.TX, h.T, row[1:])
		}
	}
}

// TestFitBGNBDReproducesCDNOW compares the fit to the CDNOW sample with the
// paper's estimates, to as many decimals as the paper prints.
func TestFitBGNBDReproducesCDNOW(t *testing.T) {
	fit, err := FitBGNBD(cdnowHistories(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want float64
		decimals  int
	}{
		{"r", fit.R, 0.243, 3},
		{"α", fit.Alpha, 4.414, 3},
		{"a", fit.A, 0.793, 3},
		{"b", fit.B, 2.426, 3},
		{"log-likelihood", fit.LogLikelihood, -9582.4, 1},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 0.5*math.Pow10(-tt.decimals) {
			t.Errorf("%s = %.6f, the paper has %.*f", tt.name, tt.got, tt.decimals, tt.want)
		}
	}
	if !fit.Converged || fit.Customers != 2357 {
		t.Errorf("fit report %+v, want converged over 2357 customers", fit.FitReport)
	}
}

// TestFitBGNBDConvergesFromEveryStartOnCDNOW runs each starting point alone
// and wants all of them at the same optimum.
func TestFitBGNBDConvergesFromEveryStartOnCDNOW(t *testing.T) {
	hs := cdnowHistories(t)
	best, err := FitBGNBD(hs)
	if err != nil {
		t.Fatal(err)
	}
	d, err := prepareBGNBD(hs)
	if err != nil {
		t.Fatal(err)
	}
	for _, start := range d.starts() {
		fit, err := FitBGNBDFrom(hs, bgnbdFromLog(start))
		if err != nil {
			t.Errorf("from %+v: %v", bgnbdFromLog(start), err)
			continue
		}
		if math.Abs(fit.LogLikelihood-best.LogLikelihood) > 1e-6 || math.Abs(fit.R/best.R-1) > 1e-4 || math.Abs(fit.B/best.B-1) > 1e-4 {
			t.Errorf("from %+v: %+v, the best fit is %+v", bgnbdFromLog(start), fit, best)
		}
	}
}

func TestLikelihoodGradientMatchesDifferencesOnCDNOW(t *testing.T) {
	d, err := prepareBGNBD(cdnowHistories(t))
	if err != nil {
		t.Fatal(err)
	}
	checkGradient(t, d.meanNegLogLik, cdnowPublished.logParams())
	checkGradient(t, d.meanNegLogLik, BGNBD{R: 1, Alpha: 1, A: 1, B: 1}.logParams())
}

func BenchmarkFitBGNBDCDNOW(b *testing.B) {
	hs := cdnowHistories(b)
	for b.Loop() {
		if _, err := FitBGNBD(hs); err != nil {
			b.Fatal(err)
		}
	}
}
