package calendar

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// FeedFile is the name the feed has after its token in the address.
const FeedFile = "agenda.ics"

// NewToken makes the secret part of the feed's address: 128 bits from the
// system's random source, written URL-safe.
func NewToken() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// IsToken tells whether s could be a token NewToken made, so that a kept
// token that was damaged is not served under.
func IsToken(s string) bool {
	b, err := base64.RawURLEncoding.DecodeString(s)
	return err == nil && len(b) == 16
}

// Feed serves one rendered calendar at /<token>/agenda.ics. The body is
// rendered on the first request and again on the first request after
// Changed, so a calendar polling an unchanged book costs one comparison;
// requests that come together share one rendering.
type Feed struct {
	path   []byte
	render func(context.Context) ([]byte, error)
	failed func(error)
	stale  atomic.Bool

	mu       sync.Mutex
	body     []byte
	etag     string
	modified time.Time
}

// NewFeed serves what render makes under token. failed, when not nil, is
// told of a rendering that failed (the calendar is then answered 503 and
// keeps what it has).
func NewFeed(token string, render func(context.Context) ([]byte, error), failed func(error)) *Feed {
	f := &Feed{path: []byte("/" + token + "/" + FeedFile), render: render, failed: failed}
	f.stale.Store(true)
	return f
}

// Path is the feed's path, token included.
func (f *Feed) Path() string { return string(f.path) }

// Changed marks the body stale: the book was written. It never blocks.
func (f *Feed) Changed() { f.stale.Store(true) }

func (f *Feed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// The whole path is compared in constant time, and any other path
	// gets the same bare 404, so nothing tells how close a guess was.
	if subtle.ConstantTimeCompare([]byte(r.URL.Path), f.path) != 1 {
		http.Error(w, "", http.StatusNotFound)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "", http.StatusMethodNotAllowed)
		return
	}
	body, etag, modified, err := f.current(r.Context())
	if err != nil {
		if f.failed != nil && r.Context().Err() == nil {
			f.failed(err)
		}
		w.Header().Set("Retry-After", "60")
		http.Error(w, "", http.StatusServiceUnavailable)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/calendar; charset=utf-8")
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, FeedFile, modified, bytes.NewReader(body))
}

// current returns the body, rendering it first when it is stale.
func (f *Feed) current(ctx context.Context) ([]byte, string, time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.stale.Swap(false) || f.body == nil {
		body, err := f.render(ctx)
		if err != nil {
			f.stale.Store(true)
			return nil, "", time.Time{}, err
		}
		f.keep(body)
	}
	return f.body, f.etag, f.modified, nil
}

// keep takes a fresh body. The same bytes keep their ETag and date, so a
// calendar is told "not modified"; a new body is dated at least a second
// after the last, since HTTP dates count whole seconds.
func (f *Feed) keep(body []byte) {
	sum := sha256.Sum256(body)
	etag := fmt.Sprintf(`"%x"`, sum[:12])
	if etag == f.etag {
		return
	}
	now := time.Now().UTC().Truncate(time.Second)
	if !now.After(f.modified) {
		now = f.modified.Add(time.Second)
	}
	f.body, f.etag, f.modified = body, etag, now
}

// ErrNotLoopback refuses an address other machines could reach: the feed
// travels unencrypted, so it is offered to this machine alone.
var ErrNotLoopback = errors.New("calendar: the feed is served on a loopback address only")

// Listen opens addr ("127.0.0.1:0" for any free port) after checking it is
// a loopback address.
func Listen(addr string) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, ErrNotLoopback
	}
	return net.Listen("tcp", addr)
}

// Serve answers requests on ln until ctx ends, then closes it.
func Serve(ctx context.Context, ln net.Listener, f *Feed) error {
	srv := &http.Server{Handler: f, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	// Answers under way get a moment to finish; a connection that never
	// sent a request (the server counts it busy for seconds) is then cut.
	shut, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		srv.Close()
	}
	<-done
	return nil
}
