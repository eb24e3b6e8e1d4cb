package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

// helpBox is the ? overlay: every key of the screen it was opened on, and
// on a second page, behind tab, what the symbols and the words a newcomer
// does not know mean. Any other key closes it.
type helpBox struct {
	keys   help.KeyMap
	board  bool // the board's help also says what the mouse does
	legend bool // the second page is shown
}

// openHelp shows the keys of the screen shown.
func (m *Model) openHelp() {
	m.push(helpBox{keys: m.screen().keyMap(), board: m.onBoard()})
}

func (b helpBox) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	m.pop()
	if msg.String() == "tab" {
		b.legend = !b.legend
		m.push(b)
	}
	return nil
}

// helpLine is the short help of the screen under it.
func (b helpBox) helpLine(sh *shared) string { return sh.shortHelp(b.keys) }

func (b helpBox) view(sh *shared) string {
	if b.legend {
		return legendView(sh)
	}
	sh.help.SetWidth(sh.width - 4)
	title := sh.styles.Title.Render(words.T("board.help.title")) + "\n\n"
	mouse := ""
	if b.board {
		mouse = "\n\n" + sh.styles.Muted.Render(words.T("board.help.mouse")+"\n"+words.T("board.help.mouse-strip"))
	}
	closes := sh.styles.Muted.Render(words.T("board.help.close"))
	return sh.styles.Overlay.Render(title + sh.help.FullHelpView(b.keys.FullHelp()) + mouse + "\n\n" + closes)
}
