package mcp

import (
	"slices"
	"testing"
)

func TestACursorWalksAListOnceAndIsBounded(t *testing.T) {
	items := make([]int, 123)
	for i := range items {
		items[i] = i
	}
	var walked []int
	p := Page{Limit: 50}
	for pages := 1; ; pages++ {
		page, next, err := Slice(items, p)
		if err != nil {
			t.Fatal(err)
		}
		walked = append(walked, page...)
		if next == "" {
			if pages != 3 {
				t.Errorf("%d pages, want 3", pages)
			}
			break
		}
		p.Cursor = next
	}
	if !slices.Equal(walked, items) {
		t.Errorf("walked %v", walked)
	}
	for limit, want := range map[int]int{0: DefaultLimit, -3: DefaultLimit, 7: 7, 100000: MaxLimit} {
		if _, got, _ := (Page{Limit: limit}).Window(); got != want {
			t.Errorf("limit %d gives pages of %d, want %d", limit, got, want)
		}
	}
}

func TestACursorOfNoListingIsRefused(t *testing.T) {
	for _, c := range []string{"abc", "dGVuZDotMQ", "dGVuZDp4", "MTA", "!!"} { // tend:-1, tend:x, 10
		if _, _, err := (Page{Cursor: c}).Window(); err == nil {
			t.Errorf("cursor %q was taken", c)
		}
	}
}

// FuzzCursor reads any cursor a client may send: it is refused or read
// as a place in the list, never a panic, and a cursor tend gave reads
// back as the place it names.
func FuzzCursor(f *testing.F) {
	for _, seed := range []string{"", "abc", Next(0, 50, true), Next(450, 50, true), "dGVuZDotMQ", "dGVuZDo5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ"} {
		f.Add(seed, 50)
	}
	f.Add(Next(1<<31, 0, true), 500)
	f.Add(Next(1<<62, 0, true), 500)
	f.Fuzz(func(t *testing.T, cursor string, limit int) {
		offset, got, err := (Page{Cursor: cursor, Limit: limit}).Window()
		if err != nil {
			return
		}
		if offset < 0 || got < 1 || got > MaxLimit {
			t.Fatalf("cursor %q, limit %d: offset %d, limit %d", cursor, limit, offset, got)
		}
		if offset+got > maxOffset {
			return // past any book's listing, refused as such
		}
		if back, _, err := (Page{Cursor: Next(offset, got, true)}).Window(); err != nil || back != offset+got {
			t.Fatalf("the cursor after %d+%d reads back as %d, %v", offset, got, back, err)
		}
	})
}
