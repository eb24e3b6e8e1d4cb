package data

import (
	"bytes"
	"context"
	"net"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5/pgproto3"

	"tend/data/pgtest"
	"tend/lifecycle"
)

// poolerConn stands in for a pooler in front of the server, such as
// PgBouncer, which refuses a connection whose start carries a setting it
// does not pass on; refuse names the settings it refuses ("" refuses
// every start).
type poolerConn struct {
	net.Conn
	refuse   string
	refusals *atomic.Int64
	started  bool
	answer   *bytes.Reader // the refusal, read in place of the server's answer
}

// sslRequest is the start of a connection that asks for TLS first.
var sslRequest = []byte{0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f}

func (c *poolerConn) Write(p []byte) (int, error) {
	if c.started || bytes.Equal(p, sslRequest) {
		return c.Conn.Write(p)
	}
	c.started = true
	if !bytes.Contains(p, []byte(c.refuse)) {
		return c.Conn.Write(p)
	}
	c.refusals.Add(1)
	msg, err := (&pgproto3.ErrorResponse{Severity: "FATAL", Code: protocolViolation,
		Message: "unsupported startup parameter: " + c.refuse}).Encode(nil)
	c.answer = bytes.NewReader(msg)
	return len(p), err
}

func (c *poolerConn) Read(p []byte) (int, error) {
	if c.answer != nil {
		return c.answer.Read(p)
	}
	return c.Conn.Read(p)
}

// standInPooler has the books the test opens connect through a
// poolerConn, and counts its refusals.
func standInPooler(t *testing.T, refuse string) *atomic.Int64 {
	t.Helper()
	var refusals atomic.Int64
	dialThrough(t, func(c net.Conn) net.Conn { return &poolerConn{Conn: c, refuse: refuse, refusals: &refusals} })
	return &refusals
}

// TestReadersBehindAPoolerStillReadOnly: behind a pooler that refuses the
// readers' read-only setting at the connection's start, a book is read
// and written as before, its readers are made read only by a statement
// instead, and once refused, a new connection is not refused again.
func TestReadersBehindAPoolerStillReadOnly(t *testing.T) {
	if !pgtest.OnPostgres() {
		t.Skip("a pooler stands in front of a server, not a file")
	}
	refusals := standInPooler(t, readOnly)
	ctx := context.Background()
	b := openTestBook(t)
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "awareness"})
	if c, err := b.Customer(ctx, id); err != nil || c.Name != "Ada Lovelace" {
		t.Fatalf("read back %q, %v", c.Name, err)
	}
	refused := refusals.Load()
	if refused == 0 {
		t.Fatal("the pooler refused no connection: it did not stand in front")
	}
	// Three connections held at once are three made, each read only.
	for i := range 3 {
		conn, err := b.reader.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var on string
		if err := conn.QueryRowContext(ctx, "SHOW "+readOnly).Scan(&on); err != nil || on != "on" {
			t.Errorf("reader %d: %s is %q, %v", i, readOnly, on, err)
		}
		if _, err := conn.ExecContext(ctx, `UPDATE customers SET name = 'Mallory' WHERE id = $1`, id); err == nil {
			t.Errorf("reader %d changed a customer", i)
		}
	}
	if n := refusals.Load(); n != refused {
		t.Errorf("the pooler refused %d connections after the first read, %d before: the refusal was not remembered", n, refused)
	}
}

// TestAConnectionRefusedAtItsStartIsSaidSo: a server or pooler that
// refuses a connection as it is made is named as refusing it, with its
// words, not as a connection lost while a change was under way.
func TestAConnectionRefusedAtItsStartIsSaidSo(t *testing.T) {
	if !pgtest.OnPostgres() {
		t.Skip("a pooler stands in front of a server, not a file")
	}
	url := bookLocation(t, "book.db")
	standInPooler(t, "")
	_, err := Open(context.Background(), url)
	if !hasCode(err, CodeServerRefused) || !strings.Contains(err.Error(), "unsupported startup parameter") {
		t.Errorf("open behind a refusing pooler: %v", err)
	}
}
