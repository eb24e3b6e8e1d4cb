package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"tend/ui/words"
)

// helpBox is the ? overlay: every key of the screen it was opened on, and
// on a second page, behind tab, what the symbols and the words a newcomer
// does not know mean. Any other key closes it.
type helpBox struct {
	keys   help.KeyMap
	mouse  string // what the mouse does on the screen, where it does more than scroll
	legend bool   // the second page is shown
	scroll int    // the first line of the page shown, as the wheel moved it
}

// openHelp shows the keys of the screen shown.
func (m *Model) openHelp() {
	m.push(helpBox{keys: m.screen().keyMap(), mouse: m.mouseHelp()})
}

// mouseHelp says what the mouse does on the screen shown.
func (m *Model) mouseHelp() string {
	switch {
	case m.onBoard():
		return words.T("board.help.mouse") + "\n" + words.T("board.help.mouse-strip")
	case showing[*triageList](m):
		return words.T("triage.help.mouse")
	case showing[*agendaList](m):
		return words.T("agenda.help.mouse")
	case showing[*searchScreen](m):
		return words.T("search.help.mouse")
	}
	return ""
}

func (b helpBox) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() == "tab" {
		b.legend, b.scroll = !b.legend, 0
		m.push(b)
	}
	return nil
}

// helpLine is the short help of the screen under it.
func (b helpBox) helpLine(sh *shared) string { return sh.shortHelp(b.keys) }

// view is the page shown, in a box no taller than the body: a page taller
// than that shows the part the wheel scrolled to.
func (b helpBox) view(sh *shared) string {
	lines, room := b.lines(sh), b.room(sh)
	top := min(max(b.scroll, 0), max(len(lines)-room, 0))
	return sh.styles.Overlay.Render(strings.Join(lines[top:min(top+room, len(lines))], "\n"))
}

// room is how many lines of the page the box shows, inside its border.
func (b helpBox) room(sh *shared) int { return max(sh.bodyHeight()-2, 1) }

// lines are the page's lines, each as wide as the widest, so that the box
// keeps its width as it scrolls.
func (b helpBox) lines(sh *shared) []string {
	page := legendText(sh)
	if !b.legend {
		page = b.keysText(sh)
	}
	lines := strings.Split(page, "\n")
	w := lipgloss.Width(page)
	for i := range lines {
		lines[i] = pad(lines[i], w)
	}
	return lines
}

// keysText is the first page: every key of the screen.
func (b helpBox) keysText(sh *shared) string {
	sh.help.SetWidth(sh.width - 4)
	// The way out and to the symbols stands beside the title, where a
	// short terminal still shows it above the keys.
	title := sh.styles.Title.Render(words.T("board.help.title")) + "   " +
		sh.styles.Muted.Render(words.T("board.help.close")) + "\n\n"
	mouse := ""
	if b.mouse != "" {
		mouse = "\n\n" + sh.styles.Muted.Render(b.mouse)
	}
	return title + sh.help.FullHelpView(b.keys.FullHelp()) + mouse
}

// helpMouse scrolls the help with the wheel.
func (m *Model) helpMouse(msg tea.MouseMsg) tea.Cmd {
	w, ok := msg.(tea.MouseWheelMsg)
	b := m.top().(helpBox)
	if !ok {
		return nil
	}
	switch w.Button {
	case tea.MouseWheelUp:
		b.scroll--
	case tea.MouseWheelDown:
		b.scroll++
	}
	b.scroll = min(max(b.scroll, 0), max(len(b.lines(&m.shared))-b.room(&m.shared), 0))
	m.stack[len(m.stack)-1] = b
	return nil
}
