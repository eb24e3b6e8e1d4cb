package ui

import (
	"strings"
	"time"

	"tend/lifecycle"
)

// cardKey is everything a card's drawing depends on; equal keys draw equal
// cards.
type cardKey struct {
	id, updated, lastContact int64
	flags                    string // the kinds of flag, which a scoring changes without an update
	selected                 bool
	search                   string
	width                    int
	day                      int64 // days since the epoch, for "12d"
	dark                     bool
	currency                 string
	compact                  bool // a one-line card
	marked                   bool // marked with space
}

// cardCache keeps drawn cards, so that a key press redraws only the cards it
// changed (usually the two whose selection changed), not every card on
// screen; and the phase strip, which a key seldom changes.
type cardCache struct {
	lines map[cardKey][]string
	strip struct{ key, line string }
}

// maxCachedCards bounds the cache: a few screens of cards.
const maxCachedCards = 4000

func newCardCache() *cardCache { return &cardCache{lines: map[cardKey][]string{}} }

// get returns the drawn card for key, drawing it with draw when missing.
func (c *cardCache) get(key cardKey, draw func() []string) []string {
	if lines, ok := c.lines[key]; ok {
		return lines
	}
	if len(c.lines) >= maxCachedCards {
		clear(c.lines)
	}
	lines := draw()
	c.lines[key] = lines
	return lines
}

// dayOf counts the days since the epoch in t's zone.
func dayOf(t time.Time) int64 {
	_, offset := t.Zone()
	return (t.Unix() + int64(offset)) / 86400
}

// flagKinds writes a card's kinds of flag as one key.
func flagKinds(kinds []lifecycle.FlagKind) string {
	var b strings.Builder
	for _, k := range kinds {
		b.WriteString(string(k))
		b.WriteByte(' ')
	}
	return b.String()
}
