package cli

// The calendar feed of tend agenda: --ics writes the open follow-ups as an
// iCalendar file for a one-off import, --serve serves them on this
// computer for a desktop calendar to subscribe to. The agenda command adds
// the flags with addFeedFlags and, when feedFlags.wanted, hands over to
// runFeed with its follow-ups as calendar events.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/calendar"
	"tend/ui/words"
)

// feedFlags are the agenda's flags that send it to a calendar.
type feedFlags struct {
	ics      string // the file; "-" for standard output
	serve    bool
	addr     string
	newToken bool
}

// stdoutFile is --ics without a file: the calendar goes to standard output.
const stdoutFile = "-"

// addFeedFlags gives cmd --ics [FILE], --serve and --addr.
func addFeedFlags(cmd *cobra.Command, f *feedFlags) {
	fs := cmd.Flags()
	fs.StringVar(&f.ics, "ics", "", words.T("cli.calendar.flag.ics"))
	fs.Lookup("ics").NoOptDefVal = stdoutFile
	fs.BoolVar(&f.serve, "serve", false, words.T("cli.calendar.flag.serve"))
	fs.StringVar(&f.addr, "addr", "127.0.0.1:0", words.T("cli.calendar.flag.addr"))
	fs.BoolVar(&f.newToken, "new-token", false, words.T("cli.calendar.flag.new-token"))
	cmd.MarkFlagsMutuallyExclusive("ics", "serve")
}

// wanted tells whether the agenda goes to a calendar rather than the screen.
func (f feedFlags) wanted() bool { return f.ics != "" || f.serve }

// eventsFunc reads the calendar's events as the book holds them now.
type eventsFunc func(ctx context.Context) ([]calendar.Event, error)

// runFeed writes or serves the events as --ics or --serve asks. args may
// hold the file of "--ics FILE", which the flag leaves as an argument.
func runFeed(ctx context.Context, cmd *cobra.Command, f feedFlags, args []string, b *data.Book, events eventsFunc) error {
	if f.serve {
		return serveFeed(ctx, cmd.OutOrStdout(), cmd.ErrOrStderr(), b, f, events)
	}
	path := f.ics
	if path == stdoutFile && len(args) == 1 {
		path = args[0]
	}
	return writeFeed(ctx, cmd.OutOrStdout(), cmd.ErrOrStderr(), path, events)
}

// writeFeed writes the calendar to path, whole or not at all, and says how
// many follow-ups it holds; to out when path is "-".
func writeFeed(ctx context.Context, out, say io.Writer, path string, events eventsFunc) error {
	list, err := events(ctx)
	if err != nil {
		return err
	}
	name := words.T("cli.calendar.name")
	if path == stdoutFile {
		return quietPipe(calendar.Write(out, name, list))
	}
	if err := writeWholeFile(path, func(w io.Writer) error { return calendar.Write(w, name, list) }); err != nil {
		return err
	}
	fmt.Fprintln(say, words.N("cli.calendar.written", len(list), words.V{"File": path}))
	return nil
}

// serveFeed serves the calendar on --addr until ctx ends (ctrl+c),
// reading the events again after each write to the book. The address,
// with its token, is printed once: it is the secret.
func serveFeed(ctx context.Context, out, say io.Writer, b *data.Book, f feedFlags, events eventsFunc) error {
	ln, err := listenForFeed(f.addr)
	if err != nil {
		return err
	}
	token, err := feedToken(f.newToken)
	if err != nil {
		ln.Close()
		return err
	}
	feed := calendar.NewFeed(token, func(ctx context.Context) ([]byte, error) { return renderFeed(ctx, events) },
		func(err error) {
			showError(say, errors.New(words.T("cli.calendar.render-failed", words.V{"Cause": phrase(err)})))
		})
	w, err := b.Watch(ctx)
	if err != nil {
		ln.Close()
		return err
	}
	following, stop := context.WithCancel(ctx)
	followed := make(chan struct{})
	go func() { followBook(following, w, feed); close(followed) }()
	defer func() { stop(); <-followed; w.Close() }()
	fmt.Fprintln(out, words.T("cli.calendar.serving", words.V{"URL": "http://" + ln.Addr().String() + feed.Path()}))
	if err := calendar.Serve(ctx, ln, feed); err != nil {
		return err
	}
	fmt.Fprintln(say, words.T("cli.calendar.stopped"))
	return nil
}

// listenForFeed opens addr, saying in words what is wrong with it.
func listenForFeed(addr string) (net.Listener, error) {
	ln, err := calendar.Listen(addr)
	var addrErr *net.AddrError
	switch {
	case err == nil:
		return ln, nil
	case errors.Is(err, calendar.ErrNotLoopback):
		return nil, saidError{words.T("cli.calendar.not-loopback", words.V{"Addr": addr}), err}
	case errors.As(err, &addrErr):
		return nil, saidError{words.T("cli.calendar.bad-addr", words.V{"Addr": addr}), err}
	case errors.Is(err, syscall.EADDRINUSE):
		return nil, saidError{words.T("cli.calendar.port-taken", words.V{"Addr": addr}), err}
	}
	return nil, saidError{words.T("cli.calendar.cannot-listen", words.V{"Addr": addr, "Cause": err.Error()}), err}
}

func renderFeed(ctx context.Context, events eventsFunc) ([]byte, error) {
	list, err := events(ctx)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = calendar.Write(&b, words.T("cli.calendar.name"), list)
	return b.Bytes(), err
}

// watchPace is how often the feed looks for a write to a book in a file;
// a server's book tells of one as it commits.
const watchPace = 2 * time.Second

// followBook marks the feed stale after each write to the book, until ctx
// ends. A failed look is tried again at the next beat.
func followBook(ctx context.Context, w *data.Watcher, feed *calendar.Feed) {
	for ctx.Err() == nil {
		w.Wait(ctx, watchPace)
		if changed, err := w.Changed(ctx); changed || err != nil {
			feed.Changed()
		}
	}
}

// followUpEvents reads the book's open follow-ups as calendar events: one
// all-day event per follow-up set for a day, a timed one where it has a
// time. Their UIDs, followup-<contact id>@<book identity>, stay the same
// from one export to the next, so that a calendar updates its event.
func followUpEvents(b *data.Book) eventsFunc {
	return func(ctx context.Context) ([]calendar.Event, error) {
		id, err := b.Identity(ctx)
		if err != nil {
			return nil, err
		}
		lc, err := b.Lifecycle(ctx)
		if err != nil {
			return nil, err
		}
		due, err := b.OpenFollowUps(ctx)
		if err != nil {
			return nil, err
		}
		events := make([]calendar.Event, len(due))
		for i, f := range due {
			events[i] = calendar.Event{
				UID:   "followup-" + strconv.FormatInt(f.ContactID, 10) + "@" + id,
				Start: f.Due, AllDay: !f.TimeGiven, Stamp: f.SetAt,
				Summary: words.T("cli.calendar.summary", words.V{"Name": f.Name}),
				Description: words.T("cli.calendar.details", words.V{"About": f.Summary, "Name": f.Name,
					"Phase": phaseLabel(lc, f.Phase), "Day": words.Day(f.SetAt)}),
			}
		}
		return events, nil
	}
}
