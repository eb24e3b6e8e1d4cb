package cli

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The demo book's seven phases, as a compact column of 80 columns shows
// them: Acquisition is cut.
var compactLabels = []string{"Awareness", "Acquisiti…", "Conversion", "Retention", "Loyalty", "Win-back", "Lost"}

func TestWholeLifecycleAt80ColumnsInARealTerminal(t *testing.T) {
	db := tempBook(t)
	if _, errOut, code := runBinary(t, nil, "--db", db, "demo"); code != 0 {
		t.Fatalf("tend demo: %s", errOut)
	}
	term := startTerminal(t, 80, 24, "--db", db)
	checkColumns(t, term.waitFor("Awareness"), compactLabels)

	term.text("z")
	screen := term.waitFor("Whole cards")
	checkColumns(t, screen, []string{"Awareness", "Acquisition", "Conversion ›"})
	term.text("z")
	checkColumns(t, term.waitFor("Compact board"), compactLabels)

	term.text("/")
	term.text("becker")
	term.waitFor("matches in")
	term.keys("Enter")
	before := selectionColumn(term.screen())
	for range 20 {
		term.text("]")
		term.waitFor("Match ")
		if selectionColumn(term.screen()) != before {
			break
		}
	}
	if screen := term.screen(); selectionColumn(screen) == before {
		t.Fatalf("] never left the first column with a match:\n%s", screen)
	}
	term.text("q")
	term.waitGone()
}

// checkColumns checks the column labels of the board (the strip above
// them says "Awa").
func checkColumns(t *testing.T, screen string, want []string) {
	t.Helper()
	header := strings.Split(screen, "\n")[lineOf(screen, "Awareness")]
	var got []string
	for _, part := range strings.Split(header, "│") {
		label, _, _ := strings.Cut(strings.TrimSpace(part), "  ") // whole cards count after the label
		got = append(got, label)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the columns are %q, want %q:\n%s", got, want, screen)
	}
}

// selectionColumn is the cell where the selected card's mark stands, or -1.
func selectionColumn(screen string) int {
	for _, line := range strings.Split(screen, "\n") {
		if i := strings.Index(line, "▌"); i >= 0 {
			return utf8.RuneCountInString(line[:i])
		}
	}
	return -1
}
