package data

import (
	"context"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// pgx's database/sql driver pings a connection taken from the pool again
// when it has not been taken for a second, to find one the server has
// closed before a statement fails on it; and it counts from the last time
// it was taken, so that a connection made a moment ago, taken again (a
// command's first read, then its write), was pinged too: a round trip
// before every board's first read and every change. A connection is
// pinged when it has lain unused for a second since it was last taken
// or, never taken again yet, since it was made.

// madeAt holds when each connection was made, until it is first taken
// again.
var madeAt sync.Map // *pgx.Conn → time.Time

// connectOptions are the driver's options that make a new connection
// ready (by ready, where given) and keep madeAt.
func connectOptions(ready func(context.Context, *pgx.Conn) error) []stdlib.OptionOpenDB {
	return []stdlib.OptionOpenDB{
		stdlib.OptionAfterConnect(func(ctx context.Context, conn *pgx.Conn) error {
			if ready != nil {
				if err := ready(ctx, conn); err != nil {
					return err
				}
			}
			madeAt.Store(conn, time.Now())
			return nil
		}),
		stdlib.OptionShouldPing(shouldPing),
	}
}

// pingAfter is how long a connection lies unused before it is pinged.
const pingAfter = time.Second

func shouldPing(_ context.Context, p stdlib.ShouldPingParams) bool {
	if made, ok := madeAt.LoadAndDelete(p.Conn); ok {
		return time.Since(made.(time.Time)) > pingAfter
	}
	return p.IdleDuration > pingAfter
}

// forgetMade drops what madeAt holds of a connection that is closing.
func forgetMade(c pgxConn) {
	if std, ok := c.(*stdlib.Conn); ok {
		madeAt.Delete(std.Conn())
	}
}
