package cli

import (
	"context"
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tend/data"
	"tend/lifecycle"
)

// insightsDay is the day the insights tests count as of: the period of 90
// days before it and every dated event lie between November and February,
// clear of the changes to and from summer time.
const insightsDay = "2026-02-28"

// noon is a day of the insights book, at noon.
func noon(month time.Month, day int) time.Time {
	year := 2026
	if month > time.February {
		year = 2025
	}
	return time.Date(year, month, day, 12, 0, 0, 0, time.Local)
}

// insightsBook writes five customers with dated moves, contacts and
// purchases, whose figures are worked out by hand in the tests. The
// book's clock is set to each event, as if it were written as it happened.
func insightsBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	ctx := context.Background()
	b := openTestBook(t, db)
	defer b.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	add := func(c lifecycle.Customer) int64 {
		b.Now = func() time.Time { return c.CreatedAt }
		id, err := b.AddCustomer(ctx, c)
		must(err)
		return id
	}
	move := func(id int64, to string, at time.Time) {
		b.Now = func() time.Time { return at }
		_, err := b.Move(ctx, id, to, "")
		must(err)
	}
	contact := func(id int64, kind lifecycle.Kind, at time.Time) {
		b.Now = func() time.Time { return at }
		_, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: at, Kind: kind,
			Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "talk"})
		must(err)
	}
	buy := func(id int64, cents lifecycle.Money, at time.Time) {
		b.Now = func() time.Time { return at }
		_, err := b.AddPurchase(ctx, lifecycle.Purchase{CustomerID: id, At: at, Amount: cents, Currency: "EUR"})
		must(err)
	}
	ada := add(lifecycle.Customer{Name: "Ada", Owner: "anna", Tags: []string{"vip"}, Value: 100000, Phase: "awareness", CreatedAt: noon(time.November, 10)})
	bob := add(lifecycle.Customer{Name: "Bob", Owner: "ben", Value: 50000, Phase: "acquisition", CreatedAt: noon(time.December, 1)})
	cleo := add(lifecycle.Customer{Name: "Cleo", Owner: "anna", Value: 20000, Phase: "acquisition", CreatedAt: noon(time.December, 5)})
	dan := add(lifecycle.Customer{Name: "Dan", Owner: "ben", Tags: []string{"vip"}, Value: 30000, Phase: "conversion", CreatedAt: noon(time.November, 15)})
	add(lifecycle.Customer{Name: "Eve", Phase: "awareness", CreatedAt: noon(time.December, 10)})
	move(ada, "acquisition", noon(time.December, 20))
	move(ada, "conversion", noon(time.January, 19))
	move(bob, "conversion", noon(time.December, 21))
	move(dan, "retention", noon(time.January, 1))
	contact(ada, lifecycle.Call, noon(time.February, 23))
	contact(ada, lifecycle.Email, noon(time.February, 24))
	contact(bob, lifecycle.Call, noon(time.February, 25))
	contact(cleo, lifecycle.Meeting, noon(time.February, 26))
	buy(ada, 120000, noon(time.February, 24))
	buy(bob, 10000, noon(time.December, 22))
	buy(bob, 30050, noon(time.February, 25))
	buy(bob, -5000, noon(time.February, 26))
	buy(cleo, 8000, noon(time.December, 15))
	buy(cleo, 9000, noon(time.January, 10))
	buy(dan, 25000, noon(time.November, 20))
	buy(dan, 25000, noon(time.December, 28))
	return db
}

// insightsOf runs insights --json and reads it.
func insightsOf(t *testing.T, db string, args ...string) insightsOutput {
	t.Helper()
	var out insightsOutput
	text := mustTend(t, db, append([]string{"insights", "--json"}, args...)...)
	if err := json.Unmarshal([]byte(text), &out); err != nil {
		t.Fatalf("insights --json: %v\n%s", err, text)
	}
	return out
}

// funnelCounts are the customers and value of each phase that holds any,
// as "phase customers value".
func funnelCounts(out insightsOutput) []string {
	var got []string
	for _, s := range out.Funnel {
		if s.Customers > 0 {
			got = append(got, s.Phase+" "+strconv.Itoa(s.Customers)+" "+money(s.Value))
		}
	}
	return got
}

func TestInsightsFunnelFlowAndConversion(t *testing.T) {
	out := insightsOf(t, insightsBook(t), "--as-of", insightsDay)
	want := []string{"awareness 1 0.00", "acquisition 1 200.00", "conversion 2 1500.00", "retention 1 300.00"}
	if got := funnelCounts(out); !slices.Equal(got, want) {
		t.Errorf("funnel %v, want %v", got, want)
	}
	var moves []string
	for _, m := range out.Flow.Moves {
		moves = append(moves, m.From+">"+m.To+" "+m.Direction+" "+strconv.Itoa(m.Customers))
	}
	wantMoves := []string{">acquisition new 2", "acquisition>conversion forward 2", ">awareness new 1",
		"awareness>acquisition forward 1", "conversion>retention forward 1"}
	if !slices.Equal(moves, wantMoves) {
		t.Errorf("moves %v, want %v", moves, wantMoves)
	}
	if out.Flow.Target != "conversion" || len(out.Flow.Conversion) != 2 {
		t.Fatalf("conversion to %q: %+v", out.Flow.Target, out.Flow.Conversion)
	}
	// Ada and Eve were in Awareness in the period, Ada converted; Ada, Bob
	// and Cleo in Acquisition, Ada and Bob converted.
	aware, acq := out.Flow.Conversion[0], out.Flow.Conversion[1]
	if aware.Customers != 2 || aware.Converted != 1 || aware.Rate != 0.5 {
		t.Errorf("awareness converts %+v, want 1 of 2", aware)
	}
	if acq.Customers != 3 || acq.Converted != 2 || math.Abs(acq.Rate-2.0/3) > 1e-9 {
		t.Errorf("acquisition converts %+v, want 2 of 3", acq)
	}
}

func TestInsightsTimeInPhaseWeeksAndCohorts(t *testing.T) {
	out := insightsOf(t, insightsBook(t), "--as-of", insightsDay)
	checkTimeInPhase(t, out)
	checkLastWeek(t, out)
	checkCohorts(t, out)
}

// checkTimeInPhase checks how long the insights book's customers stayed
// in Acquisition and wait in Conversion.
func checkTimeInPhase(t *testing.T, out insightsOutput) {
	t.Helper()
	// Bob left Acquisition after 20 days, Ada after 30; Cleo still waits.
	acq := out.TimeInPhase[1]
	if acq.Phase != "acquisition" || acq.Left != (spreadOutput{2, 25, 29}) || acq.Waiting.Customers != 1 {
		t.Errorf("time in acquisition %+v, want 2 left (median 25, p90 29) and 1 waiting", acq)
	}
	// Ada and Bob wait in Conversion since 19 January and 21 December, to
	// the end of 28 February: 40.5 and 69.5 days.
	if conv := out.TimeInPhase[2]; conv.Waiting.Customers != 2 || math.Abs(conv.Waiting.MedianDays-55) > 0.01 {
		t.Errorf("waiting in conversion %+v, want 2 with a median of 55 days", conv.Waiting)
	}
}

// checkLastWeek checks the contacts by kind, the purchases and the revenue
// of the insights book's last week, and the count of weeks.
func checkLastWeek(t *testing.T, out insightsOutput) {
	t.Helper()
	last := out.Weekly[len(out.Weekly)-1]
	wantKinds := map[string]int{"call": 2, "email": 1, "meeting": 1, "message": 0, "social": 0, "note": 0}
	if last.Contacts != 4 || !maps.Equal(last.ContactsByKind, wantKinds) {
		t.Errorf("last week's contacts %d %v, want 4 %v", last.Contacts, last.ContactsByKind, wantKinds)
	}
	// 1,200 and 300.50 bought, 50 refunded.
	if last.Purchases != 2 || last.Revenue != 1450.5 {
		t.Errorf("last week: %d purchases, revenue %v; want 2 and 1450.5", last.Purchases, last.Revenue)
	}
	if len(out.Weekly) != data.DefaultInsightWeeks || !strings.HasPrefix(last.End, insightsDay+"T23:59:59") {
		t.Errorf("%d weeks, the last ending %s", len(out.Weekly), last.End)
	}
}

// checkCohorts checks the December cohort's buyers and their shares in
// the months after, and an October cohort without buyers.
func checkCohorts(t *testing.T, out insightsOutput) {
	t.Helper()
	// Bob and Cleo first bought in December; Cleo again in January, Bob in
	// February.
	dec := out.Cohorts[len(out.Cohorts)-3]
	if !strings.HasPrefix(dec.Month, "2025-12-01") || dec.Customers != 2 || len(dec.Share) != 3 || *dec.Share[1] != 0.5 || *dec.Share[2] != 0.5 {
		t.Errorf("December cohort %+v, want 2 buyers, half buying in each month after", dec)
	}
	if oct := out.Cohorts[len(out.Cohorts)-5]; oct.Customers != 0 || oct.Share[0] != nil {
		t.Errorf("October cohort %+v, want no buyers and no shares", oct)
	}
}

func TestInsightsOwnerTagAndAsOf(t *testing.T) {
	db := insightsBook(t)
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--owner", "ANNA"}, []string{"acquisition 1 200.00", "conversion 1 1000.00"}},
		{[]string{"--tag", "vip"}, []string{"conversion 1 1000.00", "retention 1 300.00"}},
		{[]string{"--owner", "ben", "--tag", "vip"}, []string{"retention 1 300.00"}},
		// On Christmas Ada was in Acquisition, Bob already converted.
		{[]string{"--as-of", "2025-12-25"}, []string{"awareness 1 0.00", "acquisition 2 1200.00", "conversion 2 800.00"}},
	}
	for _, c := range cases {
		args := append([]string{"--as-of", insightsDay}, c.args...)
		out := insightsOf(t, db, args...)
		if got := funnelCounts(out); !slices.Equal(got, c.want) {
			t.Errorf("insights %v: funnel %v, want %v", args, got, c.want)
		}
	}
	if out := insightsOf(t, db, "--owner", "ben", "--as-of", insightsDay); out.Owner != "ben" || len(out.Flow.Moves) != 3 {
		t.Errorf("owner ben: %q, moves %+v; want Bob entering and converting, Dan retained", out.Owner, out.Flow.Moves)
	}
}

func TestInsightsPeriods(t *testing.T) {
	db := insightsBook(t)
	day := func(s string) string {
		at, _ := time.ParseInLocation(time.DateTime, s, time.Local)
		return at.Format(time.RFC3339)
	}
	cases := []struct {
		args     []string
		from, to string
	}{
		{nil, "2025-11-30 23:59:59", "2026-02-28 23:59:59"},
		{[]string{"--period", "2w"}, "2026-02-14 23:59:59", "2026-02-28 23:59:59"},
		{[]string{"--period", "30"}, "2026-01-29 23:59:59", "2026-02-28 23:59:59"},
		{[]string{"--from", "2026-01-01", "--to", "31.01.2026"}, "2026-01-01 00:00:00", "2026-01-31 23:59:59"},
		{[]string{"--from", "2026-02-01"}, "2026-02-01 00:00:00", "2026-02-28 23:59:59"},
	}
	for _, c := range cases {
		out := insightsOf(t, db, append([]string{"--as-of", insightsDay}, c.args...)...)
		if out.Period.From != day(c.from) || out.Period.To != day(c.to) || out.AsOf != day("2026-02-28 23:59:59") {
			t.Errorf("%v: as of %s, period %+v; want %s to %s", c.args, out.AsOf, out.Period, c.from, c.to)
		}
	}
	// A period that ends on the as-of day ends at the as-of moment.
	out := insightsOf(t, db, "--as-of", insightsDay+" 10:00", "--to", insightsDay)
	if want := day(insightsDay + " 10:00:00"); out.AsOf != want || out.Period.To != want {
		t.Errorf("--to the as-of day: as of %s, period %+v; want both to end at %s", out.AsOf, out.Period, want)
	}
	// In January only Ada converted, from Acquisition.
	out = insightsOf(t, db, "--as-of", insightsDay, "--from", "2026-01-01", "--to", "2026-01-31")
	if c := out.Flow.Conversion[1]; c.Customers != 2 || c.Converted != 1 {
		t.Errorf("January's conversion from acquisition %+v, want Ada of Ada and Cleo", c)
	}
}

func TestInsightsJSONHasEverySection(t *testing.T) {
	var got map[string]any
	text := mustTend(t, insightsBook(t), "insights", "--json", "--as-of", insightsDay, "--weeks", "3")
	if err := json.Unmarshal([]byte(text), &got); err != nil {
		t.Fatal(err)
	}
	first := func(key string) map[string]any { return got[key].([]any)[0].(map[string]any) }
	flow := got["flow"].(map[string]any)
	shapes := []struct {
		what string
		keys map[string]any
		want []string
	}{
		{"the object", got, []string{"as_of", "cohorts", "flow", "funnel", "owner", "period", "tag", "time_in_phase", "weekly"}},
		{"a funnel step", first("funnel"), []string{"customers", "group", "hidden", "phase", "phase_label", "value"}},
		{"the flow", flow, []string{"conversion", "moves", "reasons", "target", "target_label"}},
		{"a move", flow["moves"].([]any)[0].(map[string]any), []string{"customers", "direction", "from", "from_label", "to", "to_label"}},
		{"a conversion", flow["conversion"].([]any)[0].(map[string]any), []string{"converted", "customers", "group", "phase", "phase_label", "rate"}},
		{"a time in phase", first("time_in_phase"), []string{"group", "left", "phase", "phase_label", "waiting"}},
		{"a spread", first("time_in_phase")["left"].(map[string]any), []string{"customers", "median_days", "p90_days"}},
		{"a week", first("weekly"), []string{"contacts", "contacts_by_kind", "end", "flagged", "purchases", "revenue", "start"}},
		{"a week's flags", first("weekly")["flagged"].(map[string]any), []string{"at-risk", "stalled", "win-back"}},
		{"a cohort", first("cohorts"), []string{"active", "customers", "month", "share"}},
	}
	for _, s := range shapes {
		if keys := slices.Sorted(maps.Keys(s.keys)); !slices.Equal(keys, s.want) {
			t.Errorf("%s has %v, want %v", s.what, keys, s.want)
		}
	}
	if n := len(got["weekly"].([]any)); n != 3 {
		t.Errorf("--weeks 3 gives %d weeks", n)
	}
}

func TestInsightsCSVPrintsASection(t *testing.T) {
	db := insightsBook(t)
	cases := map[string][]string{
		"conversion": {"phase,phase_label,group,target,customers,converted,rate",
			"awareness,Awareness,buying,conversion,2,1,0.5"},
		"funnel": {"phase,phase_label,group,hidden,customers,value",
			"conversion,Conversion,owning,false,2,1500.00"},
		"flow": {"from,from_label,to,to_label,direction,customers",
			",,acquisition,Acquisition,new,2"},
		"time_in_phase": {"phase,phase_label,group,left_customers,left_median_days,left_p90_days,waiting_customers,waiting_median_days,waiting_p90_days",
			"acquisition,Acquisition,buying,2,25,29,1,"},
		"weekly": {"start,end,contacts,call,email,meeting,message,social,note,purchases,revenue,stalled,at-risk,win-back",
			",4,2,1,1,0,0,0,2,1450.50,"},
		"cohorts": {"month,customers,share_0,share_1,share_2,share_3,share_4,share_5,share_6,share_7,share_8,share_9,share_10,share_11",
			",2,1,0.5,0.5,,,,,,,,,"},
	}
	for section, want := range cases {
		lines := strings.Split(mustTend(t, db, "insights", "--as-of", insightsDay, "--csv", "--section", section), "\n")
		if lines[0] != want[0] || !slices.ContainsFunc(lines[1:], func(l string) bool { return strings.Contains(l, want[1]) }) {
			t.Errorf("--section %s:\n%s\nwant the header\n%s\nand a row with %q", section, strings.Join(lines, "\n"), want[0], want[1])
		}
	}
}

func TestInsightsTextShowsEachSection(t *testing.T) {
	out := mustTend(t, insightsBook(t), "insights", "--as-of", insightsDay, "--weeks", "8")
	var lines []string
	for line := range strings.SplitSeq(out, "\n") {
		lines = append(lines, strings.Join(strings.Fields(line), " "))
	}
	for _, want := range []string{
		"Conversion owning 2 €1,500 ██████████████████████████████",
		"Acquisition buying 1 €200 ███████████████",
		"– Acquisition new 2",
		"Acquisition 3 2 66.7%",
		"Acquisition 2 25.0 29.0 1 85.5 85.5",
		"contacts ▁▁▁▁▁▁▁█ 0 4 4 4",
		// Cleo's 90 in the second week is the lowest mark above none; the
		// book's purchases are all in euros.
		"revenue ▂▁▁▁▁▁▁█ €0 €1,450.50 €1,450.50 €1,540.50",
		"2025-12 2 50% 50%",
	} {
		if !slices.Contains(lines, want) && !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want+" ") }) {
			t.Errorf("insights lacks the line %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("insights to a pipe printed escape codes")
	}
}

func TestInsightsRefusesBadInput(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--period", "0d"}, `--period: "0d"`},
		{[]string{"--period", "x"}, `--period: "x" is not a length`},
		{[]string{"--from", "2026-02-10", "--to", "2026-02-01"}, "the period starts on 2026-02-10, after it ends on 2026-02-01"},
		{[]string{"--as-of", "2026-02-01", "--to", "2026-02-02"}, "the period ends on 2026-02-02, after the as-of date 2026-02-01"},
		{[]string{"--period", "30d", "--from", "2026-01-01"}, "--period cannot be given with --from or --to"},
		{[]string{"--csv"}, "--csv needs a --section: funnel, flow, conversion, reasons, time_in_phase, weekly or cohorts"},
		{[]string{"--csv", "--section", "people"}, `--section: unknown section "people"`},
		{[]string{"--section", "funnel"}, "--section chooses the table of --csv"},
		{[]string{"--weeks", "0"}, "--weeks: 0 is not between 1 and"},
		{[]string{"--from", "someday"}, `--from: "someday" is not a date`},
	}
	for _, c := range cases {
		args := append([]string{"--db", db, "insights"}, c.args...)
		out, errOut, code := runBinary(t, nil, args...)
		if code == 0 || out != "" || !strings.HasPrefix(errOut, "tend: ") || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("tend %v: exit %d, stdout %q, stderr %q; want one line with %q", args, code, out, errOut, c.want)
		}
	}
}

// TestInsightsFlagsAgreeWithRisk checks that the last week's flagged
// customers are those tend risk flags on the same day.
func TestInsightsFlagsAgreeWithRisk(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "demo", "--customers", "300", "--seed", "2")
	day := time.Now().AddDate(0, 0, -10).Format(time.DateOnly)
	want := map[string]int{"stalled": 0, "at-risk": 0, "win-back": 0}
	for _, c := range riskJSON(t, db, "--as-of", day) {
		for _, f := range c["flags"].([]any) {
			want[f.(map[string]any)["kind"].(string)]++
		}
	}
	out := insightsOf(t, db, "--as-of", day, "--weeks", "2")
	if got := out.Weekly[1].Flagged; !maps.Equal(got, want) {
		t.Errorf("the last week's flags are %v, tend risk's %v", got, want)
	}
	if want["at-risk"] == 0 || want["win-back"] == 0 {
		t.Errorf("tend risk flags too few kinds to compare: %v", want)
	}
}
