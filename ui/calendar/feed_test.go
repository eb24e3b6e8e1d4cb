package calendar

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const token = "abcdefghijklmnopqrstuv"

// counted renders "v<n>" where n counts the renderings, or fails when
// told to.
type counted struct {
	n    atomic.Int32
	fail atomic.Bool
	same atomic.Bool
}

func (c *counted) render(context.Context) ([]byte, error) {
	if c.fail.Load() {
		return nil, errors.New("the book is away")
	}
	n := c.n.Add(1)
	if c.same.Load() {
		return []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), nil
	}
	return []byte("v" + string(rune('0'+n))), nil
}

func get(t *testing.T, h http.Handler, method, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func text(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTheFeedAnswersOnlyAtItsTokenPath(t *testing.T) {
	var c counted
	f := NewFeed(token, c.render, nil)
	res := get(t, f, "GET", "/"+token+"/agenda.ics")
	if res.StatusCode != 200 || text(t, res) != "v1" {
		t.Fatalf("with token: %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/calendar; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	for _, p := range []string{"/", "/agenda.ics", "/" + token, "/" + token + "/", "/" + token[:21] + "/agenda.ics",
		"/" + token + "x/agenda.ics", "/" + strings.ToUpper(token) + "/agenda.ics", "/" + token + "/agenda.ics/", "/x/" + token + "/agenda.ics"} {
		res := get(t, f, "GET", p)
		if body := text(t, res); res.StatusCode != 404 || strings.TrimSpace(body) != "" {
			t.Errorf("%s: %d %q, want a bare 404", p, res.StatusCode, body)
		}
	}
	if n := c.n.Load(); n != 1 {
		t.Errorf("rendered %d times, want once", n)
	}
}

func TestHeadAndOtherMethods(t *testing.T) {
	var c counted
	f := NewFeed(token, c.render, nil)
	res := get(t, f, "HEAD", f.Path())
	if res.StatusCode != 200 || text(t, res) != "" || res.Header.Get("ETag") == "" || res.ContentLength != 2 {
		t.Errorf("HEAD: %d, length %d, ETag %q", res.StatusCode, res.ContentLength, res.Header.Get("ETag"))
	}
	for _, m := range []string{"POST", "PUT", "DELETE", "PROPFIND"} {
		res := get(t, f, m, f.Path())
		if res.StatusCode != 405 || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s: %d, Allow %q", m, res.StatusCode, res.Header.Get("Allow"))
		}
	}
	if res := get(t, f, "POST", "/wrong/agenda.ics"); res.StatusCode != 404 {
		t.Errorf("POST without the token: %d, want 404 before anything else", res.StatusCode)
	}
}

func TestAPollOfAnUnchangedFeedIsNotModified(t *testing.T) {
	var c counted
	c.same.Store(true)
	f := NewFeed(token, c.render, nil)
	first := get(t, f, "GET", f.Path())
	etag, modified := first.Header.Get("ETag"), first.Header.Get("Last-Modified")
	if etag == "" || modified == "" {
		t.Fatalf("ETag %q, Last-Modified %q", etag, modified)
	}
	if res := get(t, f, "GET", f.Path(), "If-None-Match", etag); res.StatusCode != 304 {
		t.Errorf("If-None-Match: %d", res.StatusCode)
	}
	if res := get(t, f, "GET", f.Path(), "If-Modified-Since", modified); res.StatusCode != 304 {
		t.Errorf("If-Modified-Since: %d", res.StatusCode)
	}
	// A write that leaves the feed as it was keeps its ETag.
	f.Changed()
	res := get(t, f, "GET", f.Path(), "If-None-Match", etag)
	if res.StatusCode != 304 || c.n.Load() != 2 {
		t.Errorf("after a change that changes nothing: %d, %d renderings", res.StatusCode, c.n.Load())
	}
}

func TestAChangeRendersTheFeedAgainOnce(t *testing.T) {
	var c counted
	f := NewFeed(token, c.render, nil)
	first := get(t, f, "GET", f.Path())
	if text(t, first) != "v1" || text(t, get(t, f, "GET", f.Path())) != "v1" {
		t.Fatal("the first body is not kept")
	}
	f.Changed()
	f.Changed()
	res := get(t, f, "GET", f.Path(), "If-None-Match", first.Header.Get("ETag"),
		"If-Modified-Since", first.Header.Get("Last-Modified"))
	if res.StatusCode != 200 || text(t, res) != "v2" {
		t.Errorf("after a change: %d", res.StatusCode)
	}
	// Within the same second the new body is still dated later.
	if !after(t, res, first) {
		t.Errorf("Last-Modified %s is not after %s", res.Header.Get("Last-Modified"), first.Header.Get("Last-Modified"))
	}
	get(t, f, "GET", f.Path())
	if n := c.n.Load(); n != 2 {
		t.Errorf("rendered %d times, want 2", n)
	}
}

func after(t *testing.T, later, earlier *http.Response) bool {
	t.Helper()
	a, err := http.ParseTime(later.Header.Get("Last-Modified"))
	b, err2 := http.ParseTime(earlier.Header.Get("Last-Modified"))
	if err != nil || err2 != nil {
		t.Fatal(err, err2)
	}
	return a.After(b)
}

func TestAFailedRenderingIsToldAndTriedAgain(t *testing.T) {
	var c counted
	var told atomic.Int32
	f := NewFeed(token, c.render, func(error) { told.Add(1) })
	c.fail.Store(true)
	if res := get(t, f, "GET", f.Path()); res.StatusCode != 503 || told.Load() != 1 {
		t.Errorf("failed rendering: %d, told %d", res.StatusCode, told.Load())
	}
	c.fail.Store(false)
	if res := get(t, f, "GET", f.Path()); res.StatusCode != 200 || text(t, res) != "v1" {
		t.Errorf("after the book is back: %d", res.StatusCode)
	}
}

func TestNewTokensAreLongURLSafeAndDifferent(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		tok, err := NewToken()
		if err != nil {
			t.Fatal(err)
		}
		if !IsToken(tok) || IsToken(tok[1:]) || IsToken(tok+"A") || len(tok) != 22 || strings.Trim(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" || seen[tok] {
			t.Fatalf("token %q", tok)
		}
		seen[tok] = true
	}
}

func TestListenRefusesAnAddressOtherMachinesReach(t *testing.T) {
	for _, addr := range []string{":0", "0.0.0.0:0", "192.0.2.1:0", "[::]:0", "example.com:80"} {
		if ln, err := Listen(addr); !errors.Is(err, ErrNotLoopback) {
			if ln != nil {
				ln.Close()
			}
			t.Errorf("%s: %v, want refused", addr, err)
		}
	}
}

// TestServeOnARealLoopbackListener runs the server as a calendar meets
// it: over TCP, many polls at once, a change, and a clean stop.
func TestServeOnARealLoopbackListener(t *testing.T) {
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var c counted
	f := NewFeed(token, c.render, nil)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, f) }()
	url := "http://" + ln.Addr().String() + f.Path()
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			res, err := http.Get(url)
			if err != nil {
				t.Error(err)
				return
			}
			defer res.Body.Close()
			if b, _ := io.ReadAll(res.Body); res.StatusCode != 200 || !strings.HasPrefix(string(b), "v") {
				t.Errorf("%d %q", res.StatusCode, b)
			}
		})
		wg.Go(func() { f.Changed(); f.Changed() })
	}
	wg.Wait()
	f.Changed()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if n := c.n.Load(); n < 2 || n > 21 {
		t.Errorf("%d renderings for 21 requests and 41 changes", n)
	}
	cancel()
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not stop")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the feed still answers after its context ended")
	}
}
