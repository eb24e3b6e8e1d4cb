package mcp

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"

	"tend/ui/words"
)

// DefaultLimit and MaxLimit bound a page of a listing tool: a client
// asking for everything on a book of 100,000 customers gets a page and a
// cursor, never the whole book at once.
const (
	DefaultLimit = 50
	MaxLimit     = 500
)

// Page is what a listing tool is asked for: how many items, from where.
type Page struct {
	Limit  int    `json:"limit,omitempty" about:"mcp.field.limit"`
	Cursor string `json:"cursor,omitempty" about:"mcp.field.cursor"`
}

// maxOffset is past the end of any listing a book holds, and far from
// the largest int, so that the next page's place cannot overflow.
const maxOffset = 1 << 31

// cursorMark begins every cursor, so that a cursor of another listing or
// of no listing is told apart from an offset; keyMark begins a cursor
// that names where the page before ended by its last item's key.
const (
	cursorMark = "tend:"
	keyMark    = "tend:key:"
)

// Window is where the page starts and how many items it holds: the
// limit asked for within 1 to MaxLimit.
func (p Page) Window() (offset, limit int, err error) {
	limit = p.size()
	if p.Cursor == "" {
		return 0, limit, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(p.Cursor)
	s, ok := strings.CutPrefix(string(raw), cursorMark)
	offset, convErr := strconv.Atoi(s)
	if err != nil || !ok || convErr != nil || offset < 0 || offset > maxOffset {
		return 0, 0, errors.New(words.T("mcp.bad-cursor"))
	}
	return offset, limit, nil
}

// Next is the cursor of the page after the one at offset, "" when there
// is none (more says whether there is).
func Next(offset, limit int, more bool) string {
	if !more {
		return ""
	}
	return base64.RawURLEncoding.EncodeToString([]byte(cursorMark + strconv.Itoa(offset+limit)))
}

// Slice is the page of items, and the cursor of the next.
func Slice[T any](items []T, p Page) ([]T, string, error) {
	offset, limit, err := p.Window()
	if err != nil {
		return nil, "", err
	}
	if offset >= len(items) {
		return []T{}, "", nil
	}
	end := min(offset+limit, len(items))
	return items[offset:end], Next(offset, limit, end < len(items)), nil
}

// size is the limit asked for within 1 to MaxLimit.
func (p Page) size() int {
	if p.Limit <= 0 {
		return DefaultLimit
	}
	return min(p.Limit, MaxLimit)
}

// After is the key of the item the page starts after, as NextAfter put
// it in the cursor ("" at the start), and how many items the page holds,
// for a listing read on from its last item rather than by counting.
func (p Page) After() (key string, limit int, err error) {
	if p.Cursor == "" {
		return "", p.size(), nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(p.Cursor)
	key, ok := strings.CutPrefix(string(raw), keyMark)
	if err != nil || !ok || key == "" {
		return "", 0, errors.New(words.T("mcp.bad-cursor"))
	}
	return key, p.size(), nil
}

// NextAfter is the cursor of the page after the item with the key.
func NextAfter(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(keyMark + key))
}
