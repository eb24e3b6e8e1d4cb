package cli

import (
	"context"
	"sync"
	"time"

	"tend/data"
	"tend/lifecycle"
)

// flaggedReading keeps the flagged customers of one reading of the book,
// so that a client walking the pages of risk has the book read once, not
// once a page: a reading of every flagged customer with its reasons is
// the costly part, a page of it is not. A write by any process (the
// watcher hears of it), another kind of flag or a new day reads again.
type flaggedReading struct {
	mu      sync.Mutex
	watch   *data.Watcher
	read    bool
	kind    lifecycle.FlagKind
	day     string
	flagged []data.Flagged
}

// flaggedNow is RiskNow, read again only where the book changed since.
func (r *flaggedReading) flaggedNow(ctx context.Context, b *data.Book, kind lifecycle.FlagKind) ([]data.Flagged, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	changed, err := r.watch.Changed(ctx)
	day := b.Now().Format(time.DateOnly)
	if err == nil && !changed && r.read && r.kind == kind && r.day == day {
		return r.flagged, nil
	}
	flagged, _, err := b.RiskNow(ctx, kind)
	if err != nil {
		return nil, err
	}
	r.read, r.kind, r.day, r.flagged = true, kind, day, flagged
	return flagged, nil
}
