package data

import (
	"context"
	"net"
	"slices"
	"sync/atomic"
	"testing"

	"tend/lifecycle"
)

// countedConn is a connection to the server that counts what the client
// sends: each write is a message, or messages sent together, which the
// server answers before the client sends again, one round trip.
type countedConn struct {
	net.Conn
	writes *atomic.Int64
}

func (c countedConn) Write(p []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(p)
}

// countRoundTrips has the connections that books open in the test count
// the client's writes to the server.
func countRoundTrips(t *testing.T) *atomic.Int64 {
	t.Helper()
	var n atomic.Int64
	dialThrough(t, func(c net.Conn) net.Conn { return countedConn{c, &n} })
	return &n
}

// dialThrough has the connections that books open in the test go through
// what wrap makes of them.
func dialThrough(t *testing.T, wrap func(net.Conn) net.Conn) {
	t.Helper()
	var d net.Dialer
	dialServer = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return wrap(c), nil
	}
	t.Cleanup(func() { dialServer = nil })
}

// readWholeBoard reads what the board reads (ui's loadBoard): everything
// beside the columns, the counts, and a window of each phase's cards.
func readWholeBoard(ctx context.Context, b *Book, lc lifecycle.Lifecycle, marked []int64) (cards []lifecycle.Customer, err error) {
	ask := BoardAsk{Today: testNow, Marked: marked, Facts: true}
	for _, p := range lc.Visible() {
		ask.Columns = append(ask.Columns, ColumnAsk{Phase: p.Key, Limit: 40})
	}
	err = b.ReadWholeBoard(ctx, Filter{}, ask, func(r *BoardRead) error {
		_, err := r.OnBoard(ctx, marked)
		if err == nil {
			_, err = r.Lifecycle(ctx)
		}
		if err == nil {
			_, err = r.MoveReasons(ctx)
		}
		if err == nil {
			_, err = r.CountBoard(ctx)
		}
		if err == nil {
			_, err = r.CountArchived(ctx)
		}
		if err == nil {
			_, err = r.Currency(ctx)
		}
		if err == nil {
			_, _, err = r.FollowUpCounts(ctx, testNow)
		}
		if err == nil {
			_, err = r.PhaseTotals(ctx)
		}
		for _, c := range ask.Columns {
			page, err := r.Cards(ctx, c.Phase, c.From, c.Limit)
			if err != nil {
				return err
			}
			cards = append(cards, page...)
		}
		return err
	})
	return cards, err
}

// TestABoardOnAServerIsReadInTwoRoundTrips: the board's first frame reads
// the lifecycle and the user's owner name in one round trip, then its
// columns, counts and what it shows beside them in another, each a
// pipeline of statements; and what it reads is what it read one statement
// at a time.
func TestABoardOnAServerIsReadInTwoRoundTrips(t *testing.T) {
	ctx := context.Background()
	url, made := newServerBook(t)
	var ids []int64
	for i, phase := range []string{"awareness", "conversion", "conversion", "loyalty"} {
		ids = append(ids, addCustomer(t, made, lifecycle.Customer{Name: "Customer " + string(rune('A'+i)), Phase: phase,
			Tags: []string{"beta", "Zeta", "alpha"}}))
	}
	made.Close()
	trips := countRoundTrips(t)
	b, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	trips.Store(0)
	lc, me, err := b.ReadStart(ctx)
	if n := trips.Load(); err != nil || n != 1 {
		t.Fatalf("the lifecycle and the owner name: %d round trips (%v); want 1", n, err)
	}
	if len(lc.Visible()) != 7 || me != b.User() {
		t.Fatalf("read %d phases and the owner %q; want 7 and %q", len(lc.Visible()), me, b.User())
	}
	trips.Store(0)
	cards, err := readWholeBoard(ctx, b, lc, ids[:2])
	if n := trips.Load(); err != nil || n != 1 {
		t.Fatalf("the board: %d round trips (%v); want 1", n, err)
	}
	if len(cards) != len(ids) {
		t.Fatalf("%d cards on the board; want %d", len(cards), len(ids))
	}
	for _, c := range cards {
		if !slices.Equal(c.Tags, []string{"alpha", "beta", "Zeta"}) {
			t.Fatalf("tags %q; want them without case: alpha, beta, Zeta", c.Tags)
		}
	}
}

// TestALogOnAServerTakesFewRoundTrips: logging a contact on a server book
// begins; takes the write lock, claims its id and marks the write; stores
// the contact, settles the follow-ups, stores the summary and reads the
// re-scoring's rules; reads the customer's rows the scoring goes by;
// stores what the scoring found; and commits: six round trips, where one
// a statement took twenty-one.
func TestALogOnAServerTakesFewRoundTrips(t *testing.T) {
	ctx := context.Background()
	var trips *atomic.Int64
	_, b, id := openedForAChange(t, func(string) { trips = countRoundTrips(t) })
	trips.Store(0)
	_, err := b.LogContact(ctx, lifecycle.Contact{CustomerID: id, At: b.Now(), Kind: "note", Direction: "out", Sentiment: "neutral", Summary: "Called back"})
	if err != nil {
		t.Fatal(err)
	}
	if n := trips.Load(); n != 6 {
		t.Errorf("logging a contact took %d round trips; want 6", n)
	}
	if h := history(t, b, id); len(h.Contacts) != 1 {
		t.Fatalf("contacts %+v: want the one logged", h.Contacts)
	}
}
