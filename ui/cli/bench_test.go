package cli

import (
	"context"
	"io"
	"os"
	"syscall"
	"testing"
	"time"
)

// benchCommand runs a command line in this process, as main does, with
// its output thrown away: on the book named by TEND_BENCH_BOOK (a
// 100,000-customer demo book, scored today), else skipped. What a whole
// process adds (start-up, the packages' inits) is not in it.
func benchCommand(b *testing.B, args ...string) {
	path := os.Getenv("TEND_BENCH_BOOK")
	if path == "" {
		b.Skip("TEND_BENCH_BOOK names no book")
	}
	args = append([]string{"--db", path}, args...)
	start := processorTime()
	for b.Loop() {
		root := withNegativeArgs(newRootCmdFor(Process{WholeReading: func() func() { return func() {} }}, args), args)
		root.SetOut(io.Discard)
		if err := execute(context.Background(), root, "bench", io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	// Processor time is the figure to compare on a shared machine, where
	// the clock runs on while others' work has the cores.
	b.ReportMetric(float64((processorTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// processorTime is the processor time the process has taken, user and
// system.
func processorTime() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkRiskJSON is `tend risk --json` reading the day's stored flags.
func BenchmarkRiskJSON(b *testing.B) { benchCommand(b, "risk", "--json") }

// BenchmarkRiskText is `tend risk` reading the day's stored flags.
func BenchmarkRiskText(b *testing.B) { benchCommand(b, "risk") }

// BenchmarkSearchRareName is `tend search "grace fox"`.
func BenchmarkSearchRareName(b *testing.B) { benchCommand(b, "search", "grace fox") }

// BenchmarkVersion is `tend --version` in this process: the command tree
// built and run, the first word said once (the process says it once).
func BenchmarkVersion(b *testing.B) {
	for b.Loop() {
		root := newRootCmd(Process{})
		root.SetArgs([]string{"--version"})
		root.SetOut(io.Discard)
		if err := execute(context.Background(), root, "bench", io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
