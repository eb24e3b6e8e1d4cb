package data

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// bookChannel is the channel every write to a server book notifies as it
// commits (markWrite), and every open board listens on.
const bookChannel = "tend_book"

// serverListener holds a connection of its own that LISTENs on the book's
// channel, so that a watcher waiting for news hears of another tend's
// write as it commits, rather than at its next look. Should the
// connection be lost, the watcher looks every so often, as on a file.
type serverListener struct {
	conn   *pgx.Conn
	cancel context.CancelFunc
	done   chan struct{}
	// heard holds one notice of a write not yet looked at; more notices
	// meanwhile say nothing more.
	heard chan struct{}
}

func (e postgresEngine) listen(ctx context.Context) (*serverListener, error) {
	config, err := pgx.ParseConfig(e.url)
	if err != nil {
		return nil, err
	}
	conn, err := pgx.ConnectConfig(ctx, config)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, `LISTEN `+bookChannel); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	hearing, cancel := context.WithCancel(context.Background())
	l := &serverListener{conn: conn, cancel: cancel, done: make(chan struct{}), heard: make(chan struct{}, 1)}
	go l.hear(hearing)
	return l, nil
}

// hear waits for the server's notices until the listener is closed or its
// connection lost.
func (l *serverListener) hear(ctx context.Context) {
	defer close(l.done)
	for {
		if _, err := l.conn.WaitForNotification(ctx); err != nil {
			return // closed, or the connection lost: Wait waits its time
		}
		select { // one notice waiting says all there is to say
		case l.heard <- struct{}{}:
		default:
		}
	}
}

// forget drops the notice of a write, which the change mark then tells.
func (l *serverListener) forget() {
	if l == nil {
		return
	}
	select {
	case <-l.heard:
	default:
	}
}

func (l *serverListener) close() error {
	if l == nil {
		return nil
	}
	l.cancel()
	<-l.done
	return l.conn.Close(context.Background())
}
