package ui

import (
	"context"
	"maps"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// openInsightsFully opens the insights and lets the funnel and the figures
// but the flags in, returning what the flags' reading sent.
func openInsightsFully(h *harness) tea.Msg {
	h.t.Helper()
	h.press("esc")
	msgs := pressOnly(h, "i")
	for range 2 {
		if len(msgs) != 1 {
			h.t.Fatalf("the insights' reading sent %v, want one message at a time", msgs)
		}
		next, cmd := h.m.Update(msgs[0])
		h.m = next.(Model)
		msgs = messagesOf(cmd)
	}
	if len(msgs) != 1 {
		h.t.Fatalf("the flags' reading sent %v, want one message", msgs)
	}
	return msgs[0]
}

// TestInsightsReadTheWeeksFlagsTheBookKeeps checks that, on a book scored
// today, the first opening replays the weeks' flags and the next reads
// those the book kept, alone, into the figures already shown.
func TestInsightsReadTheWeeksFlagsTheBookKeeps(t *testing.T) {
	t.Parallel()
	b := fixedBook(t)
	if _, err := b.Rescore(context.Background()); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, b, 80, 24)
	first, ok := openInsightsFully(h).(insightsLoadedMsg)
	if !ok {
		t.Fatalf("the first opening's flags came as %T, want the whole replay", first)
	}
	h.send(first)
	replayed := h.m.insights.figures.Weekly
	kept, ok := openInsightsFully(h).(insightsFlagsMsg)
	if !ok {
		t.Fatalf("the next opening's flags came as %T, want those kept", kept)
	}
	h.send(kept)
	s := h.m.insights
	if s.flagsPending || len(s.figures.Weekly) != len(replayed) {
		t.Fatalf("the kept flags were not taken in: pending %v, %d weeks of %d", s.flagsPending, len(s.figures.Weekly), len(replayed))
	}
	flagged := 0
	for i, w := range s.figures.Weekly {
		if !maps.Equal(w.Flagged, replayed[i].Flagged) {
			t.Errorf("week %d: %v kept, %v replayed", i, w.Flagged, replayed[i].Flagged)
		}
		for _, n := range w.Flagged {
			flagged += n
		}
	}
	if flagged == 0 {
		t.Error("no week has a flagged customer, so there is nothing to compare")
	}
}
