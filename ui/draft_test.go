package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"tend/ui/words"
)

// draftOf opens the draft of the template at number n of the picker to the
// customer named, from the customer's screen.
func (h *harness) draftOf(name, n string) *draftBox {
	h.t.Helper()
	h.openCustomer(name)
	h.press("D")
	if !h.on((*picker)(nil)) {
		h.t.Fatalf("D opened %s:\n%s", h.topName(), h.screen())
	}
	h.press(n)
	d, ok := h.m.top().(*draftBox)
	if !ok {
		h.t.Fatalf("the picker opened %s:\n%s", h.topName(), h.screen())
	}
	return d
}

func TestDCopiesADraftToTheClipboardAndSentLogsIt(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	d := h.draftOf("Lukas Becker", "2")
	if screen := h.screen(); !strings.Contains(screen, "Draft to Lukas Becker · miss-you") || !strings.Contains(screen, "Subject: We miss you, Lukas") {
		t.Fatalf("the draft box:\n%s", screen)
	}
	copied := ""
	for _, msg := range h.m.top().key(&h.m, tea.KeyPressMsg{Code: 'y', Text: "y"})().(tea.BatchMsg) {
		if msg := msg(); fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
			copied = fmt.Sprint(msg)
		}
	}
	if copied != d.whole() || !strings.HasPrefix(copied, "Subject: We miss you, Lukas\n\nHi Lukas,\n") {
		t.Errorf("copied %q", copied)
	}
	before := len(h.customer().events)
	h.press("s")
	if got := h.statusLine(); !strings.HasPrefix(got, "Logged email with Lukas Becker") {
		t.Errorf("status line %q", got)
	}
	if s := h.customer(); len(s.events) != before+1 || !strings.Contains(h.screen(), "Sent the draft miss-you: We mis") {
		t.Errorf("the timeline after s:\n%s", h.screen())
	}
}

func TestDOnTheBoardDraftsToTheSelectedCard(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Lukas Becker")
	h.press("D", "4")
	if d, ok := h.m.top().(*draftBox); !ok || d.customer.ID != c.ID || d.draft.Template != "thanks" {
		t.Fatalf("D on the board opened %s:\n%s", h.topName(), h.screen())
	}
	h.press("esc")
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("esc left %s", h.topName())
	}
}

// TestDOnTheListsDraftsToTheSelectedCustomer opens the same picker and
// draft box from the re-engagement list and the agenda, for the customer
// selected there, and esc goes back to the list.
func TestDOnTheListsDraftsToTheSelectedCustomer(t *testing.T) {
	t.Parallel()
	for name, open := range map[string]func(*testing.T) (*harness, int64){
		"triage": func(t *testing.T) (*harness, int64) {
			h := triageHarness(t)
			e, _ := h.m.triage.selected()
			return h, e.ID
		},
		"agenda": func(t *testing.T) (*harness, int64) {
			h := agendaHarness(t)
			f, _ := h.m.agenda.selected()
			return h, f.CustomerID
		},
	} {
		t.Run(name, func(t *testing.T) {
			h, id := open(t)
			list := h.m.top()
			if !strings.Contains(h.screen(), "D draft") {
				t.Errorf("the footer does not offer D:\n%s", h.screen())
			}
			h.press("D", "4")
			if d, ok := h.m.top().(*draftBox); !ok || d.customer.ID != id || d.draft.Template != "thanks" {
				t.Fatalf("D opened %s:\n%s", h.topName(), h.screen())
			}
			h.press("esc")
			if h.m.top() != list {
				t.Errorf("esc left %s", h.topName())
			}
		})
	}
}

// TestGoldenDraft draws the picker of templates and a draft box at 80×24,
// in English and in German.
func TestGoldenDraft(t *testing.T) {
	book := fixedBook(t)
	for _, lang := range []string{"en", "de"} {
		for name, keys := range map[string][]string{"draft_picker": {"D"}, "draft_box": {"D", "3"}} {
			t.Run(name+"_"+lang+"_80x24", func(t *testing.T) {
				t.Cleanup(words.Use(lang))
				h := newHarness(t, book, 80, 24)
				h.goTo("Lukas Becker")
				h.press(keys...)
				golden.RequireEqual(t, h.screen())
			})
		}
	}
}
