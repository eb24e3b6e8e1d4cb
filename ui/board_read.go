package ui

import (
	"context"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// columnRequest asks for one column's window.
type columnRequest struct {
	phase       string
	from, limit int
}

// boardQuery is what a fresh read of the board asks for.
type boardQuery struct {
	filter   data.Filter
	gen      int
	reqs     []columnRequest // the windows of the columns on screen
	selectID int64           // the customer to select, 0 for none
	pageSize int             // cards per window
	lead     int             // cards to load before the selected one
	marked   []int64         // the marked customers, to see which are still there
	// facts asks for the book's facts beside the board, as of changes
	// writes heard of and day.
	facts   bool
	changes int
	day     int64
}

// loadBoard reads the totals, the windows asked for, and where the customer
// to select stands under the filter (and the window around it), with what
// the board shows beside them, in one read of the book.
func loadBoard(ctx context.Context, b *data.Book, q boardQuery) tea.Msg {
	msg := boardLoadedMsg{gen: q.gen, selectID: q.selectID, marked: q.marked}
	today := b.Now() // the day whose follow-ups are counted
	ask := data.BoardAsk{Marked: q.marked, Today: today, Facts: q.facts}
	for _, r := range q.reqs {
		ask.Columns = append(ask.Columns, data.ColumnAsk{Phase: r.phase, From: r.from, Limit: r.limit})
	}
	err := b.ReadWholeBoard(ctx, q.filter, ask, func(r *data.BoardRead) error {
		if err := loadBeside(ctx, r, q, today, &msg); err != nil {
			return err
		}
		return loadColumns(ctx, r, q, &msg)
	})
	if err != nil {
		return readFailedMsg{err, q.gen}
	}
	return msg
}

// loadBeside reads what the board shows beside its columns: the marked
// customers still on it, the lifecycle, the reasons and the book's counts.
func loadBeside(ctx context.Context, r *data.BoardRead, q boardQuery, today time.Time, msg *boardLoadedMsg) error {
	var err error
	if msg.onBoard, err = r.OnBoard(ctx, q.marked); err != nil {
		return err
	}
	if msg.lc, err = r.Lifecycle(ctx); err != nil {
		return err
	}
	msg.lc = words.Phases(msg.lc)
	if msg.reasons, err = r.MoveReasons(ctx); err != nil {
		return err
	}
	if msg.count, err = r.CountBoard(ctx); err != nil {
		return err
	}
	if !q.facts {
		return nil
	}
	f, err := readBookFacts(ctx, r, today)
	if err != nil {
		return err
	}
	msg.facts, msg.factsAt, msg.factsDay = &f, q.changes, q.day
	return nil
}

// loadColumns reads the phases' counts, where the customer to select stands
// and the windows of the columns asked for, all under one match of the
// filter.
func loadColumns(ctx context.Context, r *data.BoardRead, q boardQuery, msg *boardLoadedMsg) error {
	var err error
	if msg.totals, err = r.PhaseTotals(ctx); err != nil {
		return err
	}
	reqs := q.reqs
	if q.selectID != 0 {
		if c, idx, err := r.CardIndex(ctx, q.selectID); err == nil && idx >= 0 {
			msg.found, msg.selPhase, msg.selIndex = true, c.Phase, idx
			// The window around the selected card takes the place of its
			// column's window, which would be read for nothing.
			reqs = slices.DeleteFunc(slices.Clone(reqs), func(r columnRequest) bool { return r.phase == c.Phase })
			reqs = append(reqs, columnRequest{phase: c.Phase, from: max(idx-q.lead, 0), limit: q.pageSize})
		}
	}
	for _, req := range reqs {
		cards, err := r.Cards(ctx, req.phase, req.from, req.limit)
		if err != nil {
			return err
		}
		msg.pages = append(msg.pages, page{phase: req.phase, from: req.from, cards: cards})
	}
	return nil
}

func loadPage(ctx context.Context, b *data.Book, f data.Filter, r columnRequest) (page, error) {
	f.Phase = r.phase
	cards, err := b.Cards(ctx, f, r.from, r.limit)
	return page{phase: r.phase, from: r.from, cards: cards}, err
}

// refresh reads the board anew and selects the customer selectID if the
// filter shows it.
func (m *Model) refresh(selectID int64) tea.Cmd {
	// A filter typed on a large book starts a read per key; only the last
	// one counts, so the earlier ones stop rather than queue.
	if m.stop != nil {
		m.stop()
	}
	m.gen++
	m.loading = map[int]bool{}
	m.reading = true
	l := m.board.layout()
	var reqs []columnRequest
	for ci := m.board.left; ci < min(m.board.left+l.columns, len(m.board.cols)); ci++ {
		reqs = append(reqs, m.refreshRequest(ci))
	}
	today := dayOf(m.now())
	q := boardQuery{filter: m.filter.value(), gen: m.gen, reqs: reqs,
		selectID: selectID, pageSize: m.board.pageSize(), lead: l.cardsPerColumn, marked: m.marks.ids(),
		facts: m.factsAt != m.changes || m.factsDay != today, changes: m.changes, day: today}
	ctx, stop := context.WithCancel(m.ctx)
	m.stop = stop
	book := m.book
	return func() tea.Msg {
		defer stop()
		return loadBoard(ctx, book, q)
	}
}

// refreshRequest is the window of a column that a read of the whole board
// asks for. Under a search it is the cards on screen alone: each key of the
// filter waits for its read, in which reading a card whole costs as much as
// matching hundreds, and a scroll past the screen loads the rest.
func (m *Model) refreshRequest(ci int) columnRequest {
	if m.filter.value().Search == "" {
		return m.columnRequest(ci)
	}
	return columnRequest{phase: m.board.cols[ci].phase.Key, from: m.board.cols[ci].top, limit: m.board.layout().cardsPerColumn}
}

func (m *Model) columnRequest(ci int) columnRequest {
	return columnRequest{phase: m.board.cols[ci].phase.Key, from: m.board.windowFor(ci), limit: m.board.pageSize()}
}

// applyBoard takes a fresh read of the board in.
func (m *Model) applyBoard(msg boardLoadedMsg) {
	m.count = msg.count
	if f := msg.facts; f != nil {
		m.facts, m.insights.currency, m.triage.currency = *f, f.currency, f.currency
		m.factsAt, m.factsDay = msg.factsAt, msg.factsDay
	}
	if !slices.Equal(msg.lc.Visible(), m.lc.Visible()) {
		m.useLifecycle(msg.lc)
	}
	m.lc, m.reasons = msg.lc, msg.reasons
	m.keepMarks(msg.marked, msg.onBoard)
	for i := range m.board.cols {
		c := &m.board.cols[i]
		c.total = msg.totals[c.phase.Key]
		c.cards, c.from = nil, 0
	}
	for _, p := range msg.pages {
		if ci := m.board.columnIndex(p.phase); ci >= 0 {
			c := &m.board.cols[ci]
			c.from, c.cards = p.from, p.cards
		}
	}
	switch sel := m.board.columnIndex(msg.selPhase); {
	case msg.found && sel >= 0:
		m.board.focus = sel
		m.board.cols[sel].cursor = msg.selIndex
	case m.filter.active() && m.board.cols[m.board.focus].total.Count == 0:
		// The filter hid the selection: go to the first match.
		for i, c := range m.board.cols {
			if c.total.Count > 0 {
				m.board.focus, m.board.cols[i].cursor = i, 0
				break
			}
		}
	}
	m.board.clamp()
}

// useLifecycle lays the board out anew for a lifecycle another process
// changed, keeping the focus and each column's place where the phase stays.
func (m *Model) useLifecycle(lc lifecycle.Lifecycle) {
	old := m.board
	m.lc, m.board = lc, newBoard(lc)
	m.board.setSize(old.width, old.height, m.compact)
	for i := range m.board.cols {
		if j := old.columnIndex(m.board.cols[i].phase.Key); j >= 0 {
			m.board.cols[i].cursor, m.board.cols[i].top = old.cols[j].cursor, old.cols[j].top
		}
	}
	if len(old.cols) > 0 {
		m.board.focus = max(m.board.columnIndex(old.cols[old.focus].phase.Key), 0)
	}
	m.loading = map[int]bool{}
}

// loadMissing asks for the windows of columns on screen that are not loaded.
func (m *Model) loadMissing() tea.Cmd {
	var cmds []tea.Cmd
	for _, ci := range m.board.missing() {
		if m.loading[ci] {
			continue
		}
		m.loading[ci] = true
		r, f, gen, ctx, book := m.columnRequest(ci), m.filter.value(), m.gen, m.ctx, m.book
		cmds = append(cmds, func() tea.Msg {
			p, err := loadPage(ctx, book, f, r)
			if err != nil {
				return readFailedMsg{err, gen}
			}
			return cardsLoadedMsg{gen: gen, page: p}
		})
	}
	return tea.Batch(cmds...)
}

// boardRead takes in what came back for the board; answers to a read that
// a newer one replaced are dropped.
func (m *Model) boardRead(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case boardLoadedMsg:
		if msg.gen != m.gen {
			return nil
		}
		m.applyBoard(msg)
		m.reading = false
		if dir := m.jumpAfterRead; dir != 0 {
			m.jumpAfterRead = 0
			return m.jump(dir)
		}
	case cardsLoadedMsg:
		ci := m.board.columnIndex(msg.phase)
		if msg.gen != m.gen || ci < 0 {
			return nil
		}
		delete(m.loading, ci)
		c := &m.board.cols[ci]
		c.from, c.cards = msg.from, msg.cards
	}
	return m.loadMissing()
}
