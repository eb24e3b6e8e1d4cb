package ui

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"tend/data"
	"tend/ui/text"
)

// attacks are stored texts that try to take over the terminal or break the
// layout: every C0 and C1 control, cursor moves, leaving the alternate
// screen, OSC 52 (clipboard), OSC 0 (window title), OSC 8 (link), DCS and
// APC strings, the 8-bit CSI, bidirectional overrides, invalid UTF-8, and
// text that takes two cells a character or none.
var attacks = []string{
	c0c1(),
	"\x1b[10;10H\x1b[2J\x1b[?1049l\x1b[?25lMoved",
	"\x1b]52;c;ZXZpbA==\x07\x1b]0;pwned\x1b\\\x1b]8;;https://x.example\x07Link\x1b]8;;\x07",
	"\x1bP+q544e\x1b\\\x1b_apc\x1b\\\u009b31mC1 CSI\u009d0;t\u009c",
	"\u202eevil\u202c \u2067isolate\u2069 \u200fמחיר שלום عربي",
	"\xff\xfe\xc3(broken utf-8",
	"山田太郎 株式会社 🎉👩‍👩‍👧‍👦🇩🇪 Cafe\u0301 ｗｉｄｅ",
}

// c0c1 is every C0 control, DEL and every C1 control between letters.
func c0c1() string {
	var b strings.Builder
	for r := rune(0); r < 0xa0; r++ {
		if r < 0x20 || r >= 0x7f {
			b.WriteString("x")
			b.WriteRune(r)
		}
	}
	return b.String()
}

// megabyte is a 1 MB summary: a long text that ends in an escape sequence,
// in case a cut keeps the end.
var megabyte = strings.Repeat("Ü long summary 山 ", 1<<20/len("Ü long summary 山 ")) + "\x1b]52;c;ZW5k\x07"

// attackBook is the fixture with one win-back customer for each attack,
// silent since the autumn, so that each is flagged and on the re-engagement
// list; the attack is its name, company, tag (without the commas,
// semicolons and control characters a tag may not hold) and contact
// summary, and the first one's latest contact is a megabyte long, as a
// book may hold from before the limits.
func attackBook(t *testing.T) *data.Book {
	t.Helper()
	book := fixedBook(t)
	for i, a := range attacks {
		tag := strings.Map(func(r rune) rune {
			if r == ',' || r == ';' || unicode.IsControl(r) {
				return -1
			}
			return r
		}, a)
		s := customerSpec{name: a, company: a, owner: a, tags: []string{tag}, phase: "win-back", since: "2024-09-01 10:00", value: 5000,
			contacts: []contactSpec{
				{at: "2024-09-02 10:00", kind: "call", sentiment: "negative", summary: a, moment: true},
				{at: fmt.Sprintf("2024-10-0%d 10:00", i+1), kind: "email", sentiment: "neutral", summary: a, followUp: "2025-03-01 10:00"},
			}}
		if i == 0 {
			s.contacts[1].summary = "a megabyte to come"
		}
		addCustomer(t, book, s)
	}
	// Stored behind tend's back, as before its limit of 64 KiB.
	db, err := sql.Open("sqlite", book.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Exec(`UPDATE contacts SET summary = ? WHERE summary = 'a megabyte to come'`, megabyte)
	if n, _ := res.RowsAffected(); err != nil || n != 1 {
		t.Fatalf("stored the long summary in %d contacts: %v", n, err)
	}
	return book
}

// assertNoControls checks a whole screen: once the program's own colours
// are taken out, no escape, no C0 control but the line breaks, no DEL, no
// C1 control and no bidirectional control is left.
func assertNoControls(t *testing.T, where, raw string) {
	t.Helper()
	rest := sgr.ReplaceAllString(raw, "")
	for i, r := range rest {
		if r == '\n' {
			continue
		}
		if unicode.IsControl(r) || text.IsBidiControl(r) {
			t.Fatalf("%s: control %U at byte %d: %q", where, r, i, rest[max(i-40, 0):min(i+40, len(rest))])
		}
	}
}

func TestAttacksInTheBookNeverReachTheTerminal(t *testing.T) {
	t.Parallel()
	book := attackBook(t)
	for _, size := range [][2]int{{80, 24}, {160, 50}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newHarness(t, book, size[0], size[1])
			check := func(where string) {
				t.Helper()
				assertNoControls(t, where, h.raw())
				if err := viewFits(h); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				if h.on((*boardScreen)(nil)) || h.on((*triageList)(nil)) || h.on((*customerScreen)(nil)) {
					assertBodyExact(t, h)
				}
			}
			check("board")
			h.press("t")
			if n := len(h.m.triage.entries); n < len(attacks) {
				t.Fatalf("the re-engagement list has %d entries, want the %d attacks at least", n, len(attacks))
			}
			check("re-engagement list")
			for i := range h.m.triage.entries {
				check(fmt.Sprintf("re-engagement entry %d", i))
				for _, overlay := range []string{"s", "x", "l"} {
					h.press(overlay)
					check(fmt.Sprintf("entry %d overlay %s", i, overlay))
					h.press("esc")
				}
				h.press("enter")
				if !h.on((*customerScreen)(nil)) || !h.customer().loaded {
					t.Fatalf("enter on entry %d did not open the customer", i)
				}
				check(fmt.Sprintf("customer of entry %d", i))
				h.press("G")
				check(fmt.Sprintf("timeline's end of entry %d", i))
				h.press("esc", "j")
			}
		})
	}
}

// TestAttacksNeverReachTheTerminalFromTheInsights goes through the
// insights of the attack book, whose owners and tags are the attacks, with
// each owner and each tag picked as the filter.
func TestAttacksNeverReachTheTerminalFromTheInsights(t *testing.T) {
	t.Parallel()
	h := newHarness(t, attackBook(t), 80, 24)
	check := func(where string) {
		t.Helper()
		assertNoControls(t, where, h.raw())
		if err := viewFits(h); err != nil {
			t.Fatalf("%s: %v", where, err)
		}
	}
	h.press("i")
	for _, section := range []string{"1", "2", "3", "4", "5"} {
		h.press(section)
		check("section " + section)
		h.press("v")
		check("the table of section " + section)
		h.press("v")
	}
	for _, picker := range []string{"o", "t"} {
		h.press(picker)
		choices := len(h.picker().values)
		h.press("esc")
		if choices < len(attacks) {
			t.Fatalf("picker %s offers %d choices, want the %d attacks at least", picker, choices, len(attacks))
		}
		// The first choice is all customers; each after it is a filter.
		for i := 1; i < choices; i++ {
			h.press(picker)
			check(fmt.Sprintf("picker %s", picker))
			for range i {
				h.press("down")
			}
			h.press("enter")
			if h.m.insights.owner+h.m.insights.tag == "" {
				t.Fatalf("picker %s, choice %d: no filter", picker, i)
			}
			check(fmt.Sprintf("picker %s, choice %d", picker, i))
			h.press("x")
		}
	}
}
