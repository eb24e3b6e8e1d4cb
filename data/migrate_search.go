package data

import (
	"context"
	"database/sql"
	"math"
)

// UpgradeProgress is told what an upgrade of an older book does as it
// goes: what (UpgradingCopy, UpgradingSearchIndex), and of the rows that step
// goes through, how many are done (0 of 0 for a step that cannot count).
type UpgradeProgress func(what string, done, total int)

// What an upgrade does, as UpgradeProgress is told.
const (
	UpgradingCopy        = "copy"         // copies the book beside itself first
	UpgradingSearchIndex = "search-index" // puts the rows into the search index
)

// upgradeProgress tells the book's watcher, if any, what the upgrade does.
func (b *Book) upgradeProgress(what string, done, total int) {
	if b.upgrading != nil {
		b.upgrading(what, done, total)
	}
}

// searchSources are the search indexes with the table and column each is
// kept from.
var searchSources = []struct{ index, table, column string }{
	{"customers_fts", "customers", "search"},
	{"contacts_fts", "contacts", "summary"},
	{"purchases_fts", "purchases", "note"},
}

// searchFillRange is how many rows go into a search index between two
// reports of progress: a fraction of a second's work. FTS5 writes out
// what it holds in memory at the end of each statement, so a range much
// smaller would leave the index in more pieces to merge.
var searchFillRange = 50000

// fillSearchIndex puts the rows already in the book into the empty search
// indexes, a range of rows at a time in the transaction of the upgrade,
// and tells progress after each range. FTS5's 'rebuild' does the same in
// one statement, which cannot say how far it is.
func fillSearchIndex(ctx context.Context, tx *sql.Tx, progress UpgradeProgress) error {
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts)
		+ (SELECT count(*) FROM purchases)`).Scan(&total); err != nil {
		return err
	}
	done := 0
	progress(UpgradingSearchIndex, done, total)
	for _, s := range searchSources {
		from := int64(math.MinInt64)
		for {
			upTo, n, err := nextSearchRange(ctx, tx, s.table, from)
			if err != nil {
				return err
			}
			if n == 0 {
				break
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO `+s.index+` (rowid, `+s.column+`)
				SELECT id, `+s.column+` FROM `+s.table+` WHERE id > ? AND id <= ? ORDER BY id`, from, upTo); err != nil {
				return err
			}
			from, done = upTo, done+n
			progress(UpgradingSearchIndex, done, total)
		}
	}
	return nil
}

// nextSearchRange finds the range of a table's rows after id from that
// goes into its index next: the last id in it and how many rows it holds.
func nextSearchRange(ctx context.Context, tx *sql.Tx, table string, from int64) (upTo int64, n int, err error) {
	var last sql.NullInt64
	err = tx.QueryRowContext(ctx, `SELECT max(id), count(*) FROM (SELECT id FROM `+table+`
		WHERE id > ? ORDER BY id LIMIT ?)`, from, searchFillRange).Scan(&last, &n)
	return last.Int64, n, err
}
