package ui

import (
	"strings"
	"testing"

	"tend/lifecycle"
)

// activityScreen is the activity's chart of the hand-made figures, with
// weeks changed by change, at w × h.
func activityScreen(t *testing.T, w, h int, change func(*lifecycle.Insights)) *harness {
	t.Helper()
	hs := insightsHarness(t, w, h)
	figures := handMadeInsights(t, hs)
	if change != nil {
		change(&figures)
	}
	showFigures(hs, figures)
	hs.press("4")
	return hs
}

// TestInsightsActivityBandsStandApart checks that each series has a band
// of its own: its name and its whole note on the band's first line, and a
// blank line before the next band, at 80 columns as at 200.
func TestInsightsActivityBandsStandApart(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		h := activityScreen(t, size[0], size[1], func(ins *lifecycle.Insights) {
			last := &ins.Weekly[len(ins.Weekly)-1]
			last.Contacts[lifecycle.Call] = 7_408
			last.Revenue = 123_456_789_00
		})
		lines := h.lines()
		for _, want := range []struct{ label, note string }{
			{"contacts", "7,411 · 0–7,411"}, {" call", "7,408 · 0–7,408"}, {" email", "3 · 0–3"}, {"revenue", "€123M · €0–€123M"},
		} {
			i := lineIndex(lines, want.label)
			if i < 0 {
				t.Fatalf("%dx%d: no band named %q:\n%s", size[0], size[1], want.label, h.screen())
			}
			if !strings.HasSuffix(strings.TrimRight(lines[i], " "), want.note) {
				t.Errorf("%dx%d: the band %q does not end with its whole note %q: %q", size[0], size[1], want.label, want.note, lines[i])
			}
			if strings.TrimSpace(lines[i-1]) != "" && !strings.Contains(lines[i-1], "now · low–top") {
				t.Errorf("%dx%d: no blank line above the band %q: %q", size[0], size[1], want.label, lines[i-1])
			}
		}
	}
}

// lineIndex is the index of the first line that starts with prefix and a
// space, or -1.
func lineIndex(lines []string, prefix string) int {
	for i, l := range lines {
		if strings.HasPrefix(l, prefix+" ") {
			return i
		}
	}
	return -1
}

// TestInsightsActivityBandsAreTallerWhereThereIsRoom checks that on a tall
// screen a band takes more than one line, its name on the first.
func TestInsightsActivityBandsAreTallerWhereThereIsRoom(t *testing.T) {
	t.Parallel()
	h := activityScreen(t, 200, 60, nil)
	lines := h.lines()
	i := lineIndex(lines, "purchases")
	if i < 0 || strings.TrimSpace(lines[i+1]) == "" || strings.TrimSpace(lines[i+2]) == "" || strings.TrimSpace(lines[i+3]) != "" {
		t.Errorf("the purchases' band is not three lines and a blank one:\n%s", h.screen())
	}
}

// TestInsightsActivityScalesHighSeriesFromTheirLowest checks that a series
// whose weeks all lie high is drawn from its lowest week, which shows as
// the least mark, so that its shape shows, and the note says so; one that
// starts at nothing is drawn from 0.
func TestInsightsActivityScalesHighSeriesFromTheirLowest(t *testing.T) {
	t.Parallel()
	h := activityScreen(t, 80, 24, func(ins *lifecycle.Insights) {
		for i := range ins.Weekly {
			ins.Weekly[i].Purchases = 7_000 + 100*i
		}
	})
	line := h.lines()[lineIndex(h.lines(), "purchases")]
	if !strings.Contains(line, "▁▅█ 7,200 · 7,000–7,200") {
		t.Errorf("the purchases are not drawn from their lowest week: %q", line)
	}
	if sc := scaleOf([]float64{33, 33, 33}, 1); sc.floor != 0 || sc.at(33) != 1 {
		t.Errorf("a steady series is not drawn from 0: %+v", sc)
	}
	if sc := scaleOf([]float64{0, 5, 10}, 1); sc.floor != 0 || sc.at(0) != 0 || sc.at(10) != 1 {
		t.Errorf("a series from nothing is not drawn from 0: %+v", sc)
	}
}

// TestInsightsActivityHeadStaysAsTheBandsScroll checks that at 80×24,
// where the bands do not all fit, the weeks' dates and the notes' names
// stay on top as the bands scroll.
func TestInsightsActivityHeadStaysAsTheBandsScroll(t *testing.T) {
	t.Parallel()
	h := activityScreen(t, 80, 24, nil)
	if lineIndex(h.lines(), "win-back") >= 0 {
		t.Fatalf("the bands all fit at 80×24; the test needs them not to:\n%s", h.screen())
	}
	h.press("G")
	screen := h.screen()
	if lineIndex(h.lines(), "win-back") < 0 || !strings.Contains(screen, "now · low–top") || !strings.Contains(screen, "14 Mar 2025") {
		t.Errorf("G does not show the last band under the head:\n%s", screen)
	}
}
