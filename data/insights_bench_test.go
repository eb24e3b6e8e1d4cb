package data

import (
	"context"
	"testing"

	"tend/lifecycle"
)

// insightsQuery is the screen's first query: the last 90 days, as of now
// (the zero as-of date), with two years of weeks.
func insightsQuery(b *Book) InsightsQuery {
	now := b.Now()
	return InsightsQuery{Period: lifecycle.Period{From: now.AddDate(0, 0, -90), To: now}, Weeks: DefaultInsightWeeks}
}

// BenchmarkInsightsFunnel measures the insights screen's first section.
func BenchmarkInsightsFunnel(b *testing.B) {
	book := benchBook(b)
	q := insightsQuery(book)
	for b.Loop() {
		if _, err := book.Funnel(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInsights measures every section, the weekly replay of the
// flags over two years included, as of a date given (now's moment), which
// replays every week.
func BenchmarkInsights(b *testing.B) {
	book := benchBook(b)
	q := insightsQuery(book)
	q.AsOf = q.Period.To
	for b.Loop() {
		if _, err := book.Insights(context.Background(), q, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhaseInsights measures another period's flow and time in
// phase, from the phase history alone.
func BenchmarkPhaseInsights(b *testing.B) {
	book := benchBook(b)
	q := insightsQuery(book)
	for b.Loop() {
		if _, err := book.PhaseInsights(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActivity measures the weeks' contacts, purchases and revenue
// and the cohorts, added up by the book from its indexes by time.
func BenchmarkActivity(b *testing.B) {
	book := benchBook(b)
	q := insightsQuery(book)
	for b.Loop() {
		if _, _, err := book.Activity(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInsightsWithoutFlags measures every figure but the weeks'
// flags: the phase history's figures and the activity added up by the
// book, side by side.
func BenchmarkInsightsWithoutFlags(b *testing.B) {
	book := benchBook(b)
	q := insightsQuery(book)
	for b.Loop() {
		if _, err := book.InsightsWithoutFlags(context.Background(), q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInsightsKept measures every section as of now on a book scored
// today, the weeks' flags read from those kept by an earlier reading.
func BenchmarkInsightsKept(b *testing.B) {
	book := scoredBenchBook(b)
	q := InsightsQuery{Period: insightsQuery(book).Period, Weeks: DefaultInsightWeeks}
	if _, err := book.Insights(context.Background(), q, nil); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := book.Insights(context.Background(), q, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInsightsKeeping measures the first reading as of now on a book
// scored today: every finished week replayed, and kept.
func BenchmarkInsightsKeeping(b *testing.B) {
	book := scoredBenchBook(b)
	q := InsightsQuery{Period: insightsQuery(book).Period, Weeks: DefaultInsightWeeks}
	for b.Loop() {
		b.StopTimer()
		if _, err := book.writer.Exec(`DELETE FROM flagged_weeks`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := book.Insights(context.Background(), q, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// scoredBenchBook is the benchmark's book scored in full today, as the
// board and the commands find it.
func scoredBenchBook(b *testing.B) *Book {
	book := benchBook(b)
	if _, err := book.Rescore(context.Background()); err != nil {
		b.Fatal(err)
	}
	return book
}

// BenchmarkKeptWeeksRead measures what the weeks' flags as of now add to
// the other figures once kept: the stored models, the kept counts and the
// stored flags' counts, in one read.
func BenchmarkKeptWeeksRead(b *testing.B) {
	book := scoredBenchBook(b)
	q := book.resolve(InsightsQuery{Period: insightsQuery(book).Period, Weeks: DefaultInsightWeeks})
	if _, err := book.Insights(context.Background(), InsightsQuery{Period: q.Period, Weeks: q.Weeks}, nil); err != nil {
		b.Fatal(err)
	}
	weeks := lifecycle.Weeks(q.AsOf, q.Weeks)
	for b.Loop() {
		if _, ok, err := book.readKeptWeeks(context.Background(), q, weeks[:len(weeks)-1]); err != nil || !ok {
			b.Fatal(ok, err)
		}
	}
}
