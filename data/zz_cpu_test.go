package data

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZRescoreCPU(t *testing.T) {
	path := os.Getenv("TEND_BENCH_BOOK")
	if path == "" {
		t.Skip()
	}
	b, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.Rescore(context.Background())
	for i := 0; i < 3; i++ {
		c0, w0 := cpuNow(), time.Now()
		if _, err := b.Rescore(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Logf("cpu %v wall %v", cpuNow()-c0, time.Since(w0))
	}
}
