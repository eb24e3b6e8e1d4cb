package ui

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgramMovesACardAndQuits runs the real program loop: the commands
// run on their own goroutines, the screen goes through the renderer.
func TestProgramMovesACardAndQuits(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	m, err := New(context.Background(), book)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	m.setCompact(compactOff) // whole cards, whose names read whole
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	// waitFor waits until the screen has shown all of texts since the last
	// wait.
	waitFor := func(texts ...string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(out []byte) bool {
			screen := []byte(ansi.Strip(string(out)))
			for _, text := range texts {
				if !bytes.Contains(screen, []byte(text)) {
					return false
				}
			}
			return true
		}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	// The start-up scoring finds Lukas Becker's lead stalled (◷), which puts
	// him first in Acquisition.
	waitFor("Lukas Becker", "◷")

	tm.Send(keyPress("l"))
	tm.Send(keyPress("L"))
	// The status comes with the write, Conversion's new total (99k and
	// Lukas's 16k) with the board read after it.
	waitFor("Moved Lukas Becker to Conversion", "115k")
	tm.Send(keyPress("q"))

	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	id := idOf(t, book, "Lukas Becker")
	if got := customerIn(t, book, id).Phase; got != "conversion" {
		t.Errorf("stored phase %s, want conversion", got)
	}
	if c, ok := final.board.selected(); !ok || c.ID != id || final.board.cols[final.board.focus].phase.Key != "conversion" {
		t.Errorf("the final model selects %s in column %d", c.Name, final.board.focus)
	}
	if len(final.undo) != 1 {
		t.Errorf("%d steps to undo, want the move", len(final.undo))
	}
}
