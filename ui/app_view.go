package ui

import (
	"tend/ui/text"

	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// View implements tea.Model.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "tend · " + text.Clean(m.bookName())
	return v
}

// render draws the whole screen: title line, body, status line and help.
func (m Model) render() string {
	if m.width == 0 || m.height == 0 {
		return ""
	}
	body := m.body()
	w, h := m.width, m.bodyHeight()
	switch m.screen {
	case screenPicker:
		body = overlay(body, m.picker.view(&m.styles, h), w, h)
	case screenHelp:
		body = overlay(body, m.fullHelp(), w, h)
	case screenContactForm:
		body = overlay(body, m.contactForm.view(&m.styles, w), w, h)
	case screenCustomerForm:
		body = overlay(body, m.customerForm.view(&m.styles, w), w, h)
	case screenPurchaseForm:
		body = overlay(body, m.purchaseForm.view(&m.styles, w), w, h)
	case screenConfirmArchive:
		body = overlay(body, m.styles.Overlay.Render("Archive "+text.Fit(m.customer.customer.Name, 40)+"?\n\n"+
			m.styles.Muted.Render("It leaves the board; its history stays. y archive · any other key keeps it")), w, h)
	case screenSnooze:
		body = overlay(body, m.snooze.view(&m.styles, w), w, h)
	case screenInsightsDates:
		body = overlay(body, m.insights.dates.view(&m.styles, w), w, h)
	case screenConflict:
		body = overlay(body, m.conflict.view(&m.styles), w, h)
	case screenConfirmGiveUp:
		body = overlay(body, m.styles.Overlay.Render("Give up on "+text.Fit(m.giveUp.Name, 40)+"?\n\n"+
			m.styles.Muted.Render("They move to the last ended phase and are marked do not contact.\ny give up · any other key keeps them")), w, h)
	}
	screen := strings.Join([]string{m.titleLine(), body, m.statusLine(), m.helpLine()}, "\n")
	if m.drag.active() {
		ghost := m.styles.Ghost.Render(text.Fit(m.drag.card.Name, 24))
		screen = lipgloss.NewCompositor(
			lipgloss.NewLayer(screen),
			lipgloss.NewLayer(ghost).X(min(m.drag.at.X, max(m.width-lipgloss.Width(ghost), 0))).Y(max(min(m.drag.at.Y, m.height-3), 0)).Z(1),
		).Render()
	}
	// On a terminal smaller than the help, a form or the status line, cut
	// rather than let the terminal wrap or scroll.
	return clip(screen, m.width, m.height)
}

// body is the screen under any overlay: the board or a customer.
func (m *Model) body() string {
	if m.customerOpen() {
		return m.customer.view(&m.styles, m.lc, m.now())
	}
	if m.triageOpen() {
		return m.triage.view(&m.styles, m.lc)
	}
	if m.insightsOpen() {
		return m.insights.view(&m.styles, m.lc)
	}
	return m.board.view(boardView{styles: &m.styles, now: m.now(), search: m.filter.input.Value(),
		drop: m.dropColumn(), empty: m.emptyText(), cache: m.cards, dark: m.dark})
}

func (m *Model) emptyText() string {
	switch {
	case m.filter.searching():
		return "no matches"
	case m.filter.flagged:
		return "nothing flagged"
	case m.count == 0:
		return "n adds a customer"
	}
	return "no customers"
}

// emptyBookHint says where customers come from, on a book without any.
const emptyBookHint = "To bring customers in: tend import customers FILE"

// titleLine shows the program, the filter and where undo stands.
func (m *Model) titleLine() string {
	left := m.styles.Title.Render("tend")
	if m.book.ReadOnly() {
		left += "  " + m.styles.StatusError.Render(readOnlyBanner)
	}
	if m.filter.flagged {
		left += "  " + m.styles.Warn.Render(flaggedSymbol+" flagged only")
	}
	if m.screen == screenFilter || m.filter.searching() {
		left += "  " + m.filter.view(m.width/2)
	}
	right := ""
	if n := len(m.undo); n > 0 {
		right = m.styles.Muted.Render("u undo")
	}
	return spread(left, right, m.width)
}

// statusLine shows the last message on the left and the book on the right.
func (m *Model) statusLine() string {
	book := m.styles.Muted.Render(text.Clean(m.bookName()) + " · " + m.customerCount())
	style, said := m.styles.Status, m.status.text
	if m.status.isErr {
		style = m.styles.StatusError
	}
	if said == "" && m.count == 0 && m.screen == screenBoard {
		style, said = m.styles.Muted, emptyBookHint
	}
	return spread(style.Render(text.Fit(said, max(m.width-lipgloss.Width(book)-2, 1))), book, m.width)
}

// helpLine is the short help of the screen that has the keyboard.
func (m *Model) helpLine() string {
	m.help.SetWidth(m.width)
	switch m.screen {
	case screenFilter:
		return m.styles.Muted.Render("type to filter · enter keep · esc clear")
	case screenPicker:
		return m.styles.Muted.Render("↑/↓ choose · enter " + m.picker.verb + " · esc cancel")
	case screenContactForm, screenCustomerForm, screenPurchaseForm, screenInsightsDates:
		return m.styles.Muted.Render("enter save · tab next field · esc cancel")
	case screenConfirmArchive:
		return m.styles.Muted.Render("y archive · any other key cancels")
	case screenConfirmGiveUp:
		return m.styles.Muted.Render("y give up · any other key cancels")
	case screenSnooze:
		return m.styles.Muted.Render("1-3 pick · d a date · esc cancel")
	case screenConflict:
		return m.styles.Muted.Render("o keep yours · t keep theirs")
	}
	if m.screen == screenBoard && m.count == 0 {
		k := m.keys
		return m.help.ShortHelpView([]key.Binding{k.New, k.Help, k.Quit})
	}
	return m.help.ShortHelpView(m.keyMap().ShortHelp())
}

// fullHelp is the ? overlay: every key of the board.
func (m *Model) fullHelp() string {
	m.help.SetWidth(m.width - 4)
	title := m.styles.Title.Render("Keys") + "\n\n"
	mouse := "\n\n" + m.styles.Muted.Render("mouse: click selects · drag a card onto a column moves it · wheel scrolls")
	if m.back != screenBoard {
		mouse = ""
	}
	return m.styles.Overlay.Render(title + m.help.FullHelpView(m.keyMap().FullHelp()) + mouse + "\n\n" + m.styles.Muted.Render("any key closes"))
}

// keyMap is the key map of the screen in front (or under the help).
func (m *Model) keyMap() help.KeyMap {
	switch {
	case m.screen == screenCustomer || m.back == screenCustomer:
		return m.ckeys
	case m.screen == screenTriage || m.back == screenTriage:
		return m.tkeys
	case m.screen == screenInsights || m.back == screenInsights:
		return m.ikeys
	}
	return m.keys
}

// overlay draws box in the middle of base, both w × h cells.
func overlay(base, box string, w, h int) string {
	x := max((w-lipgloss.Width(box))/2, 0)
	y := max((h-lipgloss.Height(box))/2, 0)
	return clip(lipgloss.NewCompositor(lipgloss.NewLayer(base), lipgloss.NewLayer(box).X(x).Y(y).Z(1)).Render(), w, h)
}
