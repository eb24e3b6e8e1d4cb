package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// shown writes spans with the marks in brackets, as a test reads them.
func shown(spans []Span) string {
	var b strings.Builder
	for _, sp := range spans {
		if sp.Marked {
			b.WriteString("[" + sp.Text + "]")
		} else {
			b.WriteString(sp.Text)
		}
	}
	return b.String()
}

func TestFitMarkedKeepsTheMarksWhole(t *testing.T) {
	s := "Angebot für Müller besprochen, Rückruf nächste Woche"
	at := strings.Index(s, "Müller")
	mark := [][2]int{{at, at + len("Müller")}}
	for _, tt := range []struct {
		s     string
		marks [][2]int
		width int
		want  string
	}{
		{s, mark, 80, "Angebot für [Müller] besprochen, Rückruf nächste Woche"},
		{s, mark, 24, "Angebot für [Müller] besp…"},
		// The cut would fall inside the second mark: it ends before it.
		{"ab cd ef", [][2]int{{0, 2}, {3, 5}}, 5, "[ab] …"},
		// The mark lies beyond the width: the text before it is cut.
		{s, [][2]int{{strings.Index(s, "nächste"), strings.Index(s, "nächste") + len("nächste")}}, 16, "…f [nächste] Woch…"},
		// Wide runes are never split.
		{"山山山山山 Müller", [][2]int{{16, 23}}, 12, "… [Müller]…"},
		// Control characters go, the marks stay on their words.
		{"a\x1b[31mb Müller\nc", [][2]int{{8, 15}}, 80, "a[31mb [Müller] c"},
		{s, mark, 1, "…"},
		{s, mark, 0, ""},
		// A mark that makes no sense is left unmarked.
		{"abc", [][2]int{{2, 1}}, 80, "abc"},
		{"ü", [][2]int{{1, 2}}, 80, "ü"},
	} {
		got := FitMarked(tt.s, tt.marks, tt.width)
		if shown(got) != tt.want {
			t.Errorf("FitMarked(%q, %v, %d) = %q, want %q", tt.s, tt.marks, tt.width, shown(got), tt.want)
		}
		if w := Width(plain(got)); w > max(tt.width, 0) {
			t.Errorf("FitMarked(%q, %v, %d) is %d cells wide", tt.s, tt.marks, tt.width, w)
		}
	}
}

func plain(spans []Span) string {
	var b strings.Builder
	for _, sp := range spans {
		b.WriteString(sp.Text)
	}
	return b.String()
}

// FuzzFitMarked: whatever the text and marks, the spans fit the width,
// are clean, and every marked span is text of the marks.
func FuzzFitMarked(f *testing.F) {
	f.Add("Angebot für Müller besprochen", 12, 19, 20)
	f.Add("山山山 ab\x1b[2J", 10, 12, 5)
	f.Add("", 0, 0, 3)
	f.Fuzz(func(t *testing.T, s string, from, to, width int) {
		width %= 300
		spans := FitMarked(s, [][2]int{{from, to}}, width)
		got := plain(spans)
		if Width(got) > max(width, 0) {
			t.Fatalf("%q is %d cells wide, more than %d", got, Width(got), width)
		}
		if utf8.ValidString(s) && Clean(got) != got {
			t.Fatalf("%q is not clean", got)
		}
		for _, sp := range spans {
			if sp.Marked && !strings.Contains(Clean(s), sp.Text) {
				t.Fatalf("marked %q is not in %q", sp.Text, s)
			}
		}
	})
}
