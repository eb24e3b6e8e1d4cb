package cli

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/calendar"
)

var feedStamp = time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)

// fixedEvents stands for the agenda's follow-ups.
func fixedEvents(context.Context) ([]calendar.Event, error) {
	return []calendar.Event{
		{UID: "followup-1@book", Start: time.Date(2026, 12, 8, 0, 0, 0, 0, time.Local), AllDay: true,
			Summary: "Follow up with Müller, Jäger; GmbH", Description: "Offer\nQ3", Stamp: feedStamp},
		{UID: "followup-2@book", Start: time.Date(2026, 12, 9, 14, 30, 0, 0, time.UTC),
			Summary: "Follow up with Ben 😀", Stamp: feedStamp},
	}, nil
}

// feedCmd is a command with the feed's flags, as the agenda has them.
func feedCmd(t *testing.T, args ...string) (*cobra.Command, *feedFlags, []string) {
	t.Helper()
	cmd := &cobra.Command{Use: "agenda"}
	var f feedFlags
	addFeedFlags(cmd, &f)
	if err := cmd.ParseFlags(args); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	if err := cmd.ValidateFlagGroups(); err != nil {
		return cmd, nil, nil
	}
	return cmd, &f, cmd.Flags().Args()
}

func parsedSummaries(t *testing.T, body []byte) []string {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("the calendar does not parse: %v\n%s", err, body)
	}
	var got []string
	for _, e := range cal.Events() {
		got = append(got, e.GetProperty(ics.ComponentPropertySummary).Value)
	}
	return got
}

func TestICSWritesAWholePrivateFileEitherWay(t *testing.T) {
	for _, form := range [][]string{{"--ics=FILE"}, {"--ics", "FILE"}} {
		path := filepath.Join(t.TempDir(), "agenda.ics")
		args := strings.Split(strings.ReplaceAll(strings.Join(form, " "), "FILE", path), " ")
		cmd, f, rest := feedCmd(t, args...)
		var out, say bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&say)
		if !f.wanted() {
			t.Fatalf("%v: the feed is not wanted", args)
		}
		if err := runFeed(context.Background(), cmd, *f, rest, nil, fixedEvents); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		body, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := parsedSummaries(t, body); strings.Join(got, "|") != "Follow up with Müller, Jäger; GmbH|Follow up with Ben 😀" {
			t.Errorf("%v: summaries %q", args, got)
		}
		if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
			t.Errorf("%v: the file is %v, want readable by its owner only", args, info.Mode().Perm())
		}
		if strings.TrimSpace(say.String()) != "Wrote 2 follow-ups to "+path || out.Len() != 0 {
			t.Errorf("%v: said %q, printed %q", args, say.String(), out.String())
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".agenda.ics.*")); len(left) != 0 {
			t.Errorf("%v: left %v behind", args, left)
		}
	}
}

func TestICSWithoutAFileWritesToStandardOutput(t *testing.T) {
	cmd, f, rest := feedCmd(t, "--ics")
	var out, say bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&say)
	if err := runFeed(context.Background(), cmd, *f, rest, nil, fixedEvents); err != nil {
		t.Fatal(err)
	}
	if len(parsedSummaries(t, out.Bytes())) != 2 || say.Len() != 0 {
		t.Errorf("printed %q, said %q", out.String(), say.String())
	}
}

func TestICSAndServeTogetherAreRefused(t *testing.T) {
	if _, f, _ := feedCmd(t, "--ics", "--serve"); f != nil {
		t.Error("--ics with --serve was taken")
	}
	if _, f, _ := feedCmd(t); f.wanted() {
		t.Error("no flag asks for a calendar")
	}
}

func TestFollowUpEventsComeFromTheOpenFollowUps(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t, tempBook(t))
	defer b.Close()
	anna := addFeedCustomer(t, b, "Anna; Müller")
	day := lifecycle.StartOfDay(time.Now()).AddDate(0, 0, 2)
	cid := logFeedFollowUp(t, b, anna, day, "Send the offer")
	id, _ := b.Identity(ctx)
	events, err := followUpEvents(b)(ctx)
	if err != nil || len(events) != 1 {
		t.Fatalf("events %v, %v", events, err)
	}
	e := events[0]
	if e.UID != "followup-"+strconv.FormatInt(cid, 10)+"@"+id || !e.AllDay || !e.Start.Equal(day) || e.Summary != "Follow up with Anna; Müller" ||
		!strings.HasPrefix(e.Description, "Send the offer\n\nAnna; Müller · Awareness · follow-up set on ") || e.Stamp.IsZero() {
		t.Errorf("event %+v", e)
	}
}

// lockedBuffer is written by the server's goroutines while a test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeFollowsTheBook serves a real book on a real loopback port,
// writes to the book meanwhile, and stops as ctrl+c stops it.
func TestServeFollowsTheBook(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	db := tempBook(t)
	b := openTestBook(t, db)
	defer b.Close()
	anna := addFeedCustomer(t, b, "Anna")
	logFeedFollowUp(t, b, anna, lifecycle.StartOfDay(time.Now()).AddDate(0, 0, 1), "Call")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outR, outW := io.Pipe()
	var say lockedBuffer
	served := make(chan error, 1)
	go func() { served <- serveFeed(ctx, outW, &say, b, feedFlags{addr: "127.0.0.1:0"}, followUpEvents(b)) }()
	url := servedURL(t, outR)
	if got := fetchSummaries(t, url); strings.Join(got, "|") != "Follow up with Anna" {
		t.Fatalf("served %q", got)
	}
	if res, err := http.Get(strings.Replace(url, "/agenda.ics", "x/agenda.ics", 1)); err != nil || res.StatusCode != 404 {
		t.Errorf("a wrong token: %v %v", res, err)
	}
	// Another writer (the board, another tend) adds a follow-up.
	other := openTestBook(t, db)
	logFeedFollowUp(t, other, addFeedCustomer(t, other, "Ben"), time.Now().Add(48*time.Hour).Truncate(time.Minute), "Meet")
	other.Close()
	deadline := time.Now().Add(15 * time.Second)
	for len(fetchSummaries(t, url)) != 2 {
		if time.Now().After(deadline) {
			t.Fatal("the feed never showed the new follow-up")
		}
		time.Sleep(200 * time.Millisecond)
	}
	cancel()
	if err := <-served; err != nil {
		t.Fatalf("serve: %v", err)
	}
	if !strings.Contains(say.String(), "Stopped serving the calendar.") {
		t.Errorf("said %q", say.String())
	}
}

// servedURL reads the feed's address from what --serve prints first.
func servedURL(t *testing.T, out io.Reader) string {
	t.Helper()
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if line := strings.TrimSpace(lines.Text()); strings.HasPrefix(line, "http://127.0.0.1:") {
			go io.Copy(io.Discard, out)
			return line
		}
	}
	t.Fatal("no address printed")
	return ""
}

func fetchSummaries(t *testing.T, url string) []string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/calendar; charset=utf-8" {
		t.Fatalf("%d %v", res.StatusCode, err)
	}
	return parsedSummaries(t, body)
}

func TestServeSaysWhatIsWrongWithTheAddress(t *testing.T) {
	busy, err := calendar.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	for addr, want := range map[string]string{
		"0.0.0.0:8080":       "--addr 0.0.0.0:8080: the calendar is served to this computer alone",
		"8080":               "--addr 8080: want a host and port",
		busy.Addr().String(): "cannot serve the calendar on " + busy.Addr().String() + ": another program listens there",
	} {
		_, err := listenForFeed(addr)
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %v, want %q", addr, err, want)
		}
	}
}

func addFeedCustomer(t *testing.T, b *data.Book, name string) int64 {
	t.Helper()
	id, err := b.AddCustomer(context.Background(), lifecycle.Customer{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func logFeedFollowUp(t *testing.T, b *data.Book, id int64, due time.Time, summary string) int64 {
	t.Helper()
	cid, err := b.LogContact(context.Background(), lifecycle.Contact{CustomerID: id, At: time.Now().Add(-time.Minute),
		Kind: lifecycle.Call, Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: summary, FollowUp: due})
	if err != nil {
		t.Fatal(err)
	}
	return cid
}

func TestTheFeedsTokenIsKeptUntilANewOneIsAsked(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	first, err := feedToken(false)
	if err != nil || !calendar.IsToken(first) {
		t.Fatalf("first token %q, %v", first, err)
	}
	path := filepath.Join(config, "tend", feedTokenFile)
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the kept token: %v %v", info, err)
	}
	if again, _ := feedToken(false); again != first {
		t.Errorf("the token changed from %q to %q without being asked", first, again)
	}
	renewed, _ := feedToken(true)
	if renewed == first || !calendar.IsToken(renewed) {
		t.Errorf("--new-token kept %q", renewed)
	}
	if again, _ := feedToken(false); again != renewed {
		t.Errorf("the new token %q was not kept: %q", renewed, again)
	}
	if err := os.WriteFile(path, []byte("short\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if mended, _ := feedToken(false); !calendar.IsToken(mended) || mended == renewed {
		t.Errorf("a damaged token file gave %q", mended)
	}
}

func TestAFeedTokenThatCannotBeKeptIsSaid(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	if err := os.WriteFile(filepath.Join(config, "tend"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := feedToken(false)
	if err == nil || !strings.HasPrefix(err.Error(), "cannot keep the calendar's secret address in "+filepath.Join(config, "tend", feedTokenFile)+": ") {
		t.Errorf("err = %v", err)
	}
}
