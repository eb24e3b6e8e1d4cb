package ui

import (
	"image"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// pointAt is the screen cell where s first shows on line y of the screen.
func (h *harness) pointAt(y int, s string) image.Point {
	h.t.Helper()
	x := strings.Index(h.lines()[y], s)
	if x < 0 {
		h.t.Fatalf("%q is not on line %d:\n%s", s, y, h.screen())
	}
	return image.Pt(len([]rune(h.lines()[y][:x])), y)
}

func TestInsightsTabClickTurnsToItsSection(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	tabs := bodyTop + insightsTabLine
	for _, tab := range []struct {
		name string
		want insightSection
	}{{"Cohorts", sectionCohorts}, {"Time in phase", sectionTime}, {"Funnel", sectionFunnel}} {
		p := h.pointAt(tabs, tab.name)
		h.send(click(p.Add(image.Pt(len(tab.name)-1, 0))))
		if h.m.insights.section != tab.want {
			t.Errorf("a click on the last letter of %s shows section %d, want %d", tab.name, h.m.insights.section, tab.want)
		}
	}
	h.send(click(h.pointAt(tabs, "Insights")))
	if h.m.insights.section != sectionFunnel || !h.on((*insightsView)(nil)) {
		t.Errorf("a click on the title did something: section %d, %s on top", h.m.insights.section, h.topName())
	}
	h.send(click(h.pointAt(tabs, "v table")))
	if !h.m.insights.table {
		t.Errorf("a click on the chart or table switch did not turn to the table")
	}
}

func TestInsightsPeriodClickStepsToTheNext(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	h.send(click(h.pointAt(bodyTop+insightsScopeLine, "last 90 days")))
	if h.m.insights.span != 365 || !strings.Contains(h.screen(), "last 365 days") {
		t.Errorf("a click on the period did not step to 365 days:\n%s", h.screen())
	}
}

func TestInsightsWheelScrollsTheSection(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	h.press("4", "v")
	first := lineStarting(t, h.screen(), "14 Mar 2025")
	middle := image.Pt(40, 12)
	h.send(wheel(middle, tea.MouseWheelDown))
	if strings.Contains(h.screen(), first) || lineStarting(t, h.screen(), "week to") == "" {
		t.Errorf("the wheel did not scroll the weeks under their head:\n%s", h.screen())
	}
	h.send(wheel(middle, tea.MouseWheelUp))
	if !strings.Contains(h.screen(), first) {
		t.Errorf("the wheel up did not bring the latest week back:\n%s", h.screen())
	}
	h.press("v")
	h.send(wheel(middle, tea.MouseWheelDown), wheel(middle, tea.MouseWheelDown), wheel(middle, tea.MouseWheelDown), wheel(middle, tea.MouseWheelDown))
	if lineIndex(h.lines(), "win-back") < 0 {
		t.Errorf("the wheel did not scroll the activity's bands to the last:\n%s", h.screen())
	}
}
