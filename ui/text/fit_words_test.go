package text

import (
	"strings"
	"testing"
)

func TestFitWordsCutsBetweenWords(t *testing.T) {
	long := "Could not back up the book: the disk is full, free some room and try again"
	for _, tt := range []struct {
		s     string
		width int
		want  string
	}{
		{long, 80, long},
		{long, 40, "Could not back up the book: the disk is…"}, {long, 39, "Could not back up the book: the disk…"},
		{long, 28, "Could not back up the book…"},
		{long, 27, "Could not back up the book…"},
		{long, 26, "Could not back up the…"},
		{"Gone Ltd: snoozed until 2027-01-05", 20, "Gone Ltd: snoozed…"},
		{"Unbelievably-long-single-word here", 10, "Unbelieva…"},
		{"a b", 0, ""},
		{"Anna Groß · Bäckerei Schröder", 14, "Anna Groß…"},
	} {
		got := FitWords(tt.s, tt.width)
		if got != tt.want {
			t.Errorf("FitWords(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
		if Width(got) > tt.width {
			t.Errorf("FitWords(%q, %d) = %q is %d cells wide", tt.s, tt.width, got, Width(got))
		}
	}
}

// FuzzFitWords checks that a cut is never wider than asked and keeps only
// whole words of the text, in their order.
func FuzzFitWords(f *testing.F) {
	for _, s := range []string{"Took the day's backup: backups/demo.db", "a", "", "Bärbel Groß · Bäckerei Schröder", "x  y,  z"} {
		f.Add(s, 12)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = width % 200
		got := FitWords(s, width)
		if width >= 0 && Width(got) > max(width, 0) {
			t.Fatalf("FitWords(%q, %d) = %q, wider than asked", s, width, got)
		}
		clean := Clean(s)
		kept := strings.TrimSuffix(got, "…")
		if got == clean || kept == "" {
			return
		}
		if !strings.HasPrefix(clean, kept) {
			t.Fatalf("FitWords(%q, %d) = %q, not a beginning of the text", s, width, got)
		}
	})
}
