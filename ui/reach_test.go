package ui

import (
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"tend/lifecycle"
)

// TestYCopiesTheSelectedCustomersAddressOrPhone presses y e and y p on
// the board and on the customer screen: the address or number goes to the
// terminal's clipboard and the status line says what was copied; one the
// customer lacks is said, and nothing copied.
func TestYCopiesTheSelectedCustomersAddressOrPhone(t *testing.T) {
	b := fixedBook(t)
	h := newHarness(t, b, 120, 40)
	c := h.goTo("Emily Clarke")
	h.press("y")
	if !h.on(copyPending{}) {
		t.Fatalf("y left %s on top, want the copy waiting for e or p", h.topName())
	}
	if foot := h.lines()[len(h.lines())-1]; !strings.Contains(foot, "e e-mail address") || !strings.Contains(foot, "p phone number") {
		t.Errorf("the footer while y waits says %q, want what e and p copy", foot)
	}
	h.press("e")
	if want := []string{"emily@clarkesons.co.uk"}; !equalStrings(h.clipboard, want) {
		t.Errorf("y e copied %q, want %q", h.clipboard, want)
	}
	if s := h.statusLine(); !strings.Contains(s, "e-mail address copied: emily@clarkesons.co.uk") {
		t.Errorf("status after y e = %q", s)
	}
	h.press("y", "p")
	if s := h.statusLine(); !strings.Contains(s, "Emily Clarke has no phone number") || len(h.clipboard) != 1 {
		t.Errorf("y p without a phone: status %q, clipboard %q", s, h.clipboard)
	}
	if _, err := b.EditCustomer(h.ctx, c.ID, func(c *lifecycle.Customer) error { c.Phone = "+44 20 7946 0018"; return nil }); err != nil {
		t.Fatal(err)
	}
	h.press("enter", "y", "p")
	if !h.on(&customerScreen{}) || len(h.clipboard) != 2 || h.clipboard[1] != "+44 20 7946 0018" {
		t.Errorf("y p on the customer screen: on %s, clipboard %q", h.topName(), h.clipboard)
	}
}

// TestEscCancelsAPendingCopy leaves y without copying, and a key that
// means nothing after y copies nothing either.
func TestEscCancelsAPendingCopy(t *testing.T) {
	h := newHarness(t, fixedBook(t), 120, 40)
	h.goTo("Emily Clarke")
	h.press("y", "esc")
	if !h.on(&boardScreen{}) || len(h.clipboard) != 0 {
		t.Errorf("y esc: on %s, clipboard %q", h.topName(), h.clipboard)
	}
	h.press("y", "x")
	if !h.on(&boardScreen{}) || len(h.clipboard) != 0 {
		t.Errorf("y x: on %s, clipboard %q", h.topName(), h.clipboard)
	}
}

// TestYCopiesOnTheReEngagementList copies the address of the customer of
// the selected line.
func TestYCopiesOnTheReEngagementList(t *testing.T) {
	h := newHarness(t, fixedBook(t), 120, 40)
	h.press("t")
	if !h.on(&triageList{}) {
		t.Fatalf("t opened %s, want the re-engagement list", h.topName())
	}
	h.press("j") // a line other than the board's selected card
	e, ok := h.m.triage.selected()
	if !ok {
		t.Fatal("the re-engagement list is empty")
	}
	// The line knows no address: y reads the customer as stored now.
	if _, err := h.book.EditCustomer(h.ctx, e.ID, func(c *lifecycle.Customer) error { c.Email = "due@example.com"; return nil }); err != nil {
		t.Fatal(err)
	}
	h.press("y", "e")
	if !equalStrings(h.clipboard, []string{"due@example.com"}) {
		t.Errorf("y e on the list copied %q, want due@example.com", h.clipboard)
	}
}

func equalStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

// TestMailtoLinksEscapeAsRFC6068Says builds links from hostile parts.
func TestMailtoLinksEscapeAsRFC6068Says(t *testing.T) {
	for _, tc := range []struct{ to, subject, body, want string }{
		{"anna@fischer.de", "", "", "mailto:anna@fischer.de"},
		{"anna+crm@fischer.de", "", "", "mailto:anna+crm@fischer.de"},
		{"jürgen@müller.de", "", "", "mailto:j%C3%BCrgen@m%C3%BCller.de"},
		{"a,b@x.de", "", "", "mailto:a%2Cb@x.de"},
		{`"a b"?c#d%e@x.de`, "", "", "mailto:%22a%20b%22%3Fc%23d%25e@x.de"},
		{"a@x.de", "Hello & welcome = 100%", "", "mailto:a@x.de?subject=Hello%20%26%20welcome%20%3D%20100%25"},
		{"a@x.de", "", "Line 1\nLine 2+3\r\nEnd", "mailto:a@x.de?body=Line%201%0D%0ALine%202%2B3%0D%0AEnd"},
		{"a@x.de", "Grüße", "?#/", "mailto:a@x.de?subject=Gr%C3%BC%C3%9Fe&body=%3F%23%2F"},
	} {
		if got := mailtoURL(tc.to, tc.subject, tc.body); got != tc.want {
			t.Errorf("mailtoURL(%q, %q, %q) = %q, want %q", tc.to, tc.subject, tc.body, got, tc.want)
		}
	}
}

// TestAMailProgramOpensOnlyOnADesktop decides by the system and its
// variables whether an opener is run, and which.
func TestAMailProgramOpensOnlyOnADesktop(t *testing.T) {
	for _, tc := range []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"linux", nil, ""},
		{"linux", map[string]string{"DISPLAY": ":0"}, "xdg-open"},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0", "SSH_CONNECTION": "1 2 3 4"}, "xdg-open"},
		{"freebsd", map[string]string{"DISPLAY": ":0"}, "xdg-open"},
		{"darwin", nil, "open"},
		{"darwin", map[string]string{"SSH_CONNECTION": "10.0.0.1 22 10.0.0.2 22"}, ""},
		{"windows", map[string]string{"DISPLAY": ":0"}, ""},
	} {
		env := environment{goos: tc.goos, getenv: func(k string) string { return tc.env[k] }}
		if got := env.opener(); got != tc.want {
			t.Errorf("opener on %s with %v = %q, want %q", tc.goos, tc.env, got, tc.want)
		}
	}
}

// TestAtOpensAMailtoLinkThroughXdgOpen puts a fake xdg-open first on the
// PATH, which writes down its arguments: @ runs it with the link alone.
func TestAtOpensAMailtoLinkThroughXdgOpen(t *testing.T) {
	args := fakeOpener(t)
	h := newHarness(t, fixedBook(t), 120, 40)
	h.goTo("Jürgen Müller")
	h.press("@")
	got, err := os.ReadFile(args)
	if err != nil {
		t.Fatalf("@ ran no xdg-open: %v (status %q)", err, h.statusLine())
	}
	if want := "mailto:j.mueller@mueller-mb.de\n"; string(got) != want {
		t.Errorf("xdg-open was given %q, want %q", got, want)
	}
	if s := h.statusLine(); !strings.Contains(s, "opened a message to j.mueller@mueller-mb.de") {
		t.Errorf("status after @ = %q", s)
	}
	h.goTo("Sabine Weiß")
	h.press("@")
	if s := h.statusLine(); !strings.Contains(s, "Sabine Weiß has no e-mail address") {
		t.Errorf("status after @ without an address = %q", s)
	}
}

// fakeOpener puts a fake xdg-open first on the PATH, on a desktop, which
// writes its arguments one a line to the file it returns.
func fakeOpener(t *testing.T) string {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("xdg-open is the opener of Linux")
	}
	dir := t.TempDir()
	args := filepath.Join(dir, "args")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + args + "\n"
	if err := os.WriteFile(filepath.Join(dir, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("DISPLAY", ":0")
	t.Setenv("WAYLAND_DISPLAY", "")
	return args
}

// TestAtWithoutADesktopOffersTheCopy says there is no desktop and offers
// y e instead, running nothing.
func TestAtWithoutADesktopOffersTheCopy(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the variables of a Linux desktop")
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	t.Setenv("PATH", t.TempDir())
	h := newHarness(t, fixedBook(t), 120, 40)
	h.goTo("Jürgen Müller")
	h.press("@")
	if s := h.statusLine(); !strings.Contains(s, "no desktop here to open a mail program · y e copies the address") {
		t.Errorf("status after @ without a desktop = %q", s)
	}
}

// FuzzMailtoURL reads every link back as a mail program's URL parser
// does: one mailto link whose address, subject and body are what was
// given, the body's line breaks as CRLF.
func FuzzMailtoURL(f *testing.F) {
	for _, s := range [][3]string{{"anna@fischer.de", "", ""}, {"a+b@x.de", "Hi & = %", "1\n2"}, {"jürgen@müller.de", "Grüße", "?#/+ "}, {`"a,b"@x`, "\r\n", "&subject=x"}} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, to, subject, body string) {
		link := mailtoURL(to, subject, body)
		u, err := url.Parse(link)
		if err != nil {
			t.Fatalf("mailtoURL(%q, %q, %q) = %q, which does not parse: %v", to, subject, body, link, err)
		}
		addr, err := url.PathUnescape(u.Opaque)
		if u.Scheme != "mailto" || err != nil || addr != to || strings.Contains(u.Opaque, ",") {
			t.Fatalf("%q reads back as %q to %q (%v)", link, u.Scheme, addr, err)
		}
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil || q.Get("subject") != crlf(subject) || q.Get("body") != crlf(body) || len(q) > 2 {
			t.Fatalf("%q reads back as %v (%v)", link, q, err)
		}
	})
}
