package data

import (
	"context"
	"fmt"
)

// Owners are the owners of the customers on the book, each once whatever
// its case (the insights match owners so), sorted, for the insights'
// owner filter.
func (b *Book) Owners(ctx context.Context) ([]string, error) {
	return b.choices(ctx, "owners", `SELECT min(owner) FROM customers
		WHERE archived_at IS NULL AND owner <> ''
		GROUP BY owner COLLATE NOCASE ORDER BY owner COLLATE NOCASE`)
}

// Tags are the tags of the customers on the book, each once whatever its
// case, sorted, for the insights' tag filter.
func (b *Book) Tags(ctx context.Context) ([]string, error) {
	return b.choices(ctx, "tags", `SELECT min(t.tag) FROM tags t
		JOIN customers c ON c.id = t.customer_id
		WHERE c.archived_at IS NULL AND t.tag <> ''
		GROUP BY t.tag COLLATE NOCASE ORDER BY t.tag COLLATE NOCASE`)
}

// choices reads one column of words; what names them in an error.
func (b *Book) choices(ctx context.Context, what, query string) ([]string, error) {
	rows, err := b.reader.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("read the %s: %w", what, describe(err))
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("read the %s: %w", what, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read the %s: %w", what, describe(err))
	}
	return out, nil
}
