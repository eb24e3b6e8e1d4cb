package ui

import (
	"strings"
	"testing"
)

// TestAnswersReachTheScreenUnderTheHelp checks that what the book sends
// back goes to the screen that asked for it while the help lies over it,
// and that closing the help shows it.
func TestAnswersReachTheScreenUnderTheHelp(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	msgs := pressOnly(h, "i")
	h.press("?")
	if !h.on(helpBox{}) {
		t.Fatalf("? on the insights opened %s", h.topName())
	}
	h.send(msgs...) // the funnel, then the rest it starts
	if !h.m.insights.hasFunnel || !h.m.insights.loaded {
		t.Fatalf("the figures did not reach the insights under the help")
	}
	h.press("esc")
	if !h.on((*insightsView)(nil)) {
		t.Fatalf("closing the help left %s on top", h.topName())
	}
	lineWith(t, h.screen(), "total                                                           20")
}

// TestACustomerReadReachesItsScreenUnderAForm checks that the customer
// screen takes in a read of its customer while a form lies over it, and
// that closing its screen drops a later one.
func TestACustomerReadReachesItsScreenUnderAForm(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.openCustomer("Anna Fischer")
	s := h.customer()
	msg := loadCustomerCmd(h.ctx, h.book, s.id)()
	read := msg.(customerLoadedMsg)
	read.customer.Owner = "Someone Else"
	h.press("c")
	h.send(read)
	if s.customer.Owner != "Someone Else" {
		t.Errorf("the customer screen under the form kept owner %q", s.customer.Owner)
	}
	h.press("esc", "esc")
	read.customer.Owner = "Nobody"
	h.send(read)
	if strings.Contains(h.screen(), "Nobody") || s.customer.Owner == "Nobody" {
		t.Error("a closed customer screen took in a read")
	}
}
