package ui

import (
	"context"
	"path/filepath"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
)

// screen is what has the keyboard.
type screen int

const (
	screenBoard screen = iota
	screenFilter
	screenPicker
	screenHelp
	screenCustomer
	screenContactForm
	screenCustomerForm
	screenPurchaseForm
	screenConfirmArchive
	screenTriage
	screenSnooze
	screenConfirmGiveUp
	screenInsights
	screenInsightsDates
	screenConflict
)

// Model is the root of the interactive program: it owns the book, routes
// messages to the screen that has focus and draws the chrome around it.
type Model struct {
	ctx     context.Context
	book    *data.Book
	watcher *data.Watcher
	lc      lifecycle.Lifecycle
	styles  Styles
	keys    boardKeys
	ckeys   customerKeys
	tkeys   triageKeys
	ikeys   insightsKeys
	help    help.Model

	width, height int
	screen        screen
	back          screen // where a form, picker or help returns to
	board         board
	customer      customerScreen
	customerBack  screen // where the customer screen returns to
	triage        triageScreen
	insights      insightsScreen
	snooze        snoozeChooser
	giveUp        lifecycle.Customer // the customer x asks about
	conflict      conflict           // a save that found the customer changed elsewhere
	filter        filterBar
	picker        picker
	contactForm   contactForm
	customerForm  customerForm
	purchaseForm  purchaseForm
	drag          drag
	status        status

	gen     int                // the generation of board reads; older answers are dropped
	stop    context.CancelFunc // cancels the board read under way, which a newer one replaces
	loading map[int]bool       // columns with a window on the way
	cards   *cardCache
	dark    bool
	count   int // customers in the book
	undo    []undoStep
	writing *writing // writes on their way to the book
	// quitting says the user asked to quit while writes were on their
	// way; the last answer ends the program.
	quitting bool
	start    tea.Cmd // what the first screen other than the board reads
	// backgroundDelay holds back the start-up's work in the background
	// (the scoring, the day's backup), so that the first frame has both
	// cores to itself.
	backgroundDelay time.Duration
	// scoredOn is the day the book was last scored in full, so that a
	// board left open past midnight is scored again.
	scoredOn int64
}

// New opens the board on a book and reads what the first frame shows, so
// that the first frame is complete.
func New(ctx context.Context, book *data.Book) (Model, error) {
	lc, err := book.Lifecycle(ctx)
	if err != nil {
		return Model{}, err
	}
	m := Model{ctx: ctx, book: book, lc: lc, styles: NewStyles(true), keys: newBoardKeys(), ckeys: newCustomerKeys(), tkeys: newTriageKeys(), ikeys: newInsightsKeys(), insights: newInsightsScreen(),
		help: help.New(), board: newBoard(lc), loading: map[int]bool{}, filter: newFilterBar(),
		cards: newCardCache(), dark: true, writing: &writing{}}
	m.help.Styles = help.DefaultStyles(true)
	var reqs []columnRequest
	for _, c := range m.board.cols {
		reqs = append(reqs, columnRequest{phase: c.phase.Key, limit: initialWindow})
	}
	msg := loadBoard(ctx, book, boardQuery{reqs: reqs})
	if e, ok := msg.(readFailedMsg); ok {
		return m, e.err
	}
	m.applyBoard(msg.(boardLoadedMsg))
	if m.watcher, err = book.Watch(ctx); err != nil {
		return m, err
	}
	return m, nil
}

// initialWindow is how many cards each column reads before the terminal's
// size is known: enough for a tall terminal.
const initialWindow = 40

// Close releases what the model holds open.
func (m Model) Close() error {
	if m.watcher != nil {
		return m.watcher.Close()
	}
	return nil
}

// Init implements tea.Model. The flags age as the clock moves on, so the
// book is scored anew, off the loop, while the first frame shows the flags
// of the last scoring.
func (m Model) Init() tea.Cmd {
	return tea.Batch(watchTick(), tea.RequestBackgroundColor, afterDelay(m.backgroundDelay, rescoreCmd(m.ctx, m.book)), m.start)
}

// afterDelay runs cmd once d has passed, off the loop; with no delay it is
// cmd itself.
func afterDelay(d time.Duration, cmd tea.Cmd) tea.Cmd {
	if d <= 0 || cmd == nil {
		return cmd
	}
	return func() tea.Msg {
		time.Sleep(d)
		return cmd()
	}
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.board.setSize(m.width, m.bodyHeight())
		m.customer.setSize(m.width, m.bodyHeight())
		m.triage.setSize(m.width, m.bodyHeight())
		m.insights.setSize(m.width, m.bodyHeight())
		return m, tea.Batch(m.loadMissing(), m.loadTriageReasons())
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.styles = NewStyles(m.dark)
		m.help.Styles = help.DefaultStyles(msg.IsDark())
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case answeredMsg:
		return m.answered(msg)
	}
	return m.handleStoreMsg(msg)
}

// handleStoreMsg applies what came back from the book.
func (m Model) handleStoreMsg(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case boardLoadedMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		m.applyBoard(msg)
		return m, m.loadMissing()
	case cardsLoadedMsg:
		ci := m.board.columnIndex(msg.phase)
		if msg.gen != m.gen || ci < 0 {
			return m, nil
		}
		delete(m.loading, ci)
		c := &m.board.cols[ci]
		c.from, c.cards = msg.from, msg.cards
		return m, m.loadMissing()
	case writtenMsg:
		m.pushUndo(msg.step)
		cmd := m.status.set(msg.status, false)
		// Only an undo writes while the re-engagement list shows: the list
		// is read again, with the customer it put back selected.
		return m, tea.Batch(cmd, m.refresh(msg.selectID), m.reloadCustomer(), m.reloadTriageAt(msg.selectID))
	case conflictMsg:
		m.reportConflict(msg)
		return m, nil
	case emailTakenMsg:
		return m, m.reopenCustomerForm(msg)
	case errMsg:
		m.status.set(errorText(msg.err), true)
		return m, tea.Batch(m.refresh(m.selectedID()), m.reloadCustomer())
	case readFailedMsg:
		if msg.gen != 0 && msg.gen != m.gen {
			return m, nil
		}
		m.status.set(errorText(msg.err), true)
		m.loading = map[int]bool{}
		return m, nil
	case customerLoadedMsg:
		if msg.customer.ID == m.customer.id {
			m.customer.show(msg, m.lc, m.now())
		}
		return m, nil
	case watchTickMsg:
		cmds := []tea.Cmd{checkBookCmd(m.ctx, m.watcher), watchTick()}
		if m.scoredOn != 0 && dayOf(m.now()) != m.scoredOn {
			m.scoredOn = dayOf(m.now()) // asked once; the answer sets it again
			cmds = append(cmds, rescoreCmd(m.ctx, m.book))
		}
		return m, tea.Batch(cmds...)
	case bookChangedMsg:
		cmds := []tea.Cmd{m.refresh(m.selectedID()), m.reloadCustomer()}
		if msg.restoredFrom != "" {
			// The steps to undo, and a form's customer, belong to the book
			// as it was: an id there may name someone else now.
			m.undo = nil
			said := "Another tend restored the book from " + text.Clean(msg.restoredFrom) + "; showing it now"
			if m.screen != screenBoard {
				m.screen, m.back, m.customerBack = screenBoard, screenBoard, screenBoard
				said += " (what was open was closed, nothing saved)"
			}
			cmds = append(cmds, m.status.set(said, false))
		}
		return m, tea.Batch(cmds...)
	case statusExpiredMsg:
		m.status.expire(msg.id)
	case backupMsg:
		// The backup ends in the background, maybe after the user acted:
		// news of a backup taken waits for a free status line rather than
		// hide what the action said.
		if !msg.failed && m.status.text != "" {
			return m, nil
		}
		return m, m.status.set(msg.text, msg.failed)
	}
	return m.handleTriageMsg(msg)
}

// handleTriageMsg applies what came back for the re-engagement list.
func (m Model) handleTriageMsg(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case triageLoadedMsg:
		if msg.kind == m.triage.kind {
			m.triage.apply(msg)
		}
		return m, m.loadTriageReasons()
	case triageReasonsMsg:
		if msg.kind != m.triage.kind || !m.triage.loaded {
			return m, nil
		}
		for id, r := range msg.reasons {
			m.triage.reasons[id] = r
		}
	case rescoredMsg:
		m.scoredOn = dayOf(m.now())
		if msg.changed == 0 {
			return m, nil
		}
		return m, tea.Batch(m.refresh(m.selectedID()), m.reloadCustomer(), m.reloadTriage())
	case triageDoneMsg:
		m.pushUndo(msg.step)
		m.triage.markDone(msg.id, msg.what)
		cmd := m.status.set(msg.status, false)
		return m, tea.Batch(cmd, m.refresh(m.selectedID()), m.reloadCustomer(), m.loadTriageReasons())
	case insightsChoicesMsg:
		return m, m.pickChoice(msg)
	}
	return m.handleInsightsMsg(msg)
}

// reloadCustomer reads the open customer anew, if one is open.
func (m *Model) reloadCustomer() tea.Cmd {
	if !m.customerOpen() {
		return nil
	}
	return loadCustomerCmd(m.ctx, m.book, m.customer.id)
}

// triageOpen reports whether the re-engagement list is shown or waits
// under an overlay.
func (m *Model) triageOpen() bool {
	return m.screen == screenTriage || m.back == screenTriage ||
		m.screen == screenSnooze || m.screen == screenConfirmGiveUp
}

// customerOpen reports whether the customer screen is shown or waits under
// a form.
func (m *Model) customerOpen() bool {
	return m.screen == screenCustomer || m.screen == screenConfirmArchive || m.back == screenCustomer
}

// selectedID is the selected customer's id, or 0.
func (m *Model) selectedID() int64 {
	if c, ok := m.board.selected(); ok {
		return c.ID
	}
	return 0
}

// bodyHeight is the height left for the screen between the title line and
// the status and help lines.
func (m *Model) bodyHeight() int { return max(m.height-3, 1) }

// bookName is the book's file name, for the status line and window title.
func (m *Model) bookName() string { return filepath.Base(m.book.Path()) }

// now is the book's clock.
func (m *Model) now() time.Time { return m.book.Now() }

// customerCount says how many customers the book holds.
func (m *Model) customerCount() string {
	if m.count == 1 {
		return "1 customer"
	}
	return text.Thousands(m.count) + " customers"
}
