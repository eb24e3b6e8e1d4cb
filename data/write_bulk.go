package data

import (
	"context"
	"fmt"
)

// The page caches of the two large writes. A large write changes far more
// pages than SQLite's default cache of 2 MiB holds; with these they are not
// spilled to the log and read back before the commit. An import takes more,
// which saves a sixth of the time of a 100,000-customer import; a demo fill
// writes in chunks and needs less.
const (
	importCacheKiB = 64 << 10
	demoCacheKiB   = 16 << 10
)

// tuneForBulk gives the writer's connection a page cache of cacheKiB and
// statement journals in memory for one large transaction, and returns what
// puts the settings back. Neither changes what is written or how safely it
// is committed; putting them back is best effort, since they only make
// writes faster or slower and a new connection starts without them.
func (b *Book) tuneForBulk(ctx context.Context, cacheKiB int) (restore func(), err error) {
	pragmas := []struct{ name, value string }{{"cache_size", fmt.Sprint(-cacheKiB)}, {"temp_store", "MEMORY"}}
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
			return nil, fmt.Errorf("read the setting %s: %w", p.name, describe(err))
		}
		before = append(before, v)
		if _, err := b.writer.ExecContext(ctx, "PRAGMA "+p.name+" = "+p.value); err != nil {
			restore()
			return nil, fmt.Errorf("set %s for a large write: %w", p.name, describe(err))
		}
	}
	return restore, nil
}
