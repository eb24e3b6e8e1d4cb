package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"tend/data"
)

// benchBook opens TEND_BENCH_BOOK (the 100,000-customer book the benchmark
// script builds) or fills a small book in a temp folder.
func benchBook(b *testing.B) *data.Book {
	b.Helper()
	path := os.Getenv("TEND_BENCH_BOOK")
	fill := path == ""
	if fill {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	book := openBook(b, path)
	if fill {
		if err := book.FillDemo(context.Background(), data.DemoOptions{Customers: 3000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
	return book
}

// BenchmarkFirstFrame measures opening the board: reading the lifecycle,
// the totals and the cards on screen, and drawing the first frame.
func BenchmarkFirstFrame(b *testing.B) {
	book := benchBook(b)
	for b.Loop() {
		m, err := New(context.Background(), book)
		if err != nil {
			b.Fatal(err)
		}
		next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
		_ = next.View()
		m.Close()
	}
}

// BenchmarkKeystroke measures one key on the board of whole cards, Update
// and View, with the selection walking down and up a column and across the
// columns.
func BenchmarkKeystroke(b *testing.B) {
	h := newHarness(b, benchBook(b), 160, 48)
	h.wholeCards()
	benchKeys(b, h, "jjlkh")
}

// BenchmarkKeystrokeCompact measures the same keys, and ] and [, on the
// compact board at 80×24 with its strip: every phase on screen.
func BenchmarkKeystrokeCompact(b *testing.B) {
	h := newHarness(b, benchBook(b), 80, 24)
	benchKeys(b, h, "jjlkh][")
}

// benchKeys presses keys over and over, timing Update and View. The rare
// window load a key starts runs outside the timer, as it runs off the
// Update loop in the program.
func benchKeys(b *testing.B, h *harness, keys string) {
	for i := 0; b.Loop(); i++ {
		k := rune(keys[i%len(keys)])
		next, cmd := h.m.Update(tea.KeyPressMsg{Code: k, Text: string(k)})
		h.m = next.(Model)
		_ = h.m.View()
		if cmd != nil {
			b.StopTimer()
			h.run(cmd)
			b.StartTimer()
		}
	}
}

// BenchmarkMoveKeyToCommit measures a card moved by key, from the key press
// to the committed write; the board's re-read after it is left out.
func BenchmarkMoveKeyToCommit(b *testing.B) {
	h := newHarness(b, benchBook(b), 160, 48)
	h.send(tea.KeyPressMsg{Code: 'l', Text: "l"}, tea.KeyPressMsg{Code: 'l', Text: "l"})
	keys := []tea.KeyPressMsg{{Code: 'L', Text: "L"}, {Code: 'H', Text: "H"}}
	for i := 0; b.Loop(); i++ {
		next, cmd := h.m.Update(keys[i%2])
		h.m = next.(Model)
		if cmd == nil {
			b.Fatal("the move key did nothing")
		}
		msg := cmd()
		if _, ok := msg.(writtenMsg); !ok {
			b.Fatalf("the move did not commit: %v", msg)
		}
		b.StopTimer()
		h.send(msg)
		b.StartTimer()
	}
}

// BenchmarkTriageOpens measures t on the board: reading the re-engagement
// list with the reasons of its first screenful, and drawing it.
func BenchmarkTriageOpens(b *testing.B) {
	h := newHarness(b, benchBook(b), 160, 48)
	for b.Loop() {
		next, cmd := h.m.Update(tea.KeyPressMsg{Code: 't', Text: "t"})
		h.m = next.(Model)
		next, _ = h.m.Update(cmd())
		h.m = next.(Model)
		if !h.m.triage.loaded {
			b.Fatal("the list did not open")
		}
		_ = h.m.View()
		h.m.closeAll()
	}
}

// BenchmarkInsightsOpen measures i on the board: reading the funnel, the
// insights' first section, and drawing it. The rest of the figures are
// read after it and are measured in data (BenchmarkInsights).
func BenchmarkInsightsOpen(b *testing.B) {
	h := newHarness(b, benchBook(b), 160, 48)
	for b.Loop() {
		next, cmd := h.m.Update(tea.KeyPressMsg{Code: 'i', Text: "i"})
		h.m = next.(Model)
		for _, msg := range messagesOf(cmd) {
			if funnel, ok := msg.(insightsFunnelMsg); ok {
				next, _ = h.m.Update(funnel)
				h.m = next.(Model)
			}
		}
		if !h.m.insights.hasFunnel {
			b.Fatal("the funnel did not show")
		}
		_ = h.m.View()
		h.m.insights.leave()
		h.m.closeAll()
	}
}

// BenchmarkStrip measures the phase strip as a frame draws it, which is
// from its cache unless the totals, the width or the columns on screen
// changed, and drawn anew.
func BenchmarkStrip(b *testing.B) {
	h := newHarness(b, benchBook(b), 80, 24)
	v := boardView{styles: &h.m.styles, now: h.m.now(), cache: h.m.cards}
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			_ = h.m.board.stripView(v)
		}
	})
	b.Run("drawn", func(b *testing.B) {
		for b.Loop() {
			_ = h.m.board.drawStrip(v)
		}
	})
}
