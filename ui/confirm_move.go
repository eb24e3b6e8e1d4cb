package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// moveOffer is the move a purchase most likely means: a lead who buys has
// become a customer, so the first owning phase is offered.
type moveOffer struct {
	customer lifecycle.Customer
	from, to lifecycle.Phase
}

// offerFor is the move offered after customer c bought for amount: from a
// buying phase to the first owning phase the board shows; nil for anyone
// else, and for a refund.
func offerFor(lc lifecycle.Lifecycle, c lifecycle.Customer, amount lifecycle.Money) *moveOffer {
	from, err := lc.Find(c.Phase)
	if err != nil || from.Group != lifecycle.Buying || amount <= 0 {
		return nil
	}
	to, ok := lc.First(lifecycle.Owning)
	if !ok {
		return nil
	}
	return &moveOffer{customer: c, from: from, to: to}
}

// offering has a purchase's answer carry the move it offers.
func offering(cmd tea.Cmd, offer *moveOffer) tea.Cmd {
	if offer == nil {
		return cmd
	}
	return func() tea.Msg {
		msg := cmd()
		if w, ok := msg.(writtenMsg); ok {
			w.offer = offer
			return w
		}
		return msg
	}
}

// confirmMove asks whether to make the move a purchase offers.
type confirmMove struct{ offer *moveOffer }

// key moves on y; any other key keeps the customer where they are.
func (q confirmMove) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() != "y" {
		return nil
	}
	return m.write(moveCmd(m.ctx, m.book, q.offer.customer, q.offer.to, lifecycle.Why{}))
}

func (q confirmMove) view(sh *shared) string {
	return question(sh, words.T("board.offer-move.question", words.V{"Name": text.Fit(q.offer.customer.Name, 40), "Phase": text.Clean(q.offer.to.Label)}),
		words.T("board.offer-move.note"))
}

func (q confirmMove) helpLine(sh *shared) string {
	return sh.hint(words.T("board.offer-move.hint", words.V{"Phase": text.Clean(q.offer.to.Label), "From": text.Clean(q.offer.from.Label)}))
}
