package ui

import (
	"context"
	"errors"
	"testing"

	"tend/ui/words"
)

func TestAFailureSaysItsSentenceAndKeepsItsCause(t *testing.T) {
	err := failed(words.T("board.failed.move", words.V{"Name": "Acme", "Reason": context.Canceled}), context.Canceled)
	if got, want := err.Error(), "could not move Acme: context canceled"; got != want {
		t.Errorf("said %q, want %q", got, want)
	}
	if !errors.Is(err, context.Canceled) {
		t.Error("the failure lost the error it wraps")
	}
}
