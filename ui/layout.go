package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// pad fills a styled string with spaces to w cells.
func pad(s string, w int) string {
	if gap := w - lipgloss.Width(s); gap > 0 {
		return s + strings.Repeat(" ", gap)
	}
	return s
}

// spread puts left and right at the two ends of w cells; left gives way.
func spread(left, right string, w int) string {
	room := w - lipgloss.Width(right) - 1
	if lipgloss.Width(left) > room {
		left = ansi.Truncate(left, max(room, 0), "…")
	}
	return pad(left, w-lipgloss.Width(right)) + right
}

// center puts s in the middle of w cells.
func center(s string, w int) string {
	gap := max(w-lipgloss.Width(s), 0)
	return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
}

// highlight styles the parts of text that match query (case-insensitive)
// with match and the rest with base. text must already be clean.
func highlight(text, query string, base, match lipgloss.Style) string {
	lower, q := strings.ToLower(text), strings.ToLower(strings.TrimSpace(query))
	if q == "" || len(lower) != len(text) {
		return base.Render(text)
	}
	var b strings.Builder
	for {
		i := strings.Index(lower, q)
		if i < 0 {
			b.WriteString(base.Render(text))
			return b.String()
		}
		if i > 0 {
			b.WriteString(base.Render(text[:i]))
		}
		b.WriteString(match.Render(text[i : i+len(q)]))
		text, lower = text[i+len(q):], lower[i+len(q):]
		if text == "" {
			return b.String()
		}
	}
}

// fillBody lays lines out as a screen's body, exactly w × h cells: every line
// filled to the width, as on the board, for an overlay is laid on a canvas
// of the body's size; missing lines blank, lines past h cut.
func fillBody(lines []string, w, h int) string {
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i := range lines {
		lines[i] = pad(lines[i], w)
	}
	return clip(strings.Join(lines[:max(h, 0)], "\n"), w, h)
}

// clip cuts s to at most h lines of at most w cells.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	lines = lines[:min(len(lines), h)]
	for i, l := range lines {
		if lipgloss.Width(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// question is a box that asks a yes-or-no question, with a note on what
// the answer does.
func question(sh *shared, title, note string) string {
	return sh.styles.Overlay.Render(title + "\n\n" + sh.styles.Muted.Render(note))
}
