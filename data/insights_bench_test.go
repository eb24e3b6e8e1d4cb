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
// flags over two years included.
func BenchmarkInsights(b *testing.B) {
	book := benchBook(b)
	q := insightsQuery(book)
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
