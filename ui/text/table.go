package text

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
)

// WriteTable prints rows under a header in aligned columns, two spaces apart,
// measuring cells in terminal cells (so wide characters line up). Cells are
// cleaned and cut to maxCell cells; the last column is never padded. On a
// terminal the table fits its width, as far as the columns can give way.
func WriteTable(w io.Writer, header []string, rows [][]string, maxCell int) error {
	return writeTable(w, header, rows, maxCell, terminalWidth(w))
}

// terminalWidth is the width of the terminal w writes to, or 0 for a file
// or a pipe, whose reader wants the whole of each cell.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0
	}
	return width
}

// writeTable prints the table within width cells, or as wide as it is for
// a width of 0.
func writeTable(w io.Writer, header []string, rows [][]string, maxCell, width int) error {
	all := append([][]string{header}, rows...)
	widths := make([]int, len(header))
	for _, row := range all {
		for i := range row {
			row[i] = Fit(row[i], maxCell)
			widths[i] = max(widths[i], Width(row[i]))
		}
	}
	if width > 0 && narrow(widths, header, width) {
		for _, row := range all {
			for i := range row {
				row[i] = Fit(row[i], widths[i])
			}
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

// minColumn is the narrowest a column gets to fit a table in a terminal,
// unless its header is wider: enough to tell "Müller G…" from the rest.
const minColumn = 8

// narrow takes a cell at a time off the widest column that can give way
// until the columns, two cells apart, fit in width, and tells whether any
// column got narrower. No column gets narrower than its header or
// minColumn.
func narrow(widths []int, header []string, width int) bool {
	total := 2 * (len(widths) - 1)
	for _, w := range widths {
		total += w
	}
	narrowed := false
	for total > width {
		widest := -1
		for i, w := range widths {
			if w > max(Width(header[i]), minColumn) && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break // as narrow as it gets; the terminal wraps the rest
		}
		widths[widest]--
		total--
		narrowed = true
	}
	return narrowed
}
