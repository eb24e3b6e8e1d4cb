package ui

import (
	"fmt"
	"strings"

	"tend/ui/text"
	"tend/ui/words"
)

// The phase strip is the board's first line: every visible phase with its
// customers (under a filter, its matches), the flagged among them and their
// value, the phases on screen marked. It says as much as fits the width:
// the whole label first, then a short one, then without the value, then
// with counts in thousands (12k). Everything in it comes from the column
// totals the board has already read.

// stripDetail is how much the strip says of each phase.
type stripDetail struct {
	short   bool // the label's first letters instead of the whole label
	value   bool
	flagged bool
	round   bool // counts rounded to thousands: 12k
	gap     int  // spaces between two phases, on either side of each
}

// stripDetails are the strip's forms, from the one that says most.
var stripDetails = []stripDetail{
	{value: true, flagged: true, gap: 2},
	{short: true, value: true, flagged: true, gap: 2},
	{short: true, flagged: true, gap: 2},
	{short: true, flagged: true, gap: 1},
	{short: true, flagged: true, round: true, gap: 1},
	{short: true, round: true, gap: 1},
}

// stripPart is one phase in the strip.
type stripPart struct {
	ci                           int
	label, count, flagged, value string // the count and the value with the space before them
	x, width                     int    // where its cells start on the line and how many
	before, after                int    // the spaces before the label and after the rest
}

// strip lays the strip out in the richest form that fits the width; where
// none does, it shows the phases around the focused one that fit whole.
// It is drawn with every frame, so it measures each label once.
func (b *board) strip() []stripPart {
	names := stripNames(b)
	var parts []stripPart
	for _, d := range stripDetails {
		parts = b.stripIn(d, names)
		if end := parts[len(parts)-1]; end.x+end.width <= b.width {
			return parts
		}
	}
	return window(parts, b.focus, b.width)
}

// stripName is a phase's label in the strip, whole and short, with the
// cells each takes.
type stripName struct {
	whole, short           string
	wholeWidth, shortWidth int
}

func stripNames(b *board) []stripName {
	short := shortLabels(b)
	names := make([]stripName, len(b.cols))
	for i, c := range b.cols {
		whole := text.Clean(c.phase.Label)
		names[i] = stripName{whole: whole, short: short[i], wholeWidth: text.Width(whole), shortWidth: text.Width(short[i])}
	}
	return names
}

// window keeps the parts that fit width whole, the one at focus among them,
// and moves them to the line's start.
func window(parts []stripPart, focus, width int) []stripPart {
	first := 0
	for first < focus && parts[focus].x+parts[focus].width-parts[first].x > width {
		first++
	}
	var out []stripPart
	for _, p := range parts[first:] {
		p.x -= parts[first].x
		if p.x+p.width > width {
			break
		}
		out = append(out, p)
	}
	return out
}

// stripIn lays the strip out in one form. Its counts and values are
// digits and ASCII marks, one cell each.
func (b *board) stripIn(d stripDetail, names []stripName) []stripPart {
	parts := make([]stripPart, 0, len(b.cols))
	x := 0
	for ci, c := range b.cols {
		p := stripPart{ci: ci, label: names[ci].whole, x: x, before: (d.gap + 1) / 2, after: d.gap / 2}
		labelWidth := names[ci].wholeWidth
		if d.short {
			p.label, labelWidth = names[ci].short, names[ci].shortWidth
		}
		p.count = " " + stripCount(c.total.Count, d.round)
		width := labelWidth + len(p.count)
		if d.flagged && c.total.Flagged > 0 {
			n := stripCount(c.total.Flagged, d.round)
			p.flagged, width = flaggedSymbol+n, width+flaggedWidth+len(n)
		}
		if d.value && c.total.Count > 0 {
			p.value = " " + compactMoney(c.total.Value)
			width += len(p.value)
		}
		p.width = d.gap + width
		parts = append(parts, p)
		x += p.width
	}
	if len(parts) == 0 {
		parts = append(parts, stripPart{ci: -1})
	}
	return parts
}

// flaggedWidth is the cells of the flagged mark.
var flaggedWidth = text.Width(flaggedSymbol)

// stripCount writes a count whole, or rounded to thousands.
func stripCount(n int, round bool) string {
	switch {
	case !round || n < 1000:
		return words.Number(n)
	case n < 10_000:
		return words.Thousands(float64(n)/1000, 1)
	case n < 1_000_000:
		return words.Thousands(float64(n)/1000, 0)
	}
	return words.Millions(float64(n)/1_000_000, 1)
}

// shortLabels are the phases' labels cut to their first letters, three at
// least and as many more as it takes to tell every two apart.
func shortLabels(b *board) []string {
	labels := make([][]rune, len(b.cols))
	for i, c := range b.cols {
		labels[i] = []rune(text.Clean(c.phase.Label))
	}
	for n := 3; ; n++ {
		out, seen, longest := make([]string, len(labels)), map[string]bool{}, 0
		for i, l := range labels {
			out[i] = string(l[:min(n, len(l))])
			seen[strings.ToLower(out[i])] = true
			longest = max(longest, len(l))
		}
		if len(seen) == len(labels) || n >= longest {
			return out
		}
	}
}

// stripView draws the strip, exactly width cells: the phases on screen on
// the selection's colour, the focused one's label as the focused column's,
// the others muted, and a phase without customers (or matches) muted too.
func (b *board) stripView(v boardView) string {
	key := b.stripKey(v.dark)
	if v.cache.strip.key != key {
		v.cache.strip.key, v.cache.strip.line = key, b.drawStrip(v)
	}
	return v.cache.strip.line
}

// stripKey is everything the strip's drawing depends on; equal keys draw
// equal strips.
func (b *board) stripKey(dark bool) string {
	l := b.layout()
	k := fmt.Appendf(nil, "%d %d %d %d %t", b.width, b.left, l.columns, b.focus, dark)
	for _, c := range b.cols {
		k = fmt.Appendf(k, "|%s %d %d %d", c.phase.Label, c.total.Count, c.total.Flagged, c.total.Value)
	}
	return string(k)
}

// drawStrip draws the strip; see stripView.
func (b *board) drawStrip(v boardView) string {
	s := v.styles
	l := b.layout()
	var out strings.Builder
	used := 0
	for _, p := range b.strip() {
		if p.ci < 0 {
			break
		}
		base, label, flagged := s.Muted, s.Muted, s.Muted
		if p.ci >= b.left && p.ci < b.left+l.columns {
			base = s.CardSelected
			label, flagged = s.Column.Inherit(base), s.Warn.Inherit(base)
			if p.ci == b.focus {
				label = s.ColumnFocused.Inherit(base)
			}
		}
		if b.cols[p.ci].total.Count == 0 {
			label, flagged = base, base
		}
		out.WriteString(base.Render(strings.Repeat(" ", p.before)) + label.Render(p.label) + base.Render(p.count) +
			flagged.Render(p.flagged) + base.Render(p.value+strings.Repeat(" ", p.after)))
		used = p.x + p.width
	}
	out.WriteString(strings.Repeat(" ", max(b.width-used, 0)))
	return out.String()
}

// stripAt returns the column of the phase at cell x of the strip, or -1.
func (b *board) stripAt(x int) int {
	for _, p := range b.strip() {
		if p.ci >= 0 && x >= p.x && x < p.x+p.width {
			return p.ci
		}
	}
	return -1
}

// matchSummary says how many matches a filter has and in how many phases,
// from the column totals read under it.
func (b *board) matchSummary() string {
	total, phases := 0, 0
	for _, c := range b.cols {
		total += c.total.Count
		if c.total.Count > 0 {
			phases++
		}
	}
	if total == 0 {
		return words.T("board.matches.none")
	}
	return words.N("board.matches.total", total, words.V{"Phases": words.N("board.matches.phases", phases)})
}
