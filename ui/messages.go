package ui

import (
	"tend/data"
	"tend/lifecycle"
)

// The messages that come back from work done off the Update loop.

// page is a window of a phase's cards.
type page struct {
	phase string
	from  int
	cards []lifecycle.Customer
}

// boardLoadedMsg carries a fresh read of the board: totals, the windows of
// the columns on screen, and where the card to select now stands.
type boardLoadedMsg struct {
	gen      int
	lc       lifecycle.Lifecycle // another process may have changed it
	reasons  []lifecycle.MoveReason
	totals   map[string]data.PhaseTotal
	count    int
	facts    *bookFacts // nil where the read left them out
	factsAt  int        // Model.changes when the facts were asked for
	factsDay int64
	pages    []page
	selectID int64
	found    bool // the card to select passes the filter
	selPhase string
	selIndex int
	// marked are the marked customers the read asked about; onBoard
	// those of them still on the board.
	marked  []int64
	onBoard []lifecycle.Customer
}

// cardsLoadedMsg carries one column's window after scrolling.
type cardsLoadedMsg struct {
	gen int
	page
}

// writtenMsg says a change is committed to the book.
type writtenMsg struct {
	step     *undoStep // how to take it back; nil for an undo itself
	status   string
	selectID int64
	offer    *moveOffer // a move the write suggests, asked about once it is stored
	unmark   int64      // the customer whose mark on the re-engagement list an undo took back
	entry    string     // the timeline event the write made or changed, to select
}

// errMsg reports a failed write in words; the board is read again to show
// what is really stored.
type errMsg struct{ err error }

// readFailedMsg reports a failed read in words. Reading again at once would
// most likely fail again, so the next watch tick or key tries. gen is the
// board read it belongs to (0 for other reads): a read that a newer one
// cancelled fails too, and that is no news.
type readFailedMsg struct {
	err error
	gen int
}

// bookChangedMsg says another process wrote to the book; restoredFrom
// names the backup it put in place of the book, if it restored one.
type bookChangedMsg struct{ restoredFrom string }

// watchStartedMsg brings the watcher, started after the first frame.
type watchStartedMsg struct {
	watcher *data.Watcher
	err     error
}

// watchTickMsg is the watcher's heartbeat.
type watchTickMsg struct{}

// statusExpiredMsg clears a transient status message.
type statusExpiredMsg struct{ id int }
