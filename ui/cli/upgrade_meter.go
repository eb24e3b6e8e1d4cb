package cli

import (
	"fmt"
	"io"

	"tend/data"
	"tend/ui/words"
)

// upgradeMeter shows on a terminal what the upgrade of an older book does
// and how far it is, on one line that it writes over; the board, which
// opens the book before it takes the screen, shows it the same way. Off a
// terminal it shows nothing: the line that follows the upgrade says it.
type upgradeMeter struct {
	w io.Writer
	// line says what is done, and how far it is, in words; nil for an
	// upgrade's steps (upgradeLine).
	line    func(what string, percent int) string
	shown   bool
	what    string
	percent int
}

// newUpgradeMeter makes the meter for w, which shows nothing unless w is
// a terminal.
func newUpgradeMeter(w io.Writer) *upgradeMeter {
	if !isTerminal(w) {
		w = nil
	}
	return &upgradeMeter{w: w}
}

// show is the book's data.UpgradeProgress: it writes the line again when
// the step or its whole percent changes.
func (m *upgradeMeter) show(what string, done, total int) {
	if m.w == nil {
		return
	}
	percent := 0
	if total > 0 {
		percent = done * 100 / total
	}
	if m.shown && what == m.what && percent == m.percent {
		return
	}
	m.shown, m.what, m.percent = true, what, percent
	line := m.line
	if line == nil {
		line = upgradeLine
	}
	fmt.Fprintf(m.w, "\r\x1b[Ktend: %s", line(what, percent))
}

// upgradeLine says a step of the upgrade in words.
func upgradeLine(what string, percent int) string {
	if what == data.UpgradingSearchIndex {
		return words.T("cli.book.upgrading.search-index", words.V{"Percent": percent})
	}
	return words.T("cli.book.upgrading.copy")
}

// end ends the meter's line, if it showed one, so that what follows
// starts on a line of its own.
func (m *upgradeMeter) end() {
	if m.shown {
		fmt.Fprint(m.w, "\r\x1b[K")
	}
}
