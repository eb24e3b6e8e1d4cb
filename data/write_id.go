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

// claimStatement takes the write lock and claims the write's id.
func claimStatement(id writeID) statement {
	return statement{lockedWrite + ` INSERT INTO applied_writes (id, at)
		SELECT ?, extract(epoch FROM statement_timestamp())::bigint FROM locked ON CONFLICT (id) DO NOTHING`,
		[]any{lockTimeout(), writeLock, id[:]}}
}

// claimServerWrite records the write's id in its transaction, once the
// write lock is held, and tells whether it was there already: the write
// was applied by an earlier try whose commit's answer was lost. A write
// still under way with the same id holds its row: the claim waits for it
// to end, so the id guards even a write that holds no lock.
// The claim is made in the statement that takes the write lock
// (lockedWrite), as soon as the lock is held.
func claimServerWrite(ctx context.Context, tx *sql.Tx, id writeID) (applied bool, err error) {
	claim := claimStatement(id)
	res, err := tx.ExecContext(ctx, claim.query, claim.args...)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err == nil && id.prunes() {
		_, err = tx.ExecContext(ctx, `DELETE FROM applied_writes
			WHERE at < extract(epoch FROM statement_timestamp())::bigint - ?`, appliedWritesKept)
	}
	return n == 0, err
}
