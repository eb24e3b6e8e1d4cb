package data

import (
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/data/demo"
	"tend/lifecycle"
)

// makeDemo opens a test book of its own holding the demo made with opt,
// a copy of the one made for every test that asks for the same.
func makeDemo(t *testing.T, opt DemoOptions) (*Book, DemoReport) {
	t.Helper()
	path, report := demoBookCopy(t, opt)
	return openBookAt(t, path), report
}

// freshDemo fills a new test book with a demo made anew, for the tests of
// what making one does.
func freshDemo(t *testing.T, opt DemoOptions) (*Book, DemoReport) {
	t.Helper()
	b := openTestBook(t)
	report, err := b.MakeDemo(context.Background(), opt)
	if err != nil {
		t.Fatalf("make a demo book of %+v: %v", opt, err)
	}
	return b, report
}

// allCustomers reads every customer of a book through its API, archived
// ones included, in id order.
func allCustomers(t *testing.T, b *Book) []lifecycle.Customer {
	t.Helper()
	var out []lifecycle.Customer
	for _, archived := range []bool{false, true} {
		err := b.EachCustomer(context.Background(), Filter{Archived: archived}, func(c lifecycle.Customer) error {
			out = append(out, c)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	slices.SortFunc(out, func(a, b lifecycle.Customer) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func history(t *testing.T, b *Book, id int64) History {
	t.Helper()
	h, err := b.History(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// fingerprint hashes every customer with their whole history.
func fingerprint(t *testing.T, b *Book) string {
	t.Helper()
	sum := sha256.New()
	for _, c := range allCustomers(t, b) {
		fmt.Fprintf(sum, "%+v\n%+v\n", c, history(t, b, c.ID))
	}
	return fmt.Sprintf("%x", sum.Sum(nil))
}

func TestDemoIsTheSameForTheSameSeed(t *testing.T) {
	// A book of 120 customers is drawn by the same code as one of 300 and
	// shows as well that a seed makes one book, at less than half the cost.
	opt := DemoOptions{Customers: 120, Seed: 7}
	first, report := freshDemo(t, opt)
	again, _ := freshDemo(t, opt)
	other, _ := freshDemo(t, DemoOptions{Customers: 120, Seed: 8})
	want := fingerprint(t, first)
	if got := fingerprint(t, again); got != want {
		t.Errorf("two books from seed 7 differ")
	}
	if fingerprint(t, other) == want {
		t.Errorf("seeds 7 and 8 made the same book")
	}
	if report.Customers != 120 || len(allCustomers(t, first)) != 120 {
		t.Errorf("made %d customers, the book holds %d; want 120", report.Customers, len(allCustomers(t, first)))
	}
}

func TestDemoRefusesABookWithCustomers(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Müller GmbH"})
	if err := b.Archive(ctx, id, false); err != nil {
		t.Fatal(err)
	}
	_, err := b.MakeDemo(ctx, DemoOptions{Customers: 10, Seed: 1, Preset: "ict"})
	want := "the book already holds 1 customers; demo data is only put into an empty book"
	if err == nil || err.Error() != want {
		t.Fatalf("MakeDemo on a book with an archived customer = %v, want %q", err, want)
	}
	if got := allCustomers(t, b); len(got) != 1 || got[0].Name != "Müller GmbH" {
		t.Errorf("the book now holds %+v", got)
	}
	if lc, _ := b.Lifecycle(ctx); lc.Phases[0].Key != "awareness" {
		t.Errorf("the refused fill switched the lifecycle to %+v", lc.Phases)
	}
}

func TestDemoRefusesWhatItCannotMake(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	for _, n := range []int{0, -1, MaxDemoCustomers + 1} {
		if _, err := b.MakeDemo(ctx, DemoOptions{Customers: n}); err == nil || !strings.Contains(err.Error(), "1 to 1000000 customers") {
			t.Errorf("MakeDemo of %d customers = %v", n, err)
		}
	}
	for _, key := range []string{"win-back", "lost"} {
		if _, err := b.ChangeLifecycle(ctx, func(lc lifecycle.Lifecycle) (lifecycle.Lifecycle, error) { return lc.SetHidden(key, true) }); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.MakeDemo(ctx, DemoOptions{Customers: 10}); err == nil || !strings.Contains(err.Error(), "ended phase") {
		t.Errorf("MakeDemo without a visible ended phase = %v", err)
	}
	if n, _ := b.CountCustomers(ctx, Filter{}); n != 0 {
		t.Errorf("the refused fills left %d customers", n)
	}
}

func TestDemoFillsEveryPhaseOfEachPreset(t *testing.T) {
	for _, preset := range lifecycle.PresetNames {
		t.Run(preset, func(t *testing.T) {
			b, _ := makeDemo(t, DemoOptions{Customers: 800, Seed: 3, Preset: preset})
			lc, err := b.Lifecycle(context.Background())
			if want, _ := lifecycle.Preset(preset); err != nil || !slices.Equal(lc.Phases, want.Phases) {
				t.Fatalf("lifecycle = %+v, %v; want the %s preset", lc.Phases, err, preset)
			}
			perPhase := map[string]int{}
			for _, c := range allCustomers(t, b) {
				perPhase[c.Phase]++
				p, _ := lc.Find(c.Phase)
				if bought := c.Purchases > 0; bought != (p.Group != lifecycle.Buying) {
					t.Errorf("%s in %s (%s) has %d purchases", c.Name, p.Label, p.Group, c.Purchases)
				}
			}
			for _, p := range lc.Phases {
				if perPhase[p.Key] < 10 {
					t.Errorf("phase %s holds %d customers, want at least 10", p.Label, perPhase[p.Key])
				}
			}
		})
	}
}

func TestDemoEndedCustomersWentQuiet(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 1000, Seed: 4})
	for _, c := range allCustomers(t, b) {
		if (c.Phase == "win-back" || c.Phase == "lost") && testNow.Sub(c.LastPurchaseAt) < demo.EndedAfter {
			t.Errorf("%s is in %s but bought %s", c.Name, c.Phase, c.LastPurchaseAt)
		}
	}
}

// later is the later of two times.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func TestDemoSummariesAddUpToTheHistory(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 1000, Seed: 4})
	for _, c := range allCustomers(t, b) {
		if c.ID%7 != 0 {
			continue
		}
		h := history(t, b, c.ID)
		var want lifecycle.Summary
		for _, ct := range h.Contacts {
			want.Contacts++
			want.LastContactAt = later(want.LastContactAt, ct.At)
		}
		for _, p := range h.Purchases {
			want.Purchases++
			want.TotalSpend += p.Amount
			want.LastPurchaseAt = later(want.LastPurchaseAt, p.At)
		}
		if c.Summary != want {
			t.Errorf("%s: summary %+v, history adds up to %+v", c.Name, c.Summary, want)
		}
		checkPhasePath(t, c, h.PhaseChanges)
	}
}

// checkPhasePath checks that a customer's moves start with their creation,
// follow on from each other and end in the phase they are in.
func checkPhasePath(t *testing.T, c lifecycle.Customer, moves []lifecycle.PhaseChange) {
	t.Helper()
	if len(moves) == 0 || moves[0].From != "" || moves[0].Reason != "created" || !moves[0].At.Equal(c.CreatedAt) {
		t.Errorf("%s (created %s) starts with %+v", c.Name, c.CreatedAt, moves)
		return
	}
	for i := 1; i < len(moves); i++ {
		if moves[i].From != moves[i-1].To || moves[i].From == moves[i].To || moves[i].At.Before(moves[i-1].At) {
			t.Errorf("%s: move %+v does not follow %+v", c.Name, moves[i], moves[i-1])
		}
	}
	if last := moves[len(moves)-1]; last.To != c.Phase || !last.At.Equal(c.PhaseSince) {
		t.Errorf("%s is in %s since %s, but the last move is %+v", c.Name, c.Phase, c.PhaseSince, last)
	}
}

func TestDemoHistoryLiesInThePastTwoYears(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 500, Seed: 2})
	start := testNow.AddDate(-demo.Years, 0, 0)
	within := func(what string, c lifecycle.Customer, at time.Time) {
		if at.Before(c.CreatedAt) || at.After(testNow) {
			t.Errorf("%s of %s at %s is outside %s to %s", what, c.Name, at, c.CreatedAt, testNow)
		}
	}
	future, overdue := 0, 0
	for _, c := range allCustomers(t, b) {
		if c.CreatedAt.Before(start) {
			t.Errorf("%s was created %s, before %s", c.Name, c.CreatedAt, start)
		}
		within("the last update", c, c.UpdatedAt)
		h := history(t, b, c.ID)
		for _, ct := range h.Contacts {
			within("contact", c, ct.At)
			if !ct.FollowUp.IsZero() && ct.FollowUp.Before(ct.At) {
				t.Errorf("%s: follow-up %s before its contact %s", c.Name, ct.FollowUp, ct.At)
			}
		}
		for _, p := range h.Purchases {
			within("purchase", c, p.At)
		}
		for _, m := range h.PhaseChanges {
			within("move", c, m.At)
		}
		if last := h.Contacts[len(h.Contacts)-1]; !last.FollowUp.IsZero() && last.FollowUp.After(testNow) {
			future++
		} else if !last.FollowUp.IsZero() {
			overdue++
		}
	}
	if future < 10 || overdue < 10 {
		t.Errorf("%d customers have a follow-up to come and %d an overdue one; want some of each", future, overdue)
	}
}

func TestDemoMakesPlausibleCustomers(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 1000, Seed: 4})
	var umlauts, english, private, vip, promoters, blocked, archived int
	for _, c := range allCustomers(t, b) {
		if strings.ContainsAny(c.Name+c.Company, "äöüß") {
			umlauts++
		}
		if strings.HasSuffix(c.Company, " Ltd") || strings.HasSuffix(c.Company, " plc") || slices.Contains(c.Tags, "London") {
			english++
		}
		checkPlausibleCustomer(t, c)
		private += count(c.Company == "")
		vip += count(slices.Contains(c.Tags, "vip"))
		promoters += count(c.Promoter)
		blocked += count(c.DoNotContact)
		archived += count(c.Archived())
	}
	for what, n := range map[string]int{"German names with umlauts": umlauts, "English customers": english,
		"private customers": private, "vips": vip, "promoters": promoters, "do-not-contact": blocked, "archived": archived} {
		if n < 5 || n > 500 {
			t.Errorf("%d %s among 1,000 customers", n, what)
		}
	}
}

// checkPlausibleCustomer checks that a demo customer has an e-mail
// spelled from its name, a phone and an owner, and a value that fits a
// private buyer or a stock corporation.
func checkPlausibleCustomer(t *testing.T, c lifecycle.Customer) {
	t.Helper()
	last := c.Name[strings.LastIndexByte(c.Name, ' ')+1:]
	local, _, _ := strings.Cut(c.Email, "@")
	if !strings.Contains(local, demo.ASCIIFold(last)) || c.Phone == "" || c.Owner == "" {
		t.Errorf("%s has e-mail %q, phone %q, owner %q", c.Name, c.Email, c.Phone, c.Owner)
	}
	if c.Company == "" && (c.Value > 2_000*100 || !slices.Contains(c.Tags, "b2c")) {
		t.Errorf("private customer %s is worth %s with tags %v", c.Name, c.Value, c.Tags)
	}
	if strings.HasSuffix(c.Company, " AG") && c.Value < 80_000*100 {
		t.Errorf("%s is worth only %s a year", c.Company, c.Value)
	}
}

func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestDemoHasAboutElevenContactsAndThreePurchasesEach(t *testing.T) {
	n := 2000
	_, report := makeDemo(t, DemoOptions{Customers: n, Seed: 1})
	contacts, purchases := float64(report.Contacts)/float64(n), float64(report.Purchases)/float64(n)
	if contacts < 9 || contacts > 14 || purchases < 2.4 || purchases > 3.6 {
		t.Errorf("%.1f contacts and %.2f purchases per customer, want about 11 and 3", contacts, purchases)
	}
	if report.PhaseChanges < n*2 {
		t.Errorf("%d moves for %d customers", report.PhaseChanges, n)
	}
}

func TestDemoPurchasesLookLikeRepeatBuying(t *testing.T) {
	b, _ := makeDemo(t, DemoOptions{Customers: 2000, Seed: 1})
	buyers, once, many, most := 0, 0, 0, 0
	var gaps []float64
	for _, c := range allCustomers(t, b) {
		if c.Purchases == 0 {
			continue
		}
		buyers++
		once += count(c.Purchases == 1)
		many += count(c.Purchases >= 10)
		most = max(most, c.Purchases)
		if c.Purchases >= 3 && c.ID%5 == 0 {
			ps := history(t, b, c.ID).Purchases
			for i := 1; i < len(ps); i++ {
				gaps = append(gaps, ps[i].At.Sub(ps[i-1].At).Hours()/24)
			}
		}
	}
	if share := float64(once) / float64(buyers); share < 0.15 || share > 0.45 {
		t.Errorf("%.0f%% of buyers bought once, want a fair part but not most", share*100)
	}
	if many < buyers/20 || most < 25 {
		t.Errorf("%d of %d buyers bought ten times or more, at most %d; want a long tail", many, buyers, most)
	}
	if cv := variation(gaps); cv < 1 {
		t.Errorf("the gaps between purchases vary by %.2f of their mean; a mix of Poisson buyers varies by more than 1", cv)
	}
}

// variation is the standard deviation of xs over their mean.
func variation(xs []float64) float64 {
	var sum, sq float64
	for _, x := range xs {
		sum += x
	}
	mean := sum / float64(len(xs))
	for _, x := range xs {
		sq += (x - mean) * (x - mean)
	}
	return math.Sqrt(sq/float64(len(xs))) / mean
}

// BenchmarkFillDemo measures a demo fill of 2,000 customers, each into a
// new book.
func BenchmarkFillDemo(b *testing.B) {
	const n = 2000
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		book, err := Open(ctx, fmt.Sprintf("%s/bench-%d.db", b.TempDir(), i))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := book.MakeDemo(ctx, DemoOptions{Customers: n, Seed: int64(i)}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		book.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "customers/s")
}
