package ui

import (
	"net/url"
	"os"
	"strings"
	"testing"

	"tend/lifecycle"
)

// openedLink is the one link the fake opener was given.
func openedLink(t *testing.T, args string) *url.URL {
	t.Helper()
	got, err := os.ReadFile(args)
	if err != nil {
		t.Fatalf("no mail program was opened: %v", err)
	}
	u, err := url.Parse(strings.TrimSuffix(string(got), "\n"))
	if err != nil || u.Scheme != "mailto" {
		t.Fatalf("the opener was given %q (%v)", got, err)
	}
	return u
}

// TestAtWritesTheDraftInTheMailProgram presses @ in the draft box, and
// again on the customer's screen after it closed: both open the message
// with the draft's subject and body, the box staying for s.
func TestAtWritesTheDraftInTheMailProgram(t *testing.T) {
	args := fakeOpener(t)
	h := newHarness(t, fixedBook(t), 120, 40)
	d := h.draftOf("Jürgen Müller", "2")
	if !strings.Contains(h.screen(), "@ e-mail") {
		t.Errorf("the draft box does not offer @:\n%s", h.screen())
	}
	for _, where := range []string{"draft box", "customer screen"} {
		os.Remove(args)
		h.press("@")
		u := openedLink(t, args)
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil || u.Opaque != "j.mueller@mueller-mb.de" || q.Get("subject") != d.draft.Subject || q.Get("body") != crlf(d.draft.Body) {
			t.Errorf("@ on the %s opened %q (%v), want the draft %+v", where, u, err, d.draft)
		}
		if s := h.statusLine(); !strings.Contains(s, "with the draft miss-you") {
			t.Errorf("status after @ on the %s = %q", where, s)
		}
		if where == "draft box" {
			if h.m.top() != d {
				t.Fatalf("@ closed the draft box: %s", h.topName())
			}
			h.press("esc")
		}
	}
}

// TestALongDraftGoesByTheClipboard gives @ a draft whose link would be
// longer than mail programs take: the link carries the subject alone and
// the whole body goes to the clipboard, said so.
func TestALongDraftGoesByTheClipboard(t *testing.T) {
	args := fakeOpener(t)
	h := newHarness(t, fixedBook(t), 120, 40)
	id := idOf(t, h.book, "Jürgen Müller")
	long := lifecycle.Draft{Template: "renewal", Subject: "Your renewal", Body: strings.Repeat("Dear Jürgen, a line of the letter.\n", 80)}
	msg, ok := mailCmd(t.Context(), h.book, id, mailEnv(), long)().(reachedMsg)
	if !ok || msg.copy != long.Body || !strings.Contains(msg.said, "too long for a link") {
		t.Fatalf("@ with a long draft came to %+v", msg)
	}
	u := openedLink(t, args)
	if q, _ := url.ParseQuery(u.RawQuery); q.Get("subject") != long.Subject || q.Has("body") || len(u.String()) > mailtoLimit {
		t.Errorf("the link of a long draft is %q", u)
	}
	short := lifecycle.Draft{Template: "thanks", Subject: "Thank you", Body: "Hi Jürgen,\nthank you."}
	if link, rest := draftLink("j@x.de", short); rest != "" || !strings.Contains(link, "&body=Hi%20J%C3%BCrgen,%0D%0Athank%20you.") {
		t.Errorf("a short draft's link is %q, left over %q", link, rest)
	}
}
