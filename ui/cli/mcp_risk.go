package cli

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/mcp"
	"tend/ui/words"
)

// flaggedReading keeps the flagged customers of one reading of the book,
// for the pages that cannot be read a page at a time (a book not scored
// today, a list as of another day): a client walking the pages has the
// book read once, not once a page. A write by any process (the watcher
// hears of it), another kind of flag, another day or another date reads
// again.
type flaggedReading struct {
	mu    sync.Mutex
	watch *data.Watcher
	read  bool
	key   readingKey
	kept  []data.Flagged
}

// readingKey is what a reading was of: the kind of flag, today's date and
// the date asked for ("" for now).
type readingKey struct {
	kind      lifecycle.FlagKind
	day, asOf string
}

// flagged is RiskNow, or Risk as of the day asOf names, read again only
// where the book changed since.
func (r *flaggedReading) flagged(ctx context.Context, b *data.Book, kind lifecycle.FlagKind, asOf *time.Time) ([]data.Flagged, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	key := readingKey{kind: kind, day: b.Now().Format(time.DateOnly)}
	if asOf != nil {
		key.asOf = asOf.Format(time.RFC3339)
	}
	changed, err := r.watch.Changed(ctx)
	if err == nil && !changed && r.read && r.key == key {
		return r.kept, nil
	}
	flagged, _, err := riskAsOf(ctx, b, asOf, kind)
	if err != nil {
		return nil, err
	}
	r.read, r.key, r.kept = true, key, flagged
	return flagged, nil
}

// riskPage is the page of risk's list the page asks for, and whether
// there is more: read a page at a time from the book where it can be,
// else from the whole list, read once for the pages after.
func (r *flaggedReading) riskPage(ctx context.Context, b *data.Book, kind lifecycle.FlagKind, asOf *time.Time, p mcp.Page) ([]data.Flagged, string, error) {
	key, limit, err := p.After()
	if err != nil {
		return nil, "", err
	}
	after, err := parseRiskKey(key)
	if err != nil {
		return nil, "", err
	}
	var page []data.Flagged
	ok := false
	if asOf == nil {
		page, ok, err = b.RiskPage(ctx, kind, after, limit+1)
	}
	if err == nil && !ok {
		var flagged []data.Flagged
		flagged, err = r.flagged(ctx, b, kind, asOf)
		page = data.RiskAfter(flagged, after, limit+1)
	}
	if err != nil || len(page) <= limit {
		return page, "", err
	}
	page = page[:limit]
	return page, mcp.NextAfter(riskKeyText(page[limit-1].Key())), nil
}

// riskKeyText writes a place in risk's list for a cursor.
func riskKeyText(k data.RiskKey) string {
	return fmt.Sprintf("%s %d %d %d", k.Kind, k.Severity, int64(k.Worth), k.ID)
}

// parseRiskKey reads a place riskKeyText wrote; nil for "", the start.
func parseRiskKey(s string) (*data.RiskKey, error) {
	if s == "" {
		return nil, nil
	}
	var k data.RiskKey
	var kind string
	var worth int64
	if n, err := fmt.Sscanf(s, "%s %d %d %d", &kind, &k.Severity, &worth, &k.ID); err != nil || n != 4 {
		return nil, errors.New(words.T("mcp.bad-cursor"))
	}
	k.Kind, k.Worth = lifecycle.FlagKind(kind), lifecycle.Money(worth)
	if _, err := parseFlagKind(kind); err != nil || kind == "" || riskKeyText(k) != s {
		return nil, errors.New(words.T("mcp.bad-cursor"))
	}
	return &k, nil
}
