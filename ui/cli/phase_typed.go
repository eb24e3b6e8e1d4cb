package cli

import (
	"context"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// phaseTyped reads a phase the user typed as the book names it (key or
// label), else by the label the reader reads, which is a preset's in
// their language ("Bindung" for retention): then as the phase's key. What
// neither finds is passed on as typed, for the store to refuse.
func phaseTyped(lc lifecycle.Lifecycle, typed string) string {
	if _, err := lc.Find(typed); err == nil {
		return typed
	}
	if p, err := words.Phases(lc).Find(typed); err == nil {
		return p.Key
	}
	return typed
}

// phaseTypedIn is phaseTyped on the book's lifecycle; an empty phase is
// none given.
func phaseTypedIn(ctx context.Context, b *data.Book, typed string) (string, error) {
	if typed == "" {
		return "", nil
	}
	lc, err := b.Lifecycle(ctx)
	return phaseTyped(lc, typed), err
}
