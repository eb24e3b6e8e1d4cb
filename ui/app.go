package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// shared is what every screen works with: the book and its lifecycle,
// the styles, the window's size, the status line, the undo stack and the
// writes on their way.
type shared struct {
	ctx     context.Context
	book    *data.Book
	lc      lifecycle.Lifecycle
	reasons []lifecycle.MoveReason // the book's reasons for a loss and a win-back
	styles  Styles
	help    help.Model
	dark    bool
	status  status
	undo    []*undoStep
	writing *writing // writes on their way to the book
	count   int      // customers in the book
	me      string   // the owner name of the book's user: their customers are "mine"
	facts   bookFacts
	footer  []key.Binding // the keys the footer drew last, which a click presses
	// compact is the user's choice of the compact board (z); until they
	// make one, the width decides. Set it with setCompact.
	compact compactChoice
	marks   marks // the cards marked with space, for a change of them all

	width, height int
}

// Model is the root of the interactive program: it owns the book, keeps
// the screens on a stack, hands each message to its owner and draws the
// chrome around the screens.
type Model struct {
	shared
	watcher *data.Watcher
	stack   []layer // the board, then what was opened over it

	board    board
	filter   filterBar
	drag     drag
	clicks   clicks           // the last click, to tell a double click
	clock    func() time.Time // the time of a click, which a test sets
	triage   triageScreen     // kept between visits: the filter and the place
	agenda   agendaScreen     // kept between visits: the place
	insights insightsScreen   // kept between visits: the section, period and filters
	// customerForm is the customer form last sent, which comes back if the
	// book refuses its e-mail address.
	customerForm *customerForm
	// drafts are the last draft shown to each customer, which @ writes.
	drafts map[int64]lifecycle.Draft

	gen     int                // the generation of board reads; older answers are dropped
	stop    context.CancelFunc // cancels the board read under way, which a newer one replaces
	loading map[int]bool       // columns with a window on the way
	// reading says a read of the whole board is on its way, after which
	// the totals change; a ] or [ pressed meanwhile (jumpAfterRead) waits
	// for it, since it counts by them.
	reading       bool
	jumpAfterRead int
	cards         *cardCache
	prefs         data.Prefs // the person's own settings
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
	// changes counts the writes to the book heard of: the board's own,
	// answered, and those the watcher saw. facts were read at factsAt of
	// them, on factsDay; a read of the board reads them again only when
	// either has moved on.
	changes, factsAt int
	factsDay         int64
}

// New opens the board on a book and reads what the first frame shows, so
// that the first frame is complete.
func New(ctx context.Context, book *data.Book) (Model, error) {
	lc, me, err := book.ReadStart(ctx)
	if err != nil {
		return Model{}, err
	}
	// The board shows the lifecycle and writes by phase key, so it holds
	// the phases labelled as its reader reads them.
	lc = words.Phases(lc)
	m := Model{shared: shared{ctx: ctx, book: book, lc: lc, me: me, styles: NewStyles(true), help: help.New(), dark: true, writing: &writing{}},
		stack: []layer{&boardScreen{keys: newBoardKeys()}}, insights: newInsightsScreen(),
		board: newBoard(lc), loading: map[int]bool{}, filter: newFilterBar(), cards: newCardCache(), clock: time.Now}
	m.help.Styles = help.DefaultStyles(true)
	m.usePrefs()
	var reqs []columnRequest
	for _, c := range m.board.cols {
		reqs = append(reqs, columnRequest{phase: c.phase.Key, limit: initialWindow})
	}
	msg := loadBoard(ctx, book, boardQuery{filter: m.filter.value(), reqs: reqs, facts: true, day: dayOf(book.Now())})
	if e, ok := msg.(readFailedMsg); ok {
		return m, e.err
	}
	m.applyBoard(msg.(boardLoadedMsg))
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
// of the last scoring. The watcher starts once the first frame is drawn:
// on a server its two connections took the server's time from the first
// frame's read.
func (m Model) Init() tea.Cmd {
	return tea.Batch(afterDelay(m.backgroundDelay, startWatchCmd(m.ctx, m.book)), tea.RequestBackgroundColor,
		afterDelay(m.backgroundDelay, rescoreCmd(m.ctx, m.book)), m.start)
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

// Update implements tea.Model: it hands each message to its owner. Keys go
// to the screen on top; what comes back from the book goes to the screen
// that asked, wherever it lies on the stack. A customer's read for a
// screen since closed is dropped; the lists and the insights, kept between
// visits, drop the answers of a read that a newer one replaced.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		cmd = m.resize(msg)
	case tea.BackgroundColorMsg:
		m.recolour(msg)
	case tea.KeyPressMsg:
		cmd = m.handleKey(msg)
	case tea.MouseMsg:
		cmd = m.handleMouse(msg)
	case answeredMsg:
		return m.answered(msg)
	case boardLoadedMsg, cardsLoadedMsg:
		cmd = m.boardRead(msg)
	case writtenMsg, errMsg, conflictMsg, emailTakenMsg, readFailedMsg:
		cmd = m.bookAnswered(msg)
	case watchStartedMsg, watchTickMsg, bookChangedMsg, rescoredMsg, backupMsg, statusExpiredMsg:
		cmd = m.bookNews(msg)
	case customerLoadedMsg:
		m.customerRead(msg)
	case triageLoadedMsg, triageReasonsMsg, triageDoneMsg:
		cmd = m.triageRead(msg)
	case searchedMsg, agendaLoadedMsg:
		m.listRead(msg)
	case tea.PasteMsg:
		cmd = m.pasted(msg)
	case prefsSavedMsg:
		cmd = m.prefsSaved(msg)
	case insightsChoicesMsg, insightsFunnelMsg, insightsPeriodMsg, insightsQuickMsg, insightsLoadedMsg, insightsFlagsMsg, insightsFailedMsg, insightsTickMsg:
		cmd = m.insightsRead(msg)
	default:
		cmd = m.reachOrDraftRead(msg)
	}
	return m, cmd
}

// resize lays every screen out for the window's new size.
func (m *Model) resize(msg tea.WindowSizeMsg) tea.Cmd {
	m.width, m.height = msg.Width, msg.Height
	m.layOutBoard()
	if s, ok := find[*customerScreen](m); ok {
		s.setSize(m.width, m.bodyHeight())
	}
	if s, ok := find[*searchScreen](m); ok {
		s.setSize(m.width, m.bodyHeight())
	}
	m.triage.setSize(m.width, m.bodyHeight())
	m.agenda.setSize(m.width, m.bodyHeight())
	m.insights.setSize(m.width, m.bodyHeight())
	return tea.Batch(m.loadMissing(), m.loadTriageReasons())
}

// recolour takes the styles for the terminal's background.
func (m *Model) recolour(msg tea.BackgroundColorMsg) {
	m.dark = msg.IsDark()
	m.styles = NewStyles(m.dark)
	m.help.Styles = help.DefaultStyles(msg.IsDark())
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
func (sh *shared) bodyHeight() int { return max(sh.height-3, 1) }

// bookName is the book's file name, for the status line and window title.
func (m *Model) bookName() string { return data.ShortName(m.book.Path()) }

// now is the book's clock.
func (sh *shared) now() time.Time { return sh.book.Now() }
