// Package demo makes up a demo book: customers with two years of
// contacts, purchases and moves between phases, each drawn from a story
// (a lead that buys or not, a buyer who keeps buying or drifts away, an
// account manager who tries to win them back). It holds no SQL: the store
// writes what it makes.
package demo

import (
	"context"
	"time"

	"tend/lifecycle"
)

// Maker is what every customer of one demo book is made from.
type Maker struct {
	seed   int64
	now    time.Time
	stages stages
	// german makes a German book: every customer German, every summary
	// and note in German, for a reader who reads tend in German.
	german bool
}

// NewMaker makes the customers of a demo book with the seed, up to now, in
// the book's lifecycle, which must show a buying, an owning and an ended
// phase.
func NewMaker(seed int64, now time.Time, lc lifecycle.Lifecycle) (Maker, error) {
	st, err := stagesOf(lc)
	return Maker{seed: seed, now: now, stages: st}, err
}

// InGerman is the maker of the same book in German: German customers
// and companies, and the contacts' summaries and the purchases' notes in
// German.
func (g Maker) InGerman() Maker {
	g.german = true
	return g
}

// ChunkSize is how many customers Chunks makes at a time, so that memory
// stays the same however large the book.
const ChunkSize = 1000

// Chunks makes the customers numbered 1 to n, ChunkSize at a time, on a
// goroutine of its own, until done or ctx ends.
func (g Maker) Chunks(ctx context.Context, n int) <-chan []Customer {
	out := make(chan []Customer, 1)
	go func() {
		defer close(out)
		for first := 1; first <= n; first += ChunkSize {
			chunk := make([]Customer, 0, ChunkSize)
			for id := first; id < first+ChunkSize && id <= n; id++ {
				chunk = append(chunk, g.Customer(int64(id)))
			}
			select {
			case out <- chunk:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Customer makes up the customer numbered id. It depends on nothing but the
// seed, the id and the clock, so that a book comes out the same each time.
func (g Maker) Customer(id int64) Customer {
	rng := newDemoSource(g.seed, id)
	b := drawBuyer(rng)
	s := drawStory(rng, b, g.now)
	value := b.yearlyValue()
	prof := drawProfile(rng, value, g.german)
	c := Customer{Customer: lifecycle.Customer{
		ID: id, Name: prof.person.name(), Company: prof.company, Email: prof.email, Phone: prof.phone,
		Owner: drawOwner(rng), Value: value, CreatedAt: s.created,
	}}
	c.History.Purchases = purchasesFor(rng, id, b, s.purchases)
	c.History.Moves = g.stages.phasePath(rng, id, s)
	c.History.Contacts = contactsFor(rng, newWording(g.seed, id, prof.region.german), id, s, g.now)
	last := c.History.Moves[len(c.History.Moves)-1]
	c.Phase, c.PhaseSince = last.To, last.At
	c.Tags = tagsFor(rng, prof, c.Value)
	c.Triage = Triage{LastAttempt: s.winBack.lastOffer(), SnoozedUntil: s.snoozedUntil()}
	if g.german {
		c.History.inGerman()
	}
	c.markFlags(rng, s, g.now)
	c.addUp()
	c.Normalize()
	return c
}
