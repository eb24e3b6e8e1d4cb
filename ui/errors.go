package ui

import (
	"tend/lifecycle"
	"tend/ui/words"
)

// errorText says an error on the board's status line: as the catalog says
// it, in the board's own words where the board has a key that helps.
func errorText(err error) string { return words.Error(err, hints) }

// hints are the board's words for the errors a key of its own helps with.
var hints = words.Hints{
	// The board cannot show a hidden phase again; m picks one it shows.
	lifecycle.CodePhaseHidden: "hint.board.phase.hidden",
}
