package ui

import (
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// insightsHarness opens the insights on the fixture book.
func insightsHarness(t *testing.T, w, h int) *harness {
	t.Helper()
	hs := newHarness(t, fixedBook(t), w, h)
	hs.press("i")
	if !hs.on((*insightsView)(nil)) || !hs.m.insights.loaded {
		t.Fatalf("i did not open the insights:\n%s", hs.screen())
	}
	return hs
}

// handMadeInsights are figures with numbers found nowhere else on the
// screen, in the classic lifecycle of the fixture book.
func handMadeInsights(t *testing.T, h *harness) lifecycle.Insights {
	t.Helper()
	ins := lifecycle.Insights{AsOf: fixedNow, Period: lifecycle.Period{From: fixedNow.AddDate(0, 0, -90), To: fixedNow}}
	for i, p := range h.m.lc.Phases {
		ins.Funnel = append(ins.Funnel, lifecycle.FunnelStep{Phase: p, Customers: 1000 + 111*i, Value: lifecycle.Money(5_000_000_00 + i)})
	}
	ins.Funnel[0].Customers = 4321
	ins.Flow = lifecycle.Flow{Target: "conversion",
		Moves: []lifecycle.FlowCell{
			{From: "awareness", To: "acquisition", Direction: lifecycle.Forward, Customers: 3210},
			{From: "", To: "awareness", Direction: lifecycle.Entered, Customers: 987},
			{From: "acquisition", To: "awareness", Direction: lifecycle.Backward, Customers: 76},
		},
		Conversion: []lifecycle.Conversion{{Phase: "awareness", Customers: 400, Converted: 100}, {Phase: "acquisition", Customers: 80, Converted: 60}},
	}
	for _, p := range h.m.lc.Phases {
		ins.TimeInPhase = append(ins.TimeInPhase, lifecycle.PhaseTime{Phase: p.Key})
	}
	ins.TimeInPhase[1] = lifecycle.PhaseTime{Phase: "acquisition",
		Left: lifecycle.DaySpread{Customers: 654, Median: 23, P90: 71}, Waiting: lifecycle.DaySpread{Customers: 32, Median: 4.5, P90: 8.5}}
	ins.Weekly = lifecycle.Weeks(fixedNow, 3)
	for i := range ins.Weekly {
		w := &ins.Weekly[i]
		w.Contacts[lifecycle.Call], w.Contacts[lifecycle.Email] = 40+i, 3
		w.Purchases, w.Revenue = 17+i, lifecycle.Money(8_765_00*(i+1))
		w.Flagged[lifecycle.Stalled], w.Flagged[lifecycle.AtRisk], w.Flagged[lifecycle.WinBack] = 11, 22+i, 33
	}
	for k := range lifecycle.CohortMonths {
		month := time.Date(2024, time.April+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
		ins.Cohorts = append(ins.Cohorts, lifecycle.Cohort{Month: month, Active: make([]int, lifecycle.CohortMonths-k)})
	}
	ins.Cohorts[9] = lifecycle.Cohort{Month: ins.Cohorts[9].Month, Customers: 40, Active: []int{40, 10, 0}}
	return ins
}

// showFigures puts figures on the insights screen as if the reading in
// force had brought them.
func showFigures(h *harness, ins lifecycle.Insights) {
	h.send(insightsLoadedMsg{gen: h.m.insights.gen, figures: ins})
}

// sectionScreens are a section's chart and table, drawn from hand-made
// figures.
func sectionScreens(t *testing.T, section string) (chart, table string) {
	t.Helper()
	h := insightsHarness(t, 100, 30)
	showFigures(h, handMadeInsights(t, h))
	h.press(section)
	chart = h.screen()
	h.press("v")
	return chart, h.screen()
}

// wantLines checks that the first line of screen starting with each
// want's first text has the others too.
func wantLines(t *testing.T, name, screen string, want [][]string) {
	t.Helper()
	for _, w := range want {
		line := lineStarting(t, screen, w[0])
		for _, part := range w[1:] {
			if !strings.Contains(line, part) {
				t.Errorf("%s: the line of %q lacks %q: %q", name, w[0], part, line)
			}
		}
	}
}

func TestInsightsFunnelShowsEachPhaseByGroup(t *testing.T) {
	t.Parallel()
	chart, table := sectionScreens(t, "1")
	wantLines(t, "chart", chart, [][]string{
		{" Awareness", "█", "4,321", "5,000,000"},
		{" Lost", "1,666", "5,000,000"},
		{"Buying"}, {"Owning"}, {"Ended"},
		{"total", "12,652"},
	})
	wantLines(t, "table", table, [][]string{
		{"Awareness", "buying", "4,321", "34%", "5,000,000"},
		{"Retention", "owning", "1,333", "11%"},
		{"total", "12,652", "100%", "35,000,000"},
	})
	if strings.Contains(table, "█") || strings.Contains(table, "Buying") {
		t.Errorf("the table draws bars or groups:\n%s", table)
	}
}

func TestInsightsFlowHighlightsTheStrongestMoves(t *testing.T) {
	t.Parallel()
	chart, table := sectionScreens(t, "2")
	wantLines(t, "chart", chart, [][]string{
		{" new ", "987"},
		{" Awareness ", "3,210"},
		{" Acquisition ", "76"},
		{" strongest:", "Awareness → Acquisition 3,210 · new → Awareness 987 · Acquisition → Awareness 76"},
		{"Converted: reached Conversion, the first owning phase, within the period"},
	})
	wantLines(t, "conversion chart", chart[strings.Index(chart, "Converted:"):], [][]string{
		{" Awareness ", "25%", "of 400"},
		{" Acquisition ", "75%", "of 80"},
	})
	wantLines(t, "table", table, [][]string{
		{"Awareness        Acquisition", "forward", "3,210"},
		{"new ", "Awareness", "new", "987"},
		{"Acquisition      Awareness", "backward", "76"},
		{" Awareness ", "400", "100", "25%"},
		{" Acquisition ", "80", "60", "75%"},
	})
}

func TestInsightsTimeInPhaseGivesMedianAndNinetiethPercentile(t *testing.T) {
	t.Parallel()
	chart, table := sectionScreens(t, "3")
	wantLines(t, "chart", chart, [][]string{{" Acquisition", "left", "█", "░", "23d", "71d", "654"}})
	if waiting := chart[strings.Index(chart, " Acquisition"):]; !strings.Contains(lineWith(t, waiting, "waiting"), "4.5d    8.5d        32") {
		t.Errorf("the chart does not show who waits in Acquisition:\n%s", chart)
	}
	wantLines(t, "table", table, [][]string{{"Acquisition", "654", "23d", "71d", "32", "4.5d", "8.5d"}})
}

func TestInsightsActivityChartsEachWeeklyFigure(t *testing.T) {
	t.Parallel()
	chart, table := sectionScreens(t, "4")
	wantLines(t, "chart", chart, [][]string{
		{"contacts", "45 · 43–45"},
		{" call", "42 · 40–42"},
		{"purchases", "19 · 17–19"},
		{"revenue", "€26k · €8,765–€26k"},
		{"at-risk", "24 · 22–24"},
		{"win-back", "33 · 0–33"},
	})
	wantLines(t, "table", table, [][]string{
		{"14 Mar 2025", "45", "19", "26,295", "11", "24", "33", "42"},
		{"2 Mar 2025", "43", "17", "8,765", "11", "22", "33", "40"},
	})
}

func TestInsightsCohortsShadeTheShareThatBoughtAgain(t *testing.T) {
	t.Parallel()
	chart, table := sectionScreens(t, "5")
	wantLines(t, "chart", chart, [][]string{{"Jan 2025", "40", "███ ███   ·"}, {" ░ ≤5% ▒ ≤10% ▓ ≤15% █ more"}})
	wantLines(t, "table", table, [][]string{{"Jan 2025", "40", "100%  25%    ·"}})
	if line := lineStarting(t, table, "Mar 2025"); strings.Contains(line, "·") {
		t.Errorf("the cohort of this month shows months to come: %q", line)
	}
}

func TestInsightsSectionsTurnWithTabAndNumbers(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	for _, tt := range []struct {
		key  string
		want insightSection
	}{{"tab", sectionFlow}, {"tab", sectionTime}, {"shift+tab", sectionFlow}, {"5", sectionCohorts}, {"tab", sectionFunnel}, {"shift+tab", sectionCohorts}, {"1", sectionFunnel}} {
		h.press(tt.key)
		if h.m.insights.section != tt.want {
			t.Fatalf("%s shows section %d, want %d", tt.key, h.m.insights.section, tt.want)
		}
		if !strings.Contains(h.lines()[1], sectionNames()[tt.want]) {
			t.Errorf("the header does not name %s: %q", sectionNames()[tt.want], h.lines()[1])
		}
	}
	h.press("esc")
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("esc left the insights for screen %s, not the board", h.topName())
	}
}

func TestInsightsScrollALongTable(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	h.press("4", "v")
	first := lineStarting(t, h.screen(), "14 Mar 2025")
	h.press("j", "j")
	if strings.Contains(h.screen(), first) || lineStarting(t, h.screen(), "week to") == "" {
		t.Errorf("j did not scroll the weeks under their head:\n%s", h.screen())
	}
	h.press("G")
	if !strings.Contains(h.screen(), "26 Mar 2023") {
		t.Errorf("G does not show the oldest of the 104 weeks:\n%s", h.screen())
	}
	h.press("g")
	if !strings.Contains(h.screen(), first) {
		t.Errorf("g does not go back to the latest week:\n%s", h.screen())
	}
}

// TestInsightsActivityWritesLargeCountsBriefly checks that the notes of a
// large book's weeks fit beside the sparklines, and the table has them in
// full.
func TestInsightsActivityWritesLargeCountsBriefly(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 100, 30)
	figures := handMadeInsights(t, h)
	last := &figures.Weekly[len(figures.Weekly)-1]
	last.Contacts = map[lifecycle.Kind]int{lifecycle.Call: 20_207}
	showFigures(h, figures)
	h.press("4")
	wantLines(t, "chart", h.screen(), [][]string{{" call", "20k · 0–20k"}})
	h.press("v")
	wantLines(t, "table", h.screen(), [][]string{{"14 Mar 2025", "20,207"}})
}
