package lifecycle

import (
	"fmt"
	"strings"
	"time"
)

// PhaseChange records one move of a customer between phases. From is empty
// for the phase a customer was created in.
type PhaseChange struct {
	ID         int64
	CustomerID int64
	At         time.Time
	From       string
	To         string
	Reason     string
	// ReasonKey and ReasonNote say why a customer was lost or won back
	// (see Explain); other moves leave them empty.
	ReasonKey  string
	ReasonNote string
	// ReasonLabel is the reason's name as the user typed it, read with
	// the move; empty for a default reason, named by its key.
	ReasonLabel string
	// Who made the move: a user's name, "" when unknown.
	Who string
}

// Enter finds a phase a customer may be put in: any phase that is not
// hidden, since a customer in a hidden phase would vanish from the board.
func (l Lifecycle) Enter(keyOrLabel string) (Phase, error) {
	p, err := l.Find(keyOrLabel)
	if err == nil && p.Hidden {
		err = &PhaseHiddenError{Phase: p}
	}
	return p, err
}

// PhaseHiddenError refuses a customer a hidden phase: on the board the
// customer would vanish. The phase can be shown again first.
type PhaseHiddenError struct{ Phase Phase }

func (e *PhaseHiddenError) Error() string {
	return fmt.Sprintf("phase %s is hidden; show it again first", e.Phase.Label)
}

func (e *PhaseHiddenError) Code() string { return CodePhaseHidden }

func (e *PhaseHiddenError) Values() map[string]any {
	return Values{"Phase": e.Phase.Label, "Key": e.Phase.Key}
}

// Move checks a move of a customer from one phase to another and returns the
// record to store. Any phase may follow any other, backwards and skipping
// included; only a move to the phase the customer is already in is refused.
func (l Lifecycle) Move(customerID int64, from, to, reason string, at time.Time) (PhaseChange, error) {
	target, err := l.Enter(to)
	if err != nil {
		return PhaseChange{}, err
	}
	if target.Key == from {
		return PhaseChange{}, Problemf(CodeMoveSame, Values{"Phase": target.Label, "Key": target.Key}, "the customer is already in %s", target.Label)
	}
	return PhaseChange{
		CustomerID: customerID,
		At:         at,
		From:       from,
		To:         target.Key,
		Reason:     strings.TrimSpace(reason),
	}, nil
}
