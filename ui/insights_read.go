package ui

import (
	"cmp"
	"context"
	"errors"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// insightsFunnelMsg carries the funnel, read first and fast.
type insightsFunnelMsg struct {
	gen   int
	steps []lifecycle.FunnelStep
}

// insightsQuickMsg carries the figures but the weeks' flags.
type insightsQuickMsg struct {
	gen     int
	figures lifecycle.Insights
}

// insightsLoadedMsg carries all the figures.
type insightsLoadedMsg struct {
	gen     int
	figures lifecycle.Insights
}

// insightsFailedMsg says a reading failed, in words; a reading stopped by a
// newer one fails too, and that is no news.
type insightsFailedMsg struct {
	gen int
	err error
}

// insightsTickMsg asks the screen to show how far a reading has come.
type insightsTickMsg struct{ gen int }

// insightsTickEvery is how often the progress is shown anew: often enough
// to look alive, seldom enough to cost nothing.
const insightsTickEvery = 150 * time.Millisecond

// readProgress is what a reading has done, written by the reading's
// goroutine and read by the screen's.
type readProgress struct{ done, total atomic.Int64 }

// query is what the screen asks the book for. A period of the last days
// is counted as of now: the zero as-of date, which the book reads as its
// clock when it counts, so that the funnel is the board's totals. Typed
// dates replay the book as it was at the period's end, the funnel and the
// weeks included.
func (s *insightsScreen) query(now time.Time) data.InsightsQuery {
	q := data.InsightsQuery{Period: s.period(now), Owner: s.owner, Tag: s.tag, Weeks: data.DefaultInsightWeeks}
	if end, ok := s.pastEnd(now); ok {
		q.AsOf = end
	}
	return q
}

// pastEnd is the end of a period typed in that ends before today, which
// the figures are counted as of; false for a period that ends now.
func (s *insightsScreen) pastEnd(now time.Time) (time.Time, bool) {
	if s.span == 0 && lifecycle.StartOfDay(s.to).Before(lifecycle.StartOfDay(now)) {
		return s.to, true
	}
	return time.Time{}, false
}

// readInsights starts reading the figures anew, stopping the reading under
// way: the funnel at once, and a tick for the progress. The rest is read
// once the funnel is in: read beside it, it would hold the funnel back on
// a laptop's cores, and the funnel is what the screen opens on. The rest
// comes in two: every figure but the weeks' flags, added up by the book,
// then the flags, replayed from every customer's history.
func (m *Model) readInsights() tea.Cmd {
	s := &m.insights
	s.stopReading()
	s.gen++
	q := s.query(m.now())
	s.asOf = cmp.Or(q.AsOf, m.now())
	s.hasFunnel, s.loaded, s.recounting, s.flagsPending, s.failed, s.done, s.total = false, false, false, false, "", 0, 0
	s.progress = &readProgress{}
	ctx, stop := context.WithCancel(m.ctx)
	s.stop = stop
	s.rest, s.flags = quickCmd(ctx, m.book, q, s.gen), insightsCmd(ctx, m.book, q, s.gen, s.progress)
	return tea.Batch(funnelCmd(ctx, m.book, q, s.gen), insightsTick(s.gen))
}

// recountPeriod counts the flow and the time in phase of the period now
// chosen from the phase history alone, a fraction of the whole reading,
// and keeps the funnel's, the weeks' and the cohorts' figures, which no
// period changes. Before all the figures are in, the flags included, or
// when they replay a past day, everything is read anew.
func (m *Model) recountPeriod() tea.Cmd {
	s := &m.insights
	if !s.loaded || s.flagsPending || !lifecycle.StartOfDay(s.figures.AsOf).Equal(lifecycle.StartOfDay(m.now())) {
		return m.readInsights()
	}
	s.stopReading()
	s.gen++
	s.recounting, s.failed, s.done, s.total = true, "", 0, 0
	ctx, stop := context.WithCancel(m.ctx)
	s.stop = stop
	return periodCmd(ctx, m.book, s.query(m.now()), s.gen)
}

// insightsPeriodMsg carries the flow and the time in phase of a period.
type insightsPeriodMsg struct {
	gen     int
	figures lifecycle.Insights
}

func periodCmd(ctx context.Context, b *data.Book, q data.InsightsQuery, gen int) tea.Cmd {
	return func() tea.Msg {
		figures, err := b.PhaseInsights(ctx, q)
		if err != nil {
			return insightsFailedMsg{gen, failed(words.T("insights.failed.flow", words.V{"Reason": err}), err)}
		}
		return insightsPeriodMsg{gen, figures}
	}
}

// leave stops the reading under way and drops whatever it would still
// send, the progress ticks included.
func (s *insightsScreen) leave() {
	s.stopReading()
	s.gen++
}

// stopReading cancels the reading under way, if any.
func (s *insightsScreen) stopReading() {
	if s.stop != nil {
		s.stop()
		s.stop = nil
	}
}

func funnelCmd(ctx context.Context, b *data.Book, q data.InsightsQuery, gen int) tea.Cmd {
	return func() tea.Msg {
		steps, err := b.Funnel(ctx, q)
		if err != nil {
			return insightsFailedMsg{gen, failed(words.T("insights.failed.funnel", words.V{"Reason": err}), err)}
		}
		return insightsFunnelMsg{gen, steps}
	}
}

func quickCmd(ctx context.Context, b *data.Book, q data.InsightsQuery, gen int) tea.Cmd {
	return func() tea.Msg {
		figures, err := b.InsightsWithoutFlags(ctx, q)
		if err != nil {
			return insightsFailedMsg{gen, failed(words.T("insights.failed.figures", words.V{"Reason": err}), err)}
		}
		return insightsQuickMsg{gen, figures}
	}
}

func insightsCmd(ctx context.Context, b *data.Book, q data.InsightsQuery, gen int, p *readProgress) tea.Cmd {
	return func() tea.Msg {
		// The weeks the book keeps are read alone; an error here is met
		// again by the whole reading, which says it.
		if flags, ok, err := b.KeptWeeklyFlags(ctx, q); err == nil && ok {
			return insightsFlagsMsg{gen, flags}
		}
		figures, err := b.Insights(ctx, q, func(done, total int) {
			p.done.Store(int64(done))
			p.total.Store(int64(total))
		})
		if err != nil {
			return insightsFailedMsg{gen, failed(words.T("insights.failed.figures", words.V{"Reason": err}), err)}
		}
		return insightsLoadedMsg{gen, figures}
	}
}

func insightsTick(gen int) tea.Cmd {
	return tea.Tick(insightsTickEvery, func(time.Time) tea.Msg { return insightsTickMsg{gen} })
}

// insightsRead applies what came back for the insights; answers to a
// reading that a newer one replaced are dropped.
func (m *Model) insightsRead(msg tea.Msg) tea.Cmd {
	s := &m.insights
	switch msg := msg.(type) {
	case insightsChoicesMsg:
		return m.pickChoice(msg)
	case insightsFunnelMsg:
		if msg.gen == s.gen && !s.loaded {
			s.funnel, s.hasFunnel = msg.steps, true
			rest := s.rest
			s.rest = nil
			return rest
		}
	case insightsPeriodMsg:
		if msg.gen == s.gen {
			s.figures.Period, s.figures.Flow, s.figures.TimeInPhase = msg.figures.Period, msg.figures.Flow, msg.figures.TimeInPhase
			s.recounting = false
			s.stopReading()
		}
	case insightsQuickMsg:
		return s.quickIn(msg)
	case insightsLoadedMsg:
		if msg.gen == s.gen {
			s.figures, s.loaded, s.flagsPending = msg.figures, true, false
			s.stopReading()
		}
	case insightsFlagsMsg:
		s.flagsIn(msg)
	case insightsFailedMsg:
		return m.insightsFailed(msg)
	case insightsTickMsg:
		return s.ticked(msg.gen)
	}
	return nil
}

// quickIn takes the figures but the flags and starts the flags' replay.
func (s *insightsScreen) quickIn(msg insightsQuickMsg) tea.Cmd {
	if msg.gen != s.gen || s.loaded {
		return nil
	}
	s.figures, s.loaded, s.flagsPending = msg.figures, true, true
	flags := s.flags
	s.flags = nil
	return flags
}

// insightsFlagsMsg carries the weeks' flagged counts the book keeps,
// oldest week first.
type insightsFlagsMsg struct {
	gen   int
	flags []map[lifecycle.FlagKind]int
}

// flagsIn puts the kept weeks' flags into the weeks already shown.
func (s *insightsScreen) flagsIn(msg insightsFlagsMsg) {
	if msg.gen != s.gen || !s.flagsPending || len(msg.flags) != len(s.figures.Weekly) {
		return
	}
	for i, flags := range msg.flags {
		s.figures.Weekly[i].Flagged = flags
	}
	s.flagsPending = false
	s.stopReading()
}

// ticked shows how far the reading has come, until all the figures are in.
func (s *insightsScreen) ticked(gen int) tea.Cmd {
	if gen != s.gen || s.loaded && !s.flagsPending || s.failed != "" {
		return nil
	}
	s.done, s.total = int(s.progress.done.Load()), int(s.progress.total.Load())
	return insightsTick(gen)
}

// insightsFailed says why a reading failed, unless a newer one replaced it
// or stopped it.
func (m *Model) insightsFailed(msg insightsFailedMsg) tea.Cmd {
	s := &m.insights
	if msg.gen != s.gen || s.loaded && !s.recounting && !s.flagsPending || errors.Is(msg.err, context.Canceled) {
		return nil
	}
	s.failed = errorText(msg.err)
	s.stopReading()
	return m.status.set(errorText(msg.err), true)
}

// openInsights shows the insights, read anew.
func (m *Model) openInsights() tea.Cmd {
	m.push(&insightsView{keys: newInsightsKeys()})
	m.insights.setSize(m.width, m.bodyHeight())
	return m.readInsights()
}

// narrowInsights counts the customers of an owner and with a tag ("" for
// any), read anew if that changes what is counted.
func (m *Model) narrowInsights(owner, tag string) tea.Cmd {
	s := &m.insights
	if owner == s.owner && tag == s.tag {
		return nil
	}
	s.owner, s.tag = owner, tag
	return m.readInsights()
}

// insightsChoicesMsg carries the owners or tags to pick from.
type insightsChoicesMsg struct {
	purpose pickPurpose
	values  []string
}

// choicesCmd reads the book's owners or tags for the filter picker.
func choicesCmd(ctx context.Context, b *data.Book, purpose pickPurpose) tea.Cmd {
	read := b.Owners
	if purpose == pickTag {
		read = b.Tags
	}
	return func() tea.Msg {
		values, err := read(ctx)
		switch {
		case err != nil && purpose == pickTag:
			return readFailedMsg{err: failed(words.T("insights.failed.tags", words.V{"Reason": err}), err)}
		case err != nil:
			return readFailedMsg{err: failed(words.T("insights.failed.owners", words.V{"Reason": err}), err)}
		}
		return insightsChoicesMsg{purpose, values}
	}
}

// pickChoice opens the picker on the owners or tags that came back, while
// the insights are still on top.
func (m *Model) pickChoice(msg insightsChoicesMsg) tea.Cmd {
	if !onTop[*insightsView](m) {
		return nil
	}
	title, now, none := words.T("insights.pick.owner"), m.insights.owner, words.T("insights.pick.no-owner")
	if msg.purpose == pickTag {
		title, now, none = words.T("insights.pick.tag"), m.insights.tag, words.T("insights.pick.no-tag")
	}
	if len(msg.values) == 0 {
		return m.status.set(none, false)
	}
	m.push(newFilterPicker(msg.purpose, title, msg.values, now))
	return nil
}
