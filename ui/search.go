package ui

import (
	"context"
	"errors"
	"slices"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
)

// searchLimit is how many hits the search screen lists: more than a
// person reads through; past it, a word more narrows the search better
// than scrolling.
const searchLimit = 200

// searchScreen searches the whole book as the user types: customers by
// their own fields, then contacts and purchases by their words. Each key
// starts a search off the loop; an answer to an older query than the last
// one asked is dropped.
type searchScreen struct {
	input  textinput.Model
	keys   searchKeys
	asked  int    // the number of the last search asked
	query  string // the query the hits answer
	hits   []data.SearchHit
	said   string // why the query finds nothing, in words; "" once it searched
	failed bool   // said is a failure to read, not a query with nothing to search for
	listPlace
	stop   context.CancelFunc
	width  int
	height int
}

// searchedMsg carries the hits of the search numbered seq, of the screen
// that asked.
type searchedMsg struct {
	screen *searchScreen
	seq    int
	query  string
	hits   []data.SearchHit
	err    error
}

func newSearchScreen(width, height int) *searchScreen {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 200
	return &searchScreen{input: in, keys: newSearchKeys(), width: width, height: height}
}

// openSearch shows the search screen with an empty query.
func (m *Model) openSearch() tea.Cmd {
	s := newSearchScreen(m.width, m.bodyHeight())
	m.push(s)
	return s.input.Focus()
}

// ask starts the search of what the input holds; the hits of the older
// text stay until its answer comes, and the search under way, if any, is
// cancelled. Emptied text shows no hits at once.
func (s *searchScreen) ask(ctx context.Context, b *data.Book) tea.Cmd {
	s.cancel()
	s.asked++
	query := s.input.Value()
	if query == "" {
		s.query, s.hits, s.said, s.failed, s.cursor, s.top = "", nil, "", false, 0, 0
		return nil
	}
	ctx, s.stop = context.WithCancel(ctx)
	seq := s.asked
	return func() tea.Msg {
		hits, err := b.Search(ctx, query, searchLimit)
		return searchedMsg{screen: s, seq: seq, query: query, hits: hits, err: err}
	}
}

// searched takes in the answer to a search, unless a newer one was asked
// since, and selects the first hit; the same text searched again after a
// change to the book keeps the selection on its hit.
func (s *searchScreen) searched(msg searchedMsg) {
	if msg.seq != s.asked {
		return
	}
	kept, again := s.selected()
	again = again && msg.query == s.query
	s.cancel() // done: its context is let go
	s.query, s.hits, s.cursor = msg.query, msg.hits, 0
	if again {
		s.cursor = max(slices.IndexFunc(s.hits, func(h data.SearchHit) bool { return sameHit(h, kept) }), 0)
	} else {
		s.top = 0
	}
	s.moveBy(0)
	s.said, s.failed = "", false
	var coded lifecycle.Coded
	switch {
	case errors.As(msg.err, &coded) && coded.Code() == data.CodeSearchNothing:
		s.said = errorText(msg.err)
	case msg.err != nil:
		s.said, s.failed = errorText(msg.err), true
	}
}

// sameHit reports whether two hits found the same customer or entry.
func sameHit(a, b data.SearchHit) bool {
	return a.Kind == b.Kind && a.CustomerID == b.CustomerID && a.EntryID == b.EntryID
}

// searchAgain searches the search screen's text again, if one is open,
// after a change to the book that its hits may no longer show.
func (m *Model) searchAgain() tea.Cmd {
	if s, ok := find[*searchScreen](m); ok && s.input.Value() != "" {
		return s.ask(m.ctx, m.book)
	}
	return nil
}

// searchRead hands the answer to a search to its screen, if still open.
func (m *Model) searchRead(msg searchedMsg) {
	if s, ok := find[*searchScreen](m); ok && s == msg.screen {
		s.searched(msg)
	}
}

func (s *searchScreen) setSize(w, h int) {
	s.width, s.height = w, h
	s.follow(s.listHeight())
}

// moveBy moves the selection, keeping it on screen.
func (s *searchScreen) moveBy(delta int) { s.step(delta, len(s.hits), s.listHeight()) }

// selected is the hit under the selection.
func (s *searchScreen) selected() (data.SearchHit, bool) {
	if s.cursor >= len(s.hits) {
		return data.SearchHit{}, false
	}
	return s.hits[s.cursor], true
}

// openHit shows the customer of a hit; for a contact or purchase, with
// that entry of the timeline selected.
func (m *Model) openHit(h data.SearchHit) tea.Cmd {
	cmd := m.openCustomer(lifecycle.Customer{ID: h.CustomerID, Name: h.Customer})
	if h.EntryID != 0 {
		m.top().(*customerScreen).selectWhenRead(hitEntryKey(h))
	}
	return cmd
}

// hitEntryKey names the timeline's event of a contact or purchase found,
// as the timeline names it.
func hitEntryKey(h data.SearchHit) string {
	if h.Kind == data.HitPurchase {
		return entryKey(data.PurchaseEntry(lifecycle.Purchase{ID: h.EntryID}))
	}
	return entryKey(data.ContactEntry(lifecycle.Contact{ID: h.EntryID}))
}
