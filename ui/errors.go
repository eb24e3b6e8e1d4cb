package ui

import (
	"errors"
	"fmt"
	"strings"

	"tend/lifecycle"
)

// errorText says an error on the board's status line: as the store says
// it, but in the board's own words where the board has a key that helps.
func errorText(err error) string {
	msg := err.Error()
	var hidden *lifecycle.PhaseHiddenError
	if errors.As(err, &hidden) {
		// The board cannot show a hidden phase again; m picks one it shows.
		msg = strings.Replace(msg, hidden.Error(),
			fmt.Sprintf("phase %s is hidden; press m to pick a phase the board shows", hidden.Phase.Label), 1)
	}
	return msg
}
