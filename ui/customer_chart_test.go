package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"tend/lifecycle"
)

// chartRows are the chart's contacts row, spend row and axis, as drawn
// right of the label column; the test fails when there is no chart.
func (h *harness) chartRows() (contacts, spend, axis string) {
	h.t.Helper()
	lines := h.lines()
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, " Contacts/mo ") })
	if i < 0 || i+2 >= len(lines) || !strings.HasPrefix(lines[i+1], " Spend/mo ") {
		h.t.Fatalf("no chart on\n%s", h.screen())
	}
	cut := func(l string) string { return ansi.Cut(l, 1+labelWidth, len(l)) }
	return cut(lines[i]), cut(lines[i+1]), cut(lines[i+2])
}

// monthCell is what a chart row shows for the month months before the
// current one: the row's first cell is the oldest of chartMonths.
func monthCell(row string, monthsAgo int) string {
	return ansi.Cut(row, (chartMonths-1-monthsAgo)*chartCell, (chartMonths-1-monthsAgo)*chartCell+1)
}

func TestCustomerChartShowsEachMonthWhereItHappened(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.openCustomer("Anna Fischer")
	contacts, spend, axis := h.chartRows()
	// The clock stands in March 2025: Anna Fischer was met in October
	// 2024 (5 months before), called in January 2025 (2), met in
	// February (1) and written to in March (0); she bought in January.
	wantContacts := map[int]bool{5: true, 2: true, 1: true, 0: true}
	for ago := range chartMonths {
		isBar := strings.Contains("▁▂▃▄▅▆▇█", monthCell(contacts, ago))
		if isBar != wantContacts[ago] {
			t.Errorf("contacts %d months ago: cell %q", ago, monthCell(contacts, ago))
		}
		isBar = strings.Contains("▁▂▃▄▅▆▇█", monthCell(spend, ago))
		if isBar != (ago == 2) {
			t.Errorf("spend %d months ago: cell %q", ago, monthCell(spend, ago))
		}
	}
	// The axis names January 2025 by its year, under its month, and
	// October 2024 under its own.
	if at := strings.Index(axis, "2025"); at != (chartMonths-1-2)*chartCell {
		t.Errorf("2025 at cell %d of the axis %q", at, axis)
	}
	if at := strings.LastIndex(axis, "Oct"); at != (chartMonths-1-5)*chartCell {
		t.Errorf("the last Oct at cell %d of the axis %q", at, axis)
	}
	if !strings.Contains(contacts, "max 1") || !strings.Contains(spend, "max €4,800") {
		t.Errorf("scales:\n%s\n%s", contacts, spend)
	}
}

func TestCustomerChartLeavesOutWhatIsOlderThanTwoYears(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	id := addCustomer(t, book, customerSpec{name: "Old Friend", phase: "loyalty", since: "2022-01-10 10:00",
		contacts: []contactSpec{
			{at: "2023-03-31 23:59", kind: lifecycle.Call, sentiment: lifecycle.Neutral, summary: "Too old for the chart"},
			{at: "2023-04-01 00:00", kind: lifecycle.Call, sentiment: lifecycle.Neutral, summary: "The chart's first month"},
		}})
	h := newHarness(t, book, 80, 24)
	h.show(customerIn(t, book, id))
	contacts, _, axis := h.chartRows()
	if got := monthCell(contacts, chartMonths-1); got != "█" {
		t.Errorf("April 2023, the oldest month, shows %q in %q", got, contacts)
	}
	if !strings.HasPrefix(axis, "Apr ") || !strings.Contains(contacts, "max 1") {
		t.Errorf("the chart counts March 2023:\n%s\n%s", contacts, axis)
	}
}
