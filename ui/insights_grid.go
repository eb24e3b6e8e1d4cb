package ui

import (
	"math"
	"strings"
	"tend/ui/words"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// grid lays the insights' tables out in columns of the given widths, one
// space apart: the first column left-aligned for names, the others
// right-aligned for numbers. Cells may be styled; names must be cleaned.
type grid []int

func (g grid) row(cells ...string) string {
	var b strings.Builder
	for i, c := range cells[:min(len(cells), len(g))] {
		c = ansi.Truncate(c, g[i], "…")
		gap := strings.Repeat(" ", max(g[i]-lipgloss.Width(c), 0))
		if i == 0 {
			b.WriteString(c + gap)
		} else {
			b.WriteString(" " + gap + c)
		}
	}
	return b.String()
}

// maxBarWidth is the longest bar: on a wide screen the numbers after the
// bars stay near the names before them.
const maxBarWidth = 80

// eighths are the widths of a bar's last cell, in eighths of a cell.
var eighths = []string{"▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"}

// hbar is a horizontal bar of v against top in at most width cells, to
// an eighth of a cell; any v above zero shows.
func hbar(v, top float64, width int) string {
	if v <= 0 || top <= 0 || width <= 0 {
		return ""
	}
	n := max(int(math.Round(min(v/top, 1)*float64(width*8))), 1)
	bar := strings.Repeat("█", n/8)
	if n%8 > 0 {
		bar += eighths[n%8-1]
	}
	return bar
}

// percent writes a share as a whole percentage; a share above nothing
// never reads as 0%.
func percent(share float64) string {
	p := math.Round(share * 100)
	if p == 0 && share > 0 {
		return "<" + words.Percent(1, 0)
	}
	return words.Percent(p, 0)
}

// days writes a length of time in days, briefly.
func days(d float64) string {
	if d < 10 {
		return words.Days(words.Decimal(d, 1))
	}
	return words.Days(words.Number(int(math.Round(d))))
}
