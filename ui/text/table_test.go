package text

import (
	"strings"
	"testing"
)

func TestATableFitsTheTerminal(t *testing.T) {
	header := []string{"ID", "NAME", "COMPANY", "PHASE", "VALUE", "LAST CONTACT", "TAGS"}
	rows := func() [][]string {
		return [][]string{
			{"184", "Jörn Jäger", "Jäger Holding SE & Co. KG", "Lost", "103,800", "59 days ago", "b2b, Bayern, newsletter, vip"},
			{"25", "Katrin Köhler-Oberhausen", "Tischlerei Schmidt", "Conversion", "14,200", "346 days ago", "b2b"},
		}
	}
	var wide, narrowed strings.Builder
	if err := writeTable(&wide, header, rows(), 32, 0); err != nil {
		t.Fatal(err)
	}
	if err := writeTable(&narrowed, header, rows(), 32, 80); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(wide.String()), "\n") {
		if strings.Contains(line, "…") {
			t.Errorf("a table for a pipe cut a cell: %q", line)
		}
	}
	lines := strings.Split(strings.TrimSpace(narrowed.String()), "\n")
	for _, line := range lines {
		if Width(line) > 80 {
			t.Errorf("a line of %d cells in an 80-cell terminal: %q", Width(line), line)
		}
	}
	// The widest columns gave way; the short ones are whole.
	for _, whole := range []string{"184", "Lost", "Conversion", "103,800", "346 days ago", "LAST CONTACT"} {
		if !strings.Contains(narrowed.String(), whole) {
			t.Errorf("%q was cut:\n%s", whole, narrowed.String())
		}
	}
	if !strings.Contains(lines[1], "Jäger Holdi…") {
		t.Errorf("the company should be cut, not dropped: %q", lines[1])
	}
}

func TestATableNarrowerThanItsColumnsStopsAtTheirLeast(t *testing.T) {
	widths := []int{30, 3, 20}
	if !narrow(widths, []string{"NAME", "ID", "COMPANY"}, 10) {
		t.Fatal("nothing was narrowed")
	}
	if want := []int{minColumn, 3, minColumn}; widths[0] != want[0] || widths[1] != want[1] || widths[2] != want[2] {
		t.Errorf("widths %v, want %v", widths, want)
	}
}
