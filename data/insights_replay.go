package data

import (
	"sort"
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
		w.ends = append(w.ends, week.End)
		fb := newFactsBuilder(week.End, m, r)
		fb.kindsOnly = true
		w.builders = append(w.builders, fb)
		w.counts = append(w.counts, map[lifecycle.FlagKind]int{})
	}
	return w
}

// add judges one customer at the end of each week it was on the book.
func (w *weeklyReplay) add(h *customerHistory) {
	var d contactDigest
	seen := 0
	for i, end := range w.ends {
		for ; seen < len(h.contacts) && !h.contacts[seen].at.After(end); seen++ {
			d.add(h.contacts[seen])
		}
		if !h.story.OnBookAt(end) {
			continue
		}
		phase, since := h.story.PhaseAt(end)
		p := w.phases[phase]
		f := lifecycle.Facts{Phase: p.Key, PhaseLabel: p.Label, Group: p.Group, PhaseSince: since}
		bought := h.story.Purchases[:sort.Search(len(h.story.Purchases), func(k int) bool { return h.story.Purchases[k].At.After(end) })]
		c := w.builders[i].finish(h.story.ID, h.profile, f, d, purchaseSource{list: bought}, h.triage)
		for _, flag := range lifecycle.Evaluate(c.Facts, w.rules, end) {
			w.counts[i][flag.Kind]++
		}
	}
}

// into puts the counts into the weeks they were made for.
func (w *weeklyReplay) into(weeks []lifecycle.Week) {
	for i := range weeks {
		weeks[i].Flagged = w.counts[i]
	}
}
