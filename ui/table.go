package ui

import (
	"io"
	"strings"
)

// WriteTable prints rows under a header in aligned columns, two spaces apart,
// measuring cells in terminal cells (so wide characters line up). Cells are
// cleaned and cut to maxCell cells; the last column is never padded.
func WriteTable(w io.Writer, header []string, rows [][]string, maxCell int) error {
	all := append([][]string{header}, rows...)
	widths := make([]int, len(header))
	for _, row := range all {
		for i := range row {
			row[i] = Fit(row[i], maxCell)
			widths[i] = max(widths[i], Width(row[i]))
		}
	}
	var b strings.Builder
	for _, row := range all {
		b.Reset()
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-Width(cell)+2))
			}
		}
		if _, err := io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
