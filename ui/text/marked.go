package text

import (
	"github.com/charmbracelet/x/ansi"
)

// Span is a piece of a text with marks: plain, or one of the marks (the
// words a search matched, say).
type Span struct {
	Text   string
	Marked bool
}

// FitMarked cleans s as Clean does and cuts it to at most width cells, its
// marks (byte ranges of s, in order) kept whole: a cut never ends inside a
// mark, and where the first mark lies beyond the width, the text before it
// is cut from the front, so that the mark shows. A cut is shown by "…".
// Marks out of order, out of s or inside a rune are left unmarked.
func FitMarked(s string, marks [][2]int, width int) []Span {
	spans := markedSpans(s, marks)
	if width <= 0 {
		return nil
	}
	if spansWidth(spans) <= width {
		return spans
	}
	return cutTail(showFirstMark(spans, width), width)
}

// markedSpans splits s at its marks and cleans each piece; empty pieces
// are left out.
func markedSpans(s string, marks [][2]int) []Span {
	var spans []Span
	add := func(t string, marked bool) {
		if t = Clean(t); t != "" {
			spans = append(spans, Span{Text: t, Marked: marked})
		}
	}
	at := 0
	for _, m := range marks {
		if m[0] < at || m[1] <= m[0] || m[1] > len(s) || !runeStart(s, m[0]) || !runeStart(s, m[1]) {
			continue
		}
		add(s[at:m[0]], false)
		add(s[m[0]:m[1]], true)
		at = m[1]
	}
	add(s[at:], false)
	return spans
}

// runeStart reports whether byte i of s begins a rune, or is its end.
func runeStart(s string, i int) bool { return i == len(s) || s[i]&0xc0 != 0x80 }

func spansWidth(spans []Span) int {
	w := 0
	for _, sp := range spans {
		w += Width(sp.Text)
	}
	return w
}

// showFirstMark cuts the plain text before the first mark from the front
// where the mark would not fit after it, leaving a third of the room
// before the mark for what leads to it.
func showFirstMark(spans []Span, width int) []Span {
	if len(spans) < 2 || spans[0].Marked {
		return spans
	}
	lead, mark := Width(spans[0].Text), Width(spans[1].Text)
	if lead+mark < width {
		return spans
	}
	keep := max((width-mark-2)/3, 0)
	cut := "…" + ansi.TruncateLeft(spans[0].Text, lead-keep, "")
	return append([]Span{{Text: cut}}, spans[1:]...)
}

// cutTail keeps the spans that fit in width with a "…" after them; a mark
// that does not fit whole is left out, unless no mark would show: then
// the first mark, wider than the room, is cut.
func cutTail(spans []Span, width int) []Span {
	var out []Span
	room, marked := width-1, false // room for the "…"
	for _, sp := range spans {
		w := Width(sp.Text)
		if w <= room {
			out = append(out, sp)
			room, marked = room-w, marked || sp.Marked
			continue
		}
		if !sp.Marked || !marked {
			if t := ansi.Truncate(sp.Text, room, ""); t != "" {
				out = append(out, Span{Text: t, Marked: sp.Marked})
			}
		}
		break
	}
	return append(out, Span{Text: "…"})
}
