package calendar

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// pieces are what random texts are made of: the characters that need
// escaping, multi-octet ones, controls, and plain words.
var pieces = []string{"a", "Müller", " ", ",", ";", `\`, `\n`, "\n", "\r\n", "\r", "\t", ":", `"`,
	"😀", "ß", "€", "中文", "\x00", "\x1b", "\x7f", "\u0085", "\xff", "\u200b", "Z"}

func randomText(r *rand.Rand, max int) string {
	var b strings.Builder
	for range r.IntN(max) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func randomEvent(r *rand.Rand, i int) Event {
	zones := []*time.Location{time.UTC, time.FixedZone("CET", 3600), time.FixedZone("NPT", 5*3600+45*60)}
	start := time.Date(2020+r.IntN(10), time.Month(1+r.IntN(12)), 1+r.IntN(28),
		r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1e9), zones[r.IntN(len(zones))])
	return Event{
		UID:         "followup-" + randomText(r, 4) + "x@book",
		Start:       start,
		AllDay:      r.IntN(2) == 0,
		Summary:     randomText(r, 40),
		Description: randomText(r, 200),
		Stamp:       start.Add(-time.Duration(r.IntN(1e6)) * time.Second),
	}
}

func TestRandomEventsParseAndComeBackWhole(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 5545))
	for round := range 300 {
		events := make([]Event, r.IntN(6))
		for i := range events {
			events[i] = randomEvent(r, i)
		}
		out := render(t, randomText(r, 10), events)
		checkLines(t, out)
		readBack(t, out, events)
		if t.Failed() {
			t.Fatalf("round %d failed", round)
		}
	}
}

func FuzzWrite(f *testing.F) {
	f.Add("Müller, Jäger; GmbH", "line\nbreak \\n", "followup-1@b", int64(1796000000), true)
	f.Add(strings.Repeat("😀", 30), strings.Repeat("ä,", 90), "u", int64(0), false)
	f.Add("\x00\x1b[31m\r\n\t\xff", "\\;\\,\\\\", "a;b,c", int64(-86400*365), false)
	f.Fuzz(func(t *testing.T, summary, description, uid string, unix int64, allDay bool) {
		if uid == "" {
			uid = "u"
		}
		start := time.Unix(unix%(1<<33), 0).UTC()
		events := []Event{{UID: uid, Start: start, AllDay: allDay, Summary: summary, Description: description, Stamp: stamp}}
		var b bytes.Buffer
		if err := Write(&b, summary, events); err != nil {
			t.Fatal(err)
		}
		checkLines(t, b.Bytes())
		readBack(t, b.Bytes(), events)
	})
}
