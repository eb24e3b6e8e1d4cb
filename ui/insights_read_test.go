package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
)

// pressOnly sends a key to the model alone and returns the messages of
// the commands it starts, the timers left out, without sending them on:
// the test decides which arrive when.
func pressOnly(h *harness, name string) []tea.Msg {
	h.t.Helper()
	next, cmd := h.m.Update(keyPress(name))
	h.m = next.(Model)
	return messagesOf(cmd)
}

// pressHeld sends a key to the model alone and returns the commands it
// starts in a batch, none of them run yet.
func pressHeld(h *harness, name string) []tea.Cmd {
	h.t.Helper()
	next, cmd := h.m.Update(keyPress(name))
	h.m = next.(Model)
	cmds, ok := cmdList(cmd())
	if !ok {
		h.t.Fatalf("%s started no batch of commands", name)
	}
	return cmds
}

func messagesOf(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || isTimer(cmd) {
		return nil
	}
	msg := cmd()
	if cmds, ok := cmdList(msg); ok {
		var out []tea.Msg
		for _, c := range cmds {
			out = append(out, messagesOf(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// funnelTotal adds up the customers of a funnel.
func funnelTotal(steps []lifecycle.FunnelStep) int {
	n := 0
	for _, f := range steps {
		n += f.Customers
	}
	return n
}

// TestInsightsShowTheFunnelBeforeTheRest checks that opening the insights
// reads the funnel alone, and that the rest is read once it is in, so that
// the rest never holds the funnel back.
func TestInsightsShowTheFunnelBeforeTheRest(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	msgs := pressOnly(h, "i")
	if len(msgs) != 1 {
		t.Fatalf("opening the insights read %v, want the funnel alone", msgs)
	}
	funnel, ok := msgs[0].(insightsFunnelMsg)
	if !ok {
		t.Fatalf("opening the insights sent %T, want the funnel", msgs[0])
	}
	next, cmd := h.m.Update(funnel)
	h.m = next.(Model)
	rest := messagesOf(cmd)
	if len(rest) != 1 || !h.m.insights.hasFunnel || h.m.insights.loaded {
		t.Fatalf("the funnel did not start the reading of the rest: %v", rest)
	}
	if _, ok := rest[0].(insightsQuickMsg); !ok {
		t.Fatalf("after the funnel came %T, want the figures but the flags", rest[0])
	}
	lineWith(t, h.screen(), "total                                                           20")
	h.press("2")
	if !strings.Contains(h.screen(), "Counting the flow from each customer's history…") {
		t.Errorf("the flow does not say it is being counted:\n%s", h.screen())
	}
	next, cmd = h.m.Update(rest[0])
	h.m = next.(Model)
	lineWith(t, h.screen(), "Converted: reached Conversion, the first owning phase")
	flags := messagesOf(cmd)
	if len(flags) != 1 {
		t.Fatalf("the figures but the flags did not start the flags' replay: %v", flags)
	}
	if _, ok := flags[0].(insightsLoadedMsg); !ok {
		t.Fatalf("after the figures but the flags came %T, want all of them", flags[0])
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 60})
	h.press("4")
	stalled := triageKindName(lifecycle.Stalled)
	if strings.Contains(h.screen(), stalled) {
		t.Errorf("the activity shows flags before their replay is in:\n%s", h.screen())
	}
	h.send(flags[0])
	lineWith(t, h.screen(), stalled)
}

func TestInsightsShowHowFarTheReadingHasCome(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	pressOnly(h, "i")
	h.press("3")
	h.m.insights.progress.done.Store(40_000)
	h.m.insights.progress.total.Store(100_000)
	h.send(insightsTickMsg{gen: h.m.insights.gen})
	screen := h.screen()
	for _, want := range []string{"reading 40,000 of 100,000 customers", "reading 40%", "Counting the time in phase"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the screen lacks %q:\n%s", want, screen)
		}
	}
	h.press("esc")
	if _, cmd := h.m.Update(insightsTickMsg{gen: h.m.insights.gen - 1}); cmd != nil {
		t.Error("the progress still ticks after the insights were left")
	}
}

func TestInsightsDropStaleAnswersAndStopTheOldReading(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	first := pressHeld(h, "i") // not run yet
	old := h.m.insights.gen
	h.press("p") // 365 days, read at once
	if got := h.m.insights.figures.Period.From; !got.Equal(fixedNow.AddDate(0, 0, -365)) {
		t.Fatalf("p read the figures from %s, want a year back", got)
	}
	stale := handMadeInsights(t, h)
	h.send(insightsFunnelMsg{gen: old, steps: stale.Funnel}, insightsLoadedMsg{gen: old, figures: stale},
		insightsFailedMsg{gen: old, err: errors.New("the old reading failed")})
	if strings.Contains(h.screen(), "4,321") || h.m.status.isErr || h.m.insights.figures.Period.From.Equal(stale.Period.From) {
		t.Errorf("a stale answer reached the screen:\n%s", h.screen())
	}
	// The first reading's commands run only now, after p stopped it.
	for _, cmd := range first {
		if isTimer(cmd) {
			continue
		}
		if f, ok := cmd().(insightsFailedMsg); !ok || !errors.Is(f.err, context.Canceled) {
			t.Errorf("the first reading was not stopped: it sent %T", cmd())
		}
	}
}

func TestInsightsPeriodKeyCyclesTheSpans(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	for _, want := range []int{365, 30, 90} {
		h.press("p")
		p := h.m.insights.figures.Period
		if days := int(p.To.Sub(p.From).Hours() / 24); days != want || !p.To.Equal(fixedNow) {
			t.Errorf("the figures cover %s to %s, want the last %d days", p.From, p.To, want)
		}
		lineWith(t, h.screen(), "last "+text.Thousands(want)+" days · as of 14 Mar 2025")
	}
}

func TestInsightsDatesAreTypedInAndChecked(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	h.press("d")
	if !h.on((*datesForm)(nil)) {
		t.Fatalf("d opened screen %s, not the dates", h.topName())
	}
	h.press("ctrl+u") // the text input's clear-line key
	h.typeText("2025-02-01")
	h.press("tab", "ctrl+u")
	h.typeText("2025-01-01")
	h.press("enter")
	if !h.on((*datesForm)(nil)) || !strings.Contains(h.screen(), "after it ends") {
		t.Fatalf("a period that ends before it starts was taken:\n%s", h.screen())
	}
	h.press("ctrl+u")
	h.typeText("2025-02-28")
	h.press("enter")
	p := h.m.insights.figures.Period
	if !h.on((*insightsView)(nil)) || !p.From.Equal(at("2025-02-01 00:00")) || !p.To.Equal(at("2025-02-28 23:59").Add(59e9+999999999)) {
		t.Fatalf("the figures cover %s to %s on screen %s", p.From, p.To, h.topName())
	}
	lineWith(t, h.screen(), "1 Feb 2025 – 28 Feb 2025 · as of 28 Feb 2025")
	if got := h.m.insights.figures.AsOf; !got.Equal(p.To) {
		t.Errorf("the figures are as of %s, want the period's end %s", got, p.To)
	}
	h.press("d", "tab", "ctrl+u")
	h.typeText("tomorrow")
	h.press("enter")
	if !h.on((*datesForm)(nil)) || !strings.Contains(h.screen(), "after today") {
		t.Errorf("a period that ends tomorrow was taken:\n%s", h.screen())
	}
}

func TestInsightsFiltersReachTheBook(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	h.press("o")
	if !h.on((*picker)(nil)) || !strings.Contains(h.screen(), "2  Anke") || !strings.Contains(h.screen(), "3  Ben") {
		t.Fatalf("o does not offer the owners:\n%s", h.screen())
	}
	h.press("2")
	if got := funnelTotal(h.m.insights.figures.Funnel); got != 11 || h.m.insights.owner != "Anke" {
		t.Errorf("Anke's insights count %d customers, want her 11", got)
	}
	h.press("t", "down")
	for h.picker().values[h.picker().cursor] != "vip" {
		h.press("down")
	}
	h.press("enter")
	if got := funnelTotal(h.m.insights.figures.Funnel); got != 2 {
		t.Errorf("Anke's vip customers count %d, want 2", got)
	}
	lineWith(t, h.screen(), "owner Anke · tag vip")
	h.press("x")
	if got := funnelTotal(h.m.insights.figures.Funnel); got != len(fixtureCustomers) || h.m.insights.owner+h.m.insights.tag != "" {
		t.Errorf("x left %d customers counted, want all", got)
	}
	lineWith(t, h.screen(), "all customers")
}

func TestInsightsSayWhyTheyCouldNotBeRead(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 100, 24)
	h.book.Close()
	h.press("p")
	if !h.m.status.isErr || !strings.Contains(h.statusLine(), "could not count the flow of the period") {
		t.Errorf("the status line does not say what failed: %q", h.statusLine())
	}
	h.press("2")
	if !strings.Contains(h.screen(), "could not count") {
		t.Errorf("the section does not say what failed:\n%s", h.screen())
	}
}

// TestInsightsFitEverySize draws the sections, charts and tables, waiting
// and loaded, on terminals from 1×1 to 200×60 (insightSizes).
func TestInsightsFitEverySize(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	loaded := h.m
	showFigures(h, handMadeInsights(t, h))
	rich := h.m
	waiting := loaded
	waiting.insights.loaded, waiting.insights.hasFunnel = false, false
	models := []Model{loaded, rich, waiting}
	views := 0
	for _, size := range insightSizes() {
		w, ht := size[0], size[1]
		m := models[(w+ht)%len(models)]
		m.insights.section = insightSection((w * ht) % len(sectionNames()))
		m.insights.table = (w+2*ht)%4 < 2
		next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: ht})
		h.m = next.(Model)
		if err := viewFits(h); err != nil {
			t.Fatalf("section %d, table %v: %v", m.insights.section, m.insights.table, err)
		}
		views++
	}
	t.Logf("%d screens drawn", views)
}

// insightSizes are the terminal sizes the insights are drawn at: every
// width up to 200 at heights from one line to 60, and every height up to
// 60 at widths from one column to 200, the edges of the layouts (79, 80,
// 81, 100) among them. Every size of that rectangle took too long under
// the race detector for what it added.
func insightSizes() [][2]int {
	var sizes [][2]int
	for w := 1; w <= 200; w++ {
		for _, ht := range []int{1, 2, 3, 4, 5, 8, 12, 16, 23, 24, 25, 30, 48, 60} {
			sizes = append(sizes, [2]int{w, ht})
		}
	}
	for ht := 1; ht <= 60; ht++ {
		for _, w := range []int{1, 2, 3, 5, 10, 20, 40, 60, 79, 80, 81, 99, 100, 120, 160, 200} {
			sizes = append(sizes, [2]int{w, ht})
		}
	}
	return sizes
}

// TestInsightsRecountOnlyTheFlowForAnotherPeriod checks that p, once the
// figures are in, counts the new period's flow and time in phase from the
// phase history alone, shows them as being counted meanwhile, and keeps
// the weeks and cohorts it has.
func TestInsightsRecountOnlyTheFlowForAnotherPeriod(t *testing.T) {
	t.Parallel()
	h := insightsHarness(t, 80, 24)
	weekly := h.m.insights.figures.Weekly
	h.m.insights.done, h.m.insights.total = 20, 20 // as the whole reading's last tick left them
	msgs := pressOnly(h, "p")
	if len(msgs) != 1 {
		t.Fatalf("p read %v, want the period's flow alone", msgs)
	}
	period, ok := msgs[0].(insightsPeriodMsg)
	if !ok {
		t.Fatalf("p sent %T, want the period's flow", msgs[0])
	}
	h.press("2")
	if !strings.Contains(h.screen(), "Counting the flow") || !strings.Contains(h.screen(), "reading the book") {
		t.Errorf("the flow of the new period does not say it is being counted:\n%s", h.screen())
	}
	h.press("4")
	if strings.Contains(h.screen(), "Counting") {
		t.Errorf("the weeks are counted again for another period:\n%s", h.screen())
	}
	h.send(period)
	p := h.m.insights.figures.Period
	if days := int(p.To.Sub(p.From).Hours() / 24); days != 365 || &h.m.insights.figures.Weekly[0] != &weekly[0] {
		t.Errorf("after p the figures cover %d days, the weeks kept %v; want 365 days and the same weeks", days, &h.m.insights.figures.Weekly[0] == &weekly[0])
	}
	h.press("2")
	lineWith(t, h.screen(), "Converted: reached Conversion, the first owning phase")
}

// TestInsightsSayWhenTheFlagsFail checks that a failed replay of the
// weeks' flags is told, though the other figures are in.
func TestInsightsSayWhenTheFlagsFail(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	pressOnly(h, "i")
	gen := h.m.insights.gen
	h.m.insights.rest, h.m.insights.flags = nil, nil
	h.send(insightsQuickMsg{gen: gen, figures: handMadeInsights(t, h)},
		insightsFailedMsg{gen: gen, err: errors.New("the disk is gone")})
	if !h.m.status.isErr || !strings.Contains(h.screen(), "the disk is gone") {
		t.Errorf("the flags' failure is not told:\n%s", h.screen())
	}
}
