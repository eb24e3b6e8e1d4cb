package data

import (
	"context"
	"crypto/rand"
	"database/sql"
)

// writeID names one write across its retries. A server may commit a write
// and lose the connection before its answer reaches tend; tried again, the
// write finds its id among the applied writes and is not applied twice.
type writeID [16]byte

func newWriteID() writeID {
	var id writeID
	rand.Read(id[:]) // never fails (crypto/rand)
	return id
}

// prunes tells the writes that also prune the old ids: one in 256, so that
// pruning costs the writes next to nothing and the table stays small.
func (id writeID) prunes() bool { return id[0] == 0 }

// appliedWritesKept is how long an applied write's id is kept: far longer
// than any retry of it takes.
const appliedWritesKept = 24 * 60 * 60 // seconds

// claimServerWrite records the write's id in its transaction, once the
// write lock is held, and tells whether it was there already: the write
// was applied by an earlier try whose commit's answer was lost. A write
// still under way with the same id holds its row: the claim waits for it
// to end, so the id guards even a write that holds no lock.
func claimServerWrite(ctx context.Context, tx *sql.Tx, id writeID) (applied bool, err error) {
	if id.prunes() {
		if _, err := tx.ExecContext(ctx, `DELETE FROM applied_writes
			WHERE at < extract(epoch FROM statement_timestamp())::bigint - ?`, appliedWritesKept); err != nil {
			return false, err
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO applied_writes (id, at)
		VALUES (?, extract(epoch FROM statement_timestamp())::bigint) ON CONFLICT (id) DO NOTHING`, id[:])
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 0, err
}
