package data

import (
	"context"
	"testing"
	"time"
)

// BenchmarkRescore measures a full scoring on a day whose purchase models
// are fitted already: every start-up after the day's first does this.
func BenchmarkRescore(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	if _, err := book.Rescore(ctx); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := book.Rescore(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRescoreNextDay measures the day's first start-up: the clock
// moves on a day each time, so the models are fitted again and the flags
// that aged are written.
func BenchmarkRescoreNextDay(b *testing.B) {
	book := benchBook(b)
	ctx := context.Background()
	day := time.Now()
	book.Now = func() time.Time { return day }
	changed := 0
	for b.Loop() {
		day = day.AddDate(0, 0, 1)
		rep, err := book.Rescore(ctx)
		if err != nil {
			b.Fatal(err)
		}
		changed += rep.Changed
	}
	b.ReportMetric(float64(changed)/float64(b.N), "changed/op")
}
