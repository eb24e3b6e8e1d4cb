package lifecycle

import (
	"math"
	"reflect"
	"testing"
	"time"
)

// insightsBook is a hand-made book of five customers whose figures are
// worked out by hand in the tests below, as of the end of March 2026 over
// March.
type insightsBook struct {
	lc      Lifecycle
	asOf    time.Time
	period  Period
	stories []Story
	// the classic phases' keys
	aw, ac, cv, rt, lo string
}

func march(day int) time.Time { return time.Date(2026, 3, day, 0, 0, 0, 0, time.UTC) }

func newInsightsBook(t *testing.T) insightsBook {
	lc, err := Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	k := func(i int) string { return lc.Phases[i].Key }
	b := insightsBook{lc: lc, asOf: time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC),
		period: Period{From: march(1), To: time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)},
		aw:     k(0), ac: k(1), cv: k(2), rt: k(3), lo: k(6)}
	move := func(at time.Time, from, to string) PhaseChange { return PhaseChange{At: at, From: from, To: to} }
	buy := func(at time.Time, cents Money) Purchase { return Purchase{At: at, Amount: cents} }
	jan, feb := func(d int) time.Time { return march(d).AddDate(0, -2, 0) }, func(d int) time.Time { return march(d).AddDate(0, -1, 0) }
	b.stories = []Story{
		{ID: 1, Value: 10000, // A: forward twice in March, converts
			Moves:     []PhaseChange{move(jan(1), "", b.aw), move(march(5), b.aw, b.ac), move(march(15), b.ac, b.cv)},
			Contacts:  []ContactMark{{march(20), Call}, {march(30), Email}},
			Purchases: []Purchase{buy(jan(15), 5000), buy(feb(3), 2000), buy(march(25), 10000), buy(march(26), -2000)}},
		{ID: 2, Value: 5000, // B: new in March, waits
			Moves:     []PhaseChange{move(march(10), "", b.aw)},
			Contacts:  []ContactMark{{march(30), Call}},
			Purchases: []Purchase{buy(feb(5), -500)}},
		{ID: 3, Value: 1000, // C: skips from acquisition to lost
			Moves:     []PhaseChange{move(feb(1), "", b.ac), move(march(20), b.ac, b.lo)},
			Contacts:  []ContactMark{{march(10), Meeting}},
			Purchases: []Purchase{buy(march(18), 3000)}},
		{ID: 4, Value: 99900, Archived: march(25), // D: moves back, then archived
			Moves:     []PhaseChange{move(jan(10), "", b.cv), move(feb(10), b.cv, b.rt), move(march(2), b.rt, b.aw)},
			Purchases: []Purchase{buy(time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), 100), buy(jan(20), 100)}},
		{ID: 5, // E: enters on the first moment of March; its move of April comes after the as-of date
			Moves:     []PhaseChange{move(march(1), "", b.aw), move(time.Date(2026, 4, 5, 0, 0, 0, 0, time.UTC), b.aw, lc.Phases[4].Key)},
			Purchases: []Purchase{buy(jan(20), 700)}},
	}
	return b
}

func (b insightsBook) insights(weeks int) Insights {
	c := NewInsightsCounter(b.lc, b.period, b.asOf, weeks)
	for _, s := range b.stories {
		c.Add(s)
	}
	return c.Insights()
}

func TestFunnelCountsTheCustomersOnTheBookPerPhase(t *testing.T) {
	b := newInsightsBook(t)
	got := map[string][2]int64{}
	for _, s := range b.insights(1).Funnel {
		if s.Customers > 0 {
			got[s.Phase.Key] = [2]int64{int64(s.Customers), int64(s.Value)}
		}
	}
	want := map[string][2]int64{b.aw: {2, 5000}, b.cv: {1, 10000}, b.lo: {1, 1000}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("funnel %v, want %v (the archived customer left out)", got, want)
	}
}

func TestFlowCountsMovesAndConversions(t *testing.T) {
	b := newInsightsBook(t)
	flow := b.insights(1).Flow
	want := []FlowCell{
		{"", b.aw, Entered, 2}, {b.aw, b.ac, Forward, 1}, {b.ac, b.cv, Forward, 1},
		{b.ac, b.lo, Skipped, 1}, {b.rt, b.aw, Backward, 1},
	}
	if !reflect.DeepEqual(flow.Moves, want) {
		t.Errorf("moves %v, want %v", flow.Moves, want)
	}
	wantConv := []Conversion{{b.aw, 4, 1}, {b.ac, 2, 1}}
	if !reflect.DeepEqual(flow.Conversion, wantConv) || flow.Target != b.cv {
		t.Errorf("conversion %v to %q, want %v to %q", flow.Conversion, flow.Target, wantConv, b.cv)
	}
	if r := flow.Conversion[0].Rate(); r != 0.25 {
		t.Errorf("rate %v, want 0.25", r)
	}
}

func TestTimeInPhaseHasMedianAndP90OfStaysAndWaits(t *testing.T) {
	b := newInsightsBook(t)
	got := map[string]PhaseTime{}
	for _, p := range b.insights(1).TimeInPhase {
		got[p.Phase] = p
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, c := range []struct {
		phase       string
		spread      DaySpread
		n           int
		median, p90 float64
	}{
		{b.aw, got[b.aw].Left, 1, 63, 63},
		{b.ac, got[b.ac].Left, 2, 28.5, 43.3},
		{b.rt, got[b.rt].Left, 1, 20, 20},
		{b.aw, got[b.aw].Waiting, 2, 26, 29.6},
		{b.cv, got[b.cv].Waiting, 1, 16.5, 16.5},
		{b.lo, got[b.lo].Waiting, 1, 11.5, 11.5},
	} {
		if c.spread.Customers != c.n || !near(c.spread.Median, c.median) || !near(c.spread.P90, c.p90) {
			t.Errorf("%s: %+v, want %d with median %v and p90 %v", c.phase, c.spread, c.n, c.median, c.p90)
		}
	}
	if cv := got[b.cv].Left; cv.Customers != 0 {
		t.Errorf("conversion left %+v: a stay that ended before the period counts", cv)
	}
}

func TestWeeksCountContactsPurchasesAndRevenue(t *testing.T) {
	b := newInsightsBook(t)
	weeks := b.insights(2).Weekly
	// The last week is this calendar week so far, from Monday 30 March on;
	// the one before ends with the last second of Sunday 29 March, where it
	// stays all week.
	sunday := time.Date(2026, 3, 29, 23, 59, 59, 0, b.asOf.Location())
	if len(weeks) != 2 || !weeks[1].End.Equal(b.asOf) || !weeks[0].End.Equal(sunday) || !weeks[1].Start.Equal(sunday) ||
		!weeks[0].Start.Equal(sunday.AddDate(0, 0, -7)) {
		t.Fatalf("weeks %v", weeks)
	}
	if w := weeks[0]; w.ContactCount() != 0 || w.Purchases != 1 || w.Revenue != 8000 {
		t.Errorf("first week %+v, want no contact, one purchase and 80.00 after the refund", w)
	}
	w := weeks[1]
	if !reflect.DeepEqual(w.Contacts, map[Kind]int{Call: 1, Email: 1}) || w.ContactCount() != 2 || w.Purchases != 0 || w.Revenue != 0 {
		t.Errorf("second week %+v, want a call and an e-mail and no purchase", w)
	}
}

func TestCohortsFollowTheMonthOfTheFirstPurchase(t *testing.T) {
	b := newInsightsBook(t)
	cohorts := b.insights(1).Cohorts
	if len(cohorts) != CohortMonths || !cohorts[0].Month.Equal(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("cohorts start %v, %d of them", cohorts[0].Month, len(cohorts))
	}
	jan, mar := cohorts[9], cohorts[11]
	if jan.Customers != 2 || !reflect.DeepEqual(jan.Active, []int{2, 1, 1}) {
		t.Errorf("January %+v, want 2 customers, active 2, 1, 1", jan)
	}
	if share, ok := jan.Share(1); !ok || share != 0.5 {
		t.Errorf("January's share a month later %v %v, want 0.5", share, ok)
	}
	if _, ok := jan.Share(3); ok {
		t.Error("a share for a month that has not come yet")
	}
	if mar.Customers != 1 || !reflect.DeepEqual(mar.Active, []int{1}) {
		t.Errorf("March %+v, want the customer who first bought then", mar)
	}
	total := 0
	for _, c := range cohorts {
		total += c.Customers
	}
	if total != 3 {
		t.Errorf("%d customers in cohorts, want 3 (a refund alone and a first purchase before the window make none)", total)
	}
}

func TestWeeksAreCalendarWeeksFromMondayToSunday(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone data: ", err)
	}
	for _, c := range []struct {
		asOf       time.Time
		lastMonday time.Time
	}{
		{time.Date(2026, 3, 30, 0, 0, 0, 0, berlin), time.Date(2026, 3, 30, 0, 0, 0, 0, berlin)},    // the first second of a Monday
		{time.Date(2026, 3, 29, 23, 59, 59, 0, berlin), time.Date(2026, 3, 23, 0, 0, 0, 0, berlin)}, // the last of a Sunday, which changed to summer time
		{time.Date(2026, 4, 2, 9, 30, 0, 0, berlin), time.Date(2026, 3, 30, 0, 0, 0, 0, berlin)},
	} {
		weeks := Weeks(c.asOf, 3)
		last := weeks[2]
		if !last.End.Equal(c.asOf) || !last.Start.Equal(c.lastMonday.Add(-time.Second)) {
			t.Errorf("as of %v: this week %v – %v, want from %v", c.asOf, last.Start, last.End, c.lastMonday)
		}
		for i, w := range weeks[:2] {
			wantEnd := c.lastMonday.AddDate(0, 0, -7*(1-i)).Add(-time.Second)
			if !w.End.Equal(wantEnd) || !w.Start.Equal(wantEnd.AddDate(0, 0, -7)) || w.End.Weekday() != time.Sunday {
				t.Errorf("as of %v: week %d %v – %v, want to end %v", c.asOf, i, w.Start, w.End, wantEnd)
			}
		}
	}
}
