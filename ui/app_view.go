package ui

import (
	"tend/ui/text"
	"tend/ui/words"

	"strings"

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
	if b, ok := m.top().(box); ok {
		body = overlay(body, b.view(&m.shared), m.width, m.bodyHeight())
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

// body is the full screen nearest the top, under any box.
func (m *Model) body() string { return m.screen().body(m) }

func (m *Model) emptyText() string {
	switch {
	case m.filter.searching():
		return words.T("board.empty.no-matches")
	case m.filter.flagged:
		return words.T("board.empty.nothing-flagged")
	case m.filter.mine != "":
		return words.T("board.empty.none-mine")
	case m.filter.archived:
		return words.T("archived.empty")
	case m.count == 0:
		return words.T("board.empty.add")
	}
	return words.T("board.empty.no-customers")
}

// emptyBookHint says where customers come from, on a book without any.
func emptyBookHint() string { return words.T("board.empty.import") }

// titleLine shows the program, the filter and where undo stands.
func (m *Model) titleLine() string {
	left := m.styles.Title.Render("tend")
	if m.book.ReadOnly() {
		left += "  " + m.styles.StatusError.Render(readOnlyBanner())
	}
	if m.filter.archived {
		left += "  " + m.styles.Warn.Render(words.T("archived.title"))
	}
	if m.filter.flagged {
		left += "  " + m.styles.Warn.Render(words.T("board.title.flagged-only", words.V{"Symbol": flaggedSymbol}))
	}
	if m.filter.mine != "" {
		left += "  " + m.styles.Warn.Render(words.T("board.title.mine-only", words.V{"Owner": text.Clean(m.filter.mine)}))
	}
	if onTop[filterLine](m) || m.filter.searching() {
		left += "  " + m.filter.view(m.width/2)
	}
	right := ""
	if n := len(m.undo); n > 0 {
		right = m.styles.Muted.Render(words.T("board.title.undo"))
	}
	return spread(left, right, m.width)
}

// statusLine shows the last message on the left and the book on the right;
// a long message is cut between words, and the book gives way to it.
func (m *Model) statusLine() string {
	book := m.styles.Muted.Render(text.Clean(m.bookName()) + " · " + m.customerCount())
	if note := m.sortNote(); note != "" {
		book = m.styles.Accent.Render(note) + m.styles.Muted.Render(" · ") + book
	}
	if due := words.AgendaCounts(m.facts.due, m.facts.overdue); due != "" && m.onBoard() {
		book = m.styles.Warn.Render(due) + m.styles.Muted.Render(" · ") + book
	}
	if note := m.marksNote(); note != "" && (showing[*boardScreen](m) || showing[*triageList](m)) {
		book = m.styles.Accent.Render(note) + m.styles.Muted.Render(" · ") + book
	}
	style, said := m.styles.Status, m.status.text
	if m.status.isErr {
		style = m.styles.StatusError
	}
	switch {
	case said != "":
	case m.count == 0 && m.onBoard():
		style, said = m.styles.Muted, emptyBookHint()
	case m.filter.active() && showing[*boardScreen](m):
		style, said = m.styles.Muted, m.board.matchSummary()
	}
	room, withBook := statusRoom(said, lipgloss.Width(book), m.width)
	if !withBook {
		book = ""
	}
	return spread(style.Render(text.FitWords(said, room)), book, m.width)
}

// helpLine is the short help of the screen that has the keyboard.
func (m *Model) helpLine() string { return m.top().helpLine(&m.shared) }

// fitKeys keeps the keys that fit in width, in the order given (the order
// they matter), dropping one that does not fit for the next ones that do.
// The way back (esc), help and quit, which a person must always find, are
// kept wherever they stand.
func fitKeys(keys []key.Binding, width int, sep string) []key.Binding {
	always := func(k key.Binding) bool {
		ks := k.Keys()
		return len(ks) > 0 && (ks[0] == "esc" || ks[0] == "?" || ks[0] == "q")
	}
	used := 0
	for _, k := range keys {
		if always(k) {
			used += keyWidth(k, sep)
		}
	}
	var kept []key.Binding
	for _, k := range keys {
		switch w := keyWidth(k, sep); {
		case always(k):
			kept = append(kept, k)
		case k.Enabled() && used+w <= width:
			kept = append(kept, k)
			used += w
		}
	}
	return kept
}

// keyWidth is how wide a key and its help are in the short help, with the
// separator before it.
func keyWidth(k key.Binding, sep string) int {
	h := k.Help()
	return lipgloss.Width(h.Key) + 1 + lipgloss.Width(h.Desc) + lipgloss.Width(sep)
}

// hint is the short help of a box or the filter line, in a few words.
func (sh *shared) hint(s string) string { return sh.styles.Muted.Render(s) }

// overlay draws box in the middle of base, both w × h cells.
func overlay(base, box string, w, h int) string {
	x := max((w-lipgloss.Width(box))/2, 0)
	y := max((h-lipgloss.Height(box))/2, 0)
	return clip(lipgloss.NewCompositor(lipgloss.NewLayer(base), lipgloss.NewLayer(box).X(x).Y(y).Z(1)).Render(), w, h)
}
