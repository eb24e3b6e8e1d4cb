package data

import (
	"context"
	"database/sql"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// nameCollators hand out collators with their buffers, which are not safe
// to share between goroutines; making either per name would slow an
// import down.
var nameCollators = sync.Pool{New: func() any {
	return &nameCollator{c: collate.New(language.German, collate.IgnoreCase)}
}}

type nameCollator struct {
	c   *collate.Collator
	buf collate.Buffer
}

// nameSortKey is the key a customer's name sorts by: names in the order
// German readers expect (Bärbel before Birgit, Ångström among the A's),
// whatever their case. SQLite compares the keys as bytes, so that an index
// keeps customers in that order and the board and lists page through it.
func nameSortKey(name string) []byte {
	nc := nameCollators.Get().(*nameCollator)
	defer nameCollators.Put(nc)
	nc.buf.Reset()
	return append([]byte(nil), nc.c.KeyFromString(&nc.buf, name)...)
}

// fillNameKeys gives every customer without a name key its key: the
// customers of a book made before names had one.
func fillNameKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM customers WHERE name_key = x''`)
	if err != nil {
		return err
	}
	names := map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return err
		}
		names[id] = name
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	update, err := tx.PrepareContext(ctx, `UPDATE customers SET name_key = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer update.Close()
	for id, name := range names {
		if _, err := update.ExecContext(ctx, nameSortKey(name), id); err != nil {
			return err
		}
	}
	return nil
}
