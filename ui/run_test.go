package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Opening on the re-engagement list keeps the opening note and the timer
// that clears it, as opening on the board does.
func TestOpeningOnTriageKeepsTheOpeningNote(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.m.prepareStart(h.ctx, h.book, Options{Triage: true, NewBook: true})
	if got := timers(h.m.start); got != 1 {
		t.Fatalf("the start holds %d timers, want the note's one", got)
	}
	h.run(h.m.start)
	if !h.on(&triageList{}) {
		t.Fatalf("on %s, want the re-engagement list", h.topName())
	}
	note := openNote(h.book, Options{NewBook: true})
	if !strings.HasPrefix(h.statusLine(), note[:12]) {
		t.Fatalf("status line %q lost the note on the new book", h.statusLine())
	}
}

// timers counts the timers in a command and the batches it holds, without
// waiting for any.
func timers(cmd tea.Cmd) int {
	if cmd == nil {
		return 0
	}
	if isTimer(cmd) {
		return 1
	}
	n := 0
	if cmds, ok := cmdList(cmd()); ok {
		for _, c := range cmds {
			n += timers(c)
		}
	}
	return n
}
