package data

import (
	"context"
	"maps"
	"slices"
	"strings"

	"tend/lifecycle"
)

// Owners are the owners of the customers on the book, each once whatever
// its case (the insights match owners so), sorted, for the insights'
// owner filter.
func (b *Book) Owners(ctx context.Context) ([]string, error) {
	return b.choices(ctx, "owners", `SELECT DISTINCT owner FROM customers NOT INDEXED
		WHERE archived_at IS NULL AND owner <> ''`)
}

// Tags are the tags of the customers on the book, each once whatever its
// case, sorted, for the insights' tag filter.
func (b *Book) Tags(ctx context.Context) ([]string, error) {
	return b.choices(ctx, "tags", `SELECT DISTINCT t.tag FROM tags t
		JOIN customers c ON c.id = t.customer_id
		WHERE c.archived_at IS NULL AND t.tag <> ''`)
}

// choices reads the distinct words of one column and keeps each once
// whatever its case, as the book's nocase collation compares them, in its
// least spelling, sorted without case. SQLite keeps the few distinct words
// of a DISTINCT in a small tree, where grouping them without case sorted
// every row: on the 100,000-customer book the tags took 0.35 s that way and
// 0.09 s this, the owners 0.3 s and 0.04 s. A server's nocase is ICU's,
// which folds the case of every letter, not ASCII's alone: the server
// groups and sorts the words itself, as its filters match them. what
// names them in an error.
func (b *Book) choices(ctx context.Context, what, query string) ([]string, error) {
	if !b.engine.onFile() {
		query = `SELECT min(word) FROM (` + query + `) AS distinct_words (word)
			GROUP BY word COLLATE nocase ORDER BY min(word) COLLATE nocase, min(word)`
	}
	rows, err := b.reader.QueryContext(ctx, query)
	if err != nil {
		return nil, lifecycle.Problemf(CodeRead, lifecycle.Values{"What": what}, "read the %s: %w", what, describe(err))
	}
	defer rows.Close()
	var words []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, lifecycle.Problemf(CodeRead, lifecycle.Values{"What": what}, "read the %s: %w", what, err)
		}
		words = append(words, s)
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeRead, lifecycle.Values{"What": what}, "read the %s: %w", what, describe(err))
	}
	if !b.engine.onFile() {
		return words, nil
	}
	return leastWithoutCase(words), nil
}

// leastWithoutCase keeps each word once whatever its ASCII case, in its
// least spelling, sorted without case, as SQLite's NOCASE groups them.
func leastWithoutCase(words []string) []string {
	least := map[string]string{}
	for _, s := range words {
		if k := nocase(s); least[k] == "" || s < least[k] {
			least[k] = s
		}
	}
	out := slices.Collect(maps.Values(least))
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(nocase(a), nocase(b)) })
	return out
}

// nocase folds the ASCII capitals of s to small letters, byte by byte, as
// SQLite's NOCASE collation does; other letters keep their case.
func nocase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
