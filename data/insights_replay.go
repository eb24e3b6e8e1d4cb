package data

import (
	"time"

	"tend/lifecycle"
)

// weeklyReplay counts the customers flagged at the end of each week, each
// judged from what was known of it then, as Risk judges a day.
type weeklyReplay struct {
	rules    lifecycle.Rules
	phases   map[string]lifecycle.Phase
	ends     []time.Time
	builders []*factsBuilder // one for each week's end
	counts   []map[lifecycle.FlagKind]int
}

func newWeeklyReplay(lc lifecycle.Lifecycle, r lifecycle.Rules, m *Models, weeks []lifecycle.Week) *weeklyReplay {
	w := &weeklyReplay{rules: r, phases: map[string]lifecycle.Phase{}}
	for _, p := range lc.Phases {
		w.phases[p.Key] = p
	}
	for _, week := range weeks {
		fb := newFactsBuilder(week.End, m, r)
		fb.kindsOnly = true
		w.ends = append(w.ends, week.End)
		w.builders = append(w.builders, fb)
		w.counts = append(w.counts, map[lifecycle.FlagKind]int{})
	}
	return w
}

// add judges one customer at the end of each week it was on the book,
// taking in its contacts and purchases week by week.
func (w *weeklyReplay) add(h *customerHistory) {
	var d contactDigest
	var spent purchasesSoFar
	contacts := 0
	for i, end := range w.ends {
		for ; contacts < len(h.contacts) && !h.contacts[contacts].at.After(end); contacts++ {
			d.add(h.contacts[contacts])
		}
		spent.upTo(h.story.Purchases, end)
		if !h.story.OnBookAt(end) {
			continue
		}
		phase, since := h.story.PhaseAt(end)
		p := w.phases[phase]
		f := lifecycle.Facts{Phase: p.Key, PhaseLabel: p.Label, Group: p.Group, PhaseSince: since}
		c := w.builders[i].finish(h.story.ID, h.profile, f, d, spent.source(), h.triage)
		for _, kind := range lifecycle.FlagKinds(c.Facts, w.rules, end) {
			w.counts[i][kind]++
		}
	}
}

// purchasesSoFar are a customer's purchases up to a week's end, refunds
// included, with the digest of those that are no refund, made again only
// when a week brings purchases: the digest does not depend on the day it
// is read on.
type purchasesSoFar struct {
	list   []lifecycle.Purchase
	bought []lifecycle.Purchase // refunds left out, as the models read them
	digest lifecycle.PurchaseDigest
	any    bool // whether the digest holds a purchase
	made   bool // whether the digest was made
	spend  lifecycle.Money
}

func (s *purchasesSoFar) upTo(all []lifecycle.Purchase, end time.Time) {
	n := len(s.list)
	for n < len(all) && !all[n].At.After(end) {
		s.spend += all[n].Amount
		if all[n].Amount >= 0 {
			s.bought = append(s.bought, all[n])
		}
		n++
	}
	if s.made && n == len(s.list) {
		return
	}
	s.list, s.made = all[:n], true
	s.digest, s.any = lifecycle.DigestPurchases(s.bought, end)
}

func (s *purchasesSoFar) source() purchaseSource {
	src := purchaseSource{list: s.list}
	if s.any {
		src.stored, src.totalSpend = &s.digest, s.spend
	}
	return src
}

// merge adds the counts of another replay of the same weeks.
func (w *weeklyReplay) merge(o *weeklyReplay) {
	for i, counts := range o.counts {
		for kind, n := range counts {
			w.counts[i][kind] += n
		}
	}
}

// into puts the counts into the weeks they were made for.
func (w *weeklyReplay) into(weeks []lifecycle.Week) {
	for i := range weeks {
		weeks[i].Flagged = w.counts[i]
	}
}
