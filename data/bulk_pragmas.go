package data

import (
	"context"
	"database/sql/driver"
	"fmt"

	"tend/lifecycle"
)

// The page caches of the two large writes. A large write changes far more
// pages than SQLite's default cache of 2 MiB holds; with these they are not
// spilled to the log and read back before the commit. Every MiB of cache
// takes two of memory, and SQLite sorts the indexes an import rebuilds in as
// much memory again. An import needs little: it fills its tables in the
// order of their rows and builds their indexes after them, so a page it
// has filled is not written again. With 4 MiB an import of 100,000
// customers peaks at 90 MB rather than 125 MB, and takes no longer.
const (
	importCacheKiB = 4 << 10
	demoCacheKiB   = 16 << 10
)

// pragma is a setting of the writer's connection.
type pragma struct{ name, value string }

// bulkPragmas give a page cache of cacheKiB and SQLite's temporary files
// kept where tempStore says (MEMORY or FILE) for one large transaction.
// Neither changes what is written or how safely it is committed.
func bulkPragmas(cacheKiB int, tempStore string) []pragma {
	return []pragma{{"cache_size", fmt.Sprint(-cacheKiB)}, {"temp_store", tempStore}}
}

// tuneForBulk tunes the writer's connection for one large transaction with
// bulkPragmas, and returns what puts the settings back. Putting them back is
// best effort, since they only make writes faster or slower and a new
// connection starts without them.
func (b *Book) tuneForBulk(ctx context.Context, cacheKiB int) (restore func(), err error) {
	if !b.engine.onFile() {
		return func() {}, nil
	}
	return b.tune(ctx, bulkPragmas(cacheKiB, "MEMORY"))
}

// tuneForImport tunes the writer's connection for an import. A customers
// import also goes without SQLite's checks of foreign keys: every reference
// it writes is to a customer it stored before in the same transaction or to
// a phase it read from the book in it, and checking them again took a fifth
// of the time SQLite spent storing a large file's rows, most of it looking
// up the customer of each tag. The checks are back on before the book is
// written to again; where that fails, the connection is dropped, since a
// new one starts with them on. An import keeps SQLite's temporary files on
// disk: the lines of the customers it adds and the sorting of the indexes
// it rebuilds grow with the file.
func (b *Book) tuneForImport(ctx context.Context, what Entity) (restore func(), err error) {
	if !b.engine.onFile() {
		return func() {}, nil
	}
	pragmas := bulkPragmas(importCacheKiB, "FILE")
	if what != Customers {
		return b.tune(ctx, pragmas)
	}
	putBack, err := b.tune(ctx, append(pragmas, pragma{"foreign_keys", "OFF"}))
	if err != nil {
		return nil, err
	}
	return func() {
		putBack()
		if on, err := b.foreignKeysOn(context.WithoutCancel(ctx)); err != nil || !on {
			b.dropWriterConnection(context.WithoutCancel(ctx))
		}
	}, nil
}

// foreignKeysOn tells whether the writer's connection checks foreign keys.
func (b *Book) foreignKeysOn(ctx context.Context) (bool, error) {
	var on bool
	err := b.writer.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&on)
	return on, err
}

// dropWriterConnection closes the writer's connection, so that the next
// write opens one with the book's usual settings.
func (b *Book) dropWriterConnection(ctx context.Context) {
	conn, err := b.writer.Conn(ctx)
	if err != nil {
		return
	}
	conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

// tune applies pragmas to the writer's connection and returns what puts
// the settings they replace back.
func (b *Book) tune(ctx context.Context, pragmas []pragma) (restore func(), err error) {
	var before []string
	restore = func() {
		for i, v := range before {
			b.writer.ExecContext(context.WithoutCancel(ctx), "PRAGMA "+pragmas[i].name+" = "+v)
		}
	}
	for _, p := range pragmas {
		var v string
		if err := b.writer.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(&v); err != nil {
			restore()
			return nil, lifecycle.Problemf(CodeReadPragma, lifecycle.Values{"Key": p.name},
				"read the setting %s: %w", p.name, describe(err))
		}
		before = append(before, v)
		if _, err := b.writer.ExecContext(ctx, "PRAGMA "+p.name+" = "+p.value); err != nil {
			restore()
			return nil, lifecycle.Problemf(CodeTuneWrite, lifecycle.Values{"Key": p.name},
				"set %s for a large write: %w", p.name, describe(err))
		}
	}
	return restore, nil
}
