// Package calendar writes follow-ups as an iCalendar feed (RFC 5545) and
// serves that feed to a desktop calendar on a loopback address. It knows
// nothing of the book: the caller hands it events.
package calendar

import (
	"bufio"
	"errors"
	"io"
	"time"
)

// Event is one follow-up as a calendar shows it.
type Event struct {
	// UID names the event for good, so that a calendar which reads the feed
	// again updates the event instead of adding a twin. Callers derive it
	// from the book and the contact that set the follow-up, as
	// "followup-<contact id>@<book id>"; it must not change when the
	// follow-up moves to another day.
	UID string
	// Start is the day (AllDay) or the moment the follow-up is due. An
	// all-day event takes the calendar date of Start in Start's own
	// location; a timed one lasts TimedLength from Start, written in UTC.
	Start  time.Time
	AllDay bool
	// Summary is the event's title (the customer's name), Description its
	// context; both are plain text and may hold any character.
	Summary, Description string
	// Stamp is when the feed was made (DTSTAMP); it is required.
	Stamp time.Time
}

// TimedLength is how long a follow-up with a time of day lasts in a
// calendar: long enough to be seen, short enough not to block a morning.
const TimedLength = 30 * time.Minute

// ErrNoStamp is returned for an event without a Stamp: RFC 5545 requires
// DTSTAMP, and inventing one here would make the output change from run to run.
var ErrNoStamp = errors.New("calendar: an event needs a stamp")

// ErrNoUID is returned for an event without a UID, which no calendar could
// tell apart from the next export's.
var ErrNoUID = errors.New("calendar: an event needs a UID")

const (
	prodID = "-//tend//follow-ups//EN"
	// refresh tells a subscribed calendar how often to look again.
	refresh = "PT15M"
)

// Write writes events as one VCALENDAR called name. Every line ends in
// CRLF and is folded at 75 octets; text is escaped and stripped of control
// characters, so any name in the book gives a valid file.
func Write(w io.Writer, name string, events []Event) error {
	for _, e := range events {
		if e.Stamp.IsZero() {
			return ErrNoStamp
		}
		if e.UID == "" {
			return ErrNoUID
		}
	}
	lw := &lineWriter{w: bufio.NewWriter(w)}
	lw.line("BEGIN:VCALENDAR")
	lw.line("VERSION:2.0")
	lw.line("PRODID:" + prodID)
	lw.line("CALSCALE:GREGORIAN")
	lw.line("METHOD:PUBLISH")
	lw.line("X-WR-CALNAME:" + Text(name))
	lw.line("REFRESH-INTERVAL;VALUE=DURATION:" + refresh)
	lw.line("X-PUBLISHED-TTL:" + refresh)
	for _, e := range events {
		writeEvent(lw, e)
	}
	lw.line("END:VCALENDAR")
	return lw.flush()
}

func writeEvent(lw *lineWriter, e Event) {
	lw.line("BEGIN:VEVENT")
	lw.line("UID:" + Text(e.UID))
	lw.line("DTSTAMP:" + utc(e.Stamp))
	if e.AllDay {
		day := time.Date(e.Start.Year(), e.Start.Month(), e.Start.Day(), 0, 0, 0, 0, time.UTC)
		lw.line("DTSTART;VALUE=DATE:" + day.Format(dateForm))
		lw.line("DTEND;VALUE=DATE:" + day.AddDate(0, 0, 1).Format(dateForm))
	} else {
		lw.line("DTSTART:" + utc(e.Start))
		lw.line("DTEND:" + utc(e.Start.Add(TimedLength)))
	}
	lw.line("SUMMARY:" + Text(e.Summary))
	if e.Description != "" {
		lw.line("DESCRIPTION:" + Text(e.Description))
	}
	// A follow-up is a reminder, not a meeting: it must not make the
	// user look busy to colleagues who see their free time.
	lw.line("TRANSP:TRANSPARENT")
	lw.line("END:VEVENT")
}

const (
	dateForm = "20060102"
	utcForm  = "20060102T150405Z"
)

func utc(t time.Time) string { return t.UTC().Format(utcForm) }
