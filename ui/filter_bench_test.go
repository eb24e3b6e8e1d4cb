//go:build unix

package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkFilterKey measures one key typed in the board's / filter: its
// Update, the read of the board it starts (every phase's count of the
// matches, the columns on screen and the selected card) and the frame
// that shows them. Each query is typed but for its last letter outside
// the timer; the last letter is what is timed. The index answers three
// letters or more; one or two scan the customers' search text. Besides
// the time a key, it reports the processor time a key (cpu-ns/op), which
// includes the collector's and the reads' other goroutines.
func BenchmarkFilterKey(b *testing.B) {
	book := benchBook(b)
	for _, bench := range []struct {
		name    string
		queries []string
	}{
		{"3+chars", []string{"mül", "grace f", "gmbh", "fox", "schmidt", "@example", "berl"}},
		{"1-2chars", []string{"a", "mü", "x", "ge", "7", "ol"}},
	} {
		b.Run(bench.name, func(b *testing.B) {
			h := newHarness(b, book, 160, 48)
			h.send(tea.KeyPressMsg{Code: '/', Text: "/"})
			var spent time.Duration
			for i := 0; b.Loop(); i++ {
				q := []rune(bench.queries[i%len(bench.queries)])
				b.StopTimer()
				h.m.filter.input.SetValue(string(q[:len(q)-1]))
				b.StartTimer()
				from := processorTime(b)
				typeFilterKey(b, h, q[len(q)-1])
				spent += processorTime(b) - from
			}
			b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

// typeFilterKey types one key in the filter, takes in the board's read it
// starts and draws the frame.
func typeFilterKey(b *testing.B, h *harness, r rune) {
	next, cmd := h.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	h.m = next.(Model)
	read := false
	for _, msg := range messagesOf(cmd) {
		_, loaded := msg.(boardLoadedMsg)
		read = read || loaded
		next, _ = h.m.Update(msg)
		h.m = next.(Model)
	}
	if !read {
		b.Fatalf("the key %q read no board", r)
	}
	_ = h.m.View()
}
