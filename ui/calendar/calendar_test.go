package calendar

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

var update = flag.Bool("update", false, "rewrite the golden feed")

var stamp = time.Date(2026, 12, 7, 9, 15, 0, 0, time.UTC)

// hostile are the texts a book may hold that a careless writer would
// turn into a broken or misleading file.
var hostile = []Event{
	{UID: "followup-1@book-a", Start: time.Date(2026, 12, 8, 0, 0, 0, 0, time.Local), AllDay: true,
		Summary: "Müller, Jäger & Söhne; GmbH", Description: "Call back about the order\nAsk for the new address", Stamp: stamp},
	{UID: "followup-2@book-a", Start: time.Date(2026, 12, 9, 14, 30, 0, 0, time.FixedZone("CET", 3600)),
		Summary: "Café 😀 Ñandú", Description: `A back\slash, a \n that is not a line break, and \; \,`, Stamp: stamp},
	{UID: "followup-3@book-a", Start: time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC), AllDay: true,
		Summary: strings.Repeat("Ü", 60), Description: strings.Repeat("long context ☕, ", 40), Stamp: stamp},
}

func render(t testing.TB, name string, events []Event) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, name, events); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.Bytes()
}

func TestTheFeedIsTheGoldenFile(t *testing.T) {
	got := render(t, "tend: follow-ups, Acme", hostile)
	path := filepath.Join("testdata", "followups.ics")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("feed differs from %s (rerun with -update and review the diff):\n%s", path, got)
	}
}

func TestEveryLineEndsInCRLFAndFitsInSeventyFiveOctets(t *testing.T) {
	out := render(t, "Follow-ups", hostile)
	checkLines(t, out)
}

// checkLines holds the RFC's rules for lines: CRLF after each, at most 75
// octets, valid UTF-8 on every line (no sequence cut by a fold), and no
// control character.
func checkLines(t testing.TB, out []byte) {
	t.Helper()
	if !bytes.HasSuffix(out, []byte("\r\n")) {
		t.Fatalf("the feed does not end in CRLF")
	}
	for i, l := range strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n") {
		if len(l) > maxLine {
			t.Errorf("line %d has %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d cuts a UTF-8 sequence: %q", i+1, l)
		}
		for _, r := range l {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Errorf("line %d holds control character %U: %q", i+1, r, l)
			}
		}
	}
}

// readBack parses out with a calendar library that is not ours and checks
// that every event comes back as it went in.
func readBack(t testing.TB, out []byte, events []Event) {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("the feed does not parse: %v\n%s", err, out)
	}
	got := cal.Events()
	if len(got) != len(events) {
		t.Fatalf("parsed %d events, wrote %d", len(got), len(events))
	}
	for i, e := range events {
		checkEvent(t, got[i], e)
	}
}

func checkEvent(t testing.TB, got *ics.VEvent, e Event) {
	t.Helper()
	same := func(what string, p ics.ComponentProperty, want string) {
		t.Helper()
		prop := got.GetProperty(p)
		if prop == nil {
			if want != "" {
				t.Errorf("%s: %s missing, want %q", e.UID, what, want)
			}
			return
		}
		if prop.Value != want {
			t.Errorf("%s: %s = %q, want %q", e.UID, what, prop.Value, want)
		}
	}
	same("UID", ics.ComponentPropertyUniqueId, cleanText(e.UID))
	same("SUMMARY", ics.ComponentPropertySummary, cleanText(e.Summary))
	same("DESCRIPTION", ics.ComponentPropertyDescription, cleanText(e.Description))
	checkTimes(t, got, e)
}

func checkTimes(t testing.TB, got *ics.VEvent, e Event) {
	t.Helper()
	if st, err := got.GetDtStampTime(); err != nil || !st.Equal(e.Stamp.Truncate(time.Second)) {
		t.Errorf("%s: DTSTAMP = %v (%v), want %v", e.UID, st, err, e.Stamp)
	}
	if e.AllDay {
		start, err := got.GetAllDayStartAt()
		end, err2 := got.GetAllDayEndAt()
		y, m, d := e.Start.Date()
		if err != nil || err2 != nil || start.Year() != y || start.Month() != m || start.Day() != d ||
			!end.Equal(start.AddDate(0, 0, 1)) {
			t.Errorf("%s: all-day %v–%v (%v %v), want the date %d-%02d-%02d for one day", e.UID, start, end, err, err2, y, m, d)
		}
		return
	}
	start, err := got.GetStartAt()
	end, err2 := got.GetEndAt()
	want := e.Start.Truncate(time.Second)
	if err != nil || err2 != nil || !start.Equal(want) || !end.Equal(want.Add(TimedLength)) {
		t.Errorf("%s: %v–%v (%v %v), want %v for %v", e.UID, start, end, err, err2, want, TimedLength)
	}
}

func TestAParserReadsBackEveryField(t *testing.T) {
	readBack(t, render(t, "Follow-ups", hostile), hostile)
}

func TestTheCalendarIsNamed(t *testing.T) {
	cal, err := ics.ParseCalendar(bytes.NewReader(render(t, "Acme; Müller, Söhne", nil)))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range cal.CalendarProperties {
		if p.IANAToken == "X-WR-CALNAME" {
			if p.Value != "Acme; Müller, Söhne" {
				t.Errorf("X-WR-CALNAME = %q", p.Value)
			}
			return
		}
	}
	t.Error("no X-WR-CALNAME")
}

func TestControlCharactersAreReplacedNotPassedOn(t *testing.T) {
	e := Event{UID: "u@b", Start: stamp, Stamp: stamp,
		Summary: "Evil\x1b[31m\x00Corp\r\nLtd\tX\u0085\xff", Description: "a\rb"}
	out := render(t, "x", []Event{e})
	checkLines(t, out)
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if got := cal.Events()[0].GetProperty(ics.ComponentPropertySummary).Value; got != "Evil\uFFFD[31m\uFFFDCorp\nLtd X\uFFFD\uFFFD" {
		t.Errorf("SUMMARY = %q", got)
	}
}

func TestAnEventWithoutStampOrUIDIsRefused(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "x", []Event{{UID: "u"}}); !errors.Is(err, ErrNoStamp) {
		t.Errorf("no stamp: %v", err)
	}
	if err := Write(&b, "x", []Event{{Stamp: stamp}}); !errors.Is(err, ErrNoUID) {
		t.Errorf("no UID: %v", err)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %d bytes before refusing", b.Len())
	}
}

func TestFoldingNeverCutsAUTF8Sequence(t *testing.T) {
	// Every offset of a four-octet emoji against the fold.
	for pad := range 5 {
		e := Event{UID: "u@b", Start: stamp, Stamp: stamp, Summary: strings.Repeat("a", pad) + strings.Repeat("😀", 50)}
		out := render(t, "x", []Event{e})
		checkLines(t, out)
		readBack(t, out, []Event{e})
	}
}
