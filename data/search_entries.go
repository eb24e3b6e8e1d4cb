package data

import (
	"context"
	"slices"
	"time"

	"tend/lifecycle"
)

// entrySearch is a search of one kind of entry, contacts or purchases, by
// the words of its text.
type entrySearch struct {
	kind  string // the kind of its hits
	field string // where it matches, as a hit names it
	table string // the entries' table; its index is table_fts, its time index table_by_time
	text  string // the column of the words
}

var (
	contactSearch  = entrySearch{kind: HitContact, field: "summary", table: "contacts", text: "summary"}
	purchaseSearch = entrySearch{kind: HitPurchase, field: "note", table: "purchases", text: "note"}
)

// recentWindows are how many of the newest entries a search reads
// first, in time order, before it reads all: a common word has its latest
// hits among the first few thousand, a rarer one among more. Reading a
// window and keeping the entries of the index's set in it takes a few
// milliseconds, where reading and sorting the 100,000 entries that hold a
// common word took half a second; a window too large for the word costs
// more than it saves, so the first is small.
var recentWindows = []int{2000, 20000}

// searchEntries finds the contacts and purchases that have a word
// beginning with each of words, the most recent first.
func (b *Book) searchEntries(ctx context.Context, words []string, limit int) ([]SearchHit, error) {
	contacts, err := b.searchEntriesOf(ctx, contactSearch, words, limit)
	if err != nil {
		return nil, err
	}
	purchases, err := b.searchEntriesOf(ctx, purchaseSearch, words, limit)
	if err != nil {
		return nil, err
	}
	hits := append(contacts, purchases...)
	slices.SortStableFunc(hits, func(a, b SearchHit) int { return b.At.Compare(a.At) })
	return hits[:min(limit, len(hits))], nil
}

// searchEntriesOf finds the entries of one kind that match, the most
// recent first: among the newest entries if enough of them match, else
// among all.
func (b *Book) searchEntriesOf(ctx context.Context, s entrySearch, words []string, limit int) ([]SearchHit, error) {
	matches, arg := b.engine.entryMatches(s.table, words)
	for _, window := range recentWindows {
		hits, err := b.readEntryHits(ctx, s, s.recentQuery(matches), words, window, arg, limit)
		if err != nil || len(hits) == limit {
			return hits, err
		}
	}
	return b.readEntryHits(ctx, s, s.allQuery(matches), words, arg, limit)
}

// columns are what a hit is read from.
func (s entrySearch) columns() string {
	return `SELECT e.id, e.customer_id, c.name, e.at, e.` + s.text
}

// recentQuery reads the hits among the newest entries: it takes the
// window's ids and times from the time index, then walks the set the
// index finds (matches) and keeps those in the window, and only then
// reads the few entries to show. Asking the window of the set instead put
// each of the set's ids in a temporary index first, and reading each entry
// of the window read thousands of pages. Its arguments are the window,
// matches' argument and the limit.
func (s entrySearch) recentQuery(matches string) string {
	return `WITH w AS MATERIALIZED (SELECT id, at FROM ` + s.table + ` INDEXED BY ` + s.table + `_by_time
			ORDER BY at DESC, id DESC LIMIT ?),
		found AS MATERIALIZED (SELECT w.id, w.at FROM (` + matches + `) AS f CROSS JOIN w WHERE w.id = f.id
			ORDER BY w.at DESC, w.id DESC LIMIT ?)
		` + s.columns() + ` FROM found CROSS JOIN ` + s.table + ` e CROSS JOIN customers c
		WHERE e.id = found.id AND c.id = e.customer_id
		ORDER BY e.at DESC, e.id DESC`
}

// allQuery reads the hits among all entries, those the index finds
// sorted by time; its arguments are matches' argument and the limit.
func (s entrySearch) allQuery(matches string) string {
	return s.columns() + ` FROM ` + s.table + ` e JOIN customers c ON c.id = e.customer_id
		WHERE e.id IN (` + matches + `) ORDER BY e.at DESC, e.id DESC LIMIT ?`
}

func (b *Book) readEntryHits(ctx context.Context, s entrySearch, query string, words []string, args ...any) ([]SearchHit, error) {
	rows, err := b.reader.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeSearch, nil, "search the book: %w", describe(err))
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		h := SearchHit{Kind: s.kind, Field: s.field}
		var at int64
		var text string
		if err := rows.Scan(&h.EntryID, &h.CustomerID, &h.Customer, &at, &text); err != nil {
			return nil, lifecycle.Problemf(CodeSearch, nil, "search the book: %w", describe(err))
		}
		h.At = time.Unix(at, 0)
		h.Snippet, h.Marks = shorten(text, markWords(text, words))
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeSearch, nil, "search the book: %w", describe(err))
	}
	return hits, nil
}
