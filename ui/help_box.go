package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"tend/ui/words"
)

// helpBox is the ? overlay: every key of the screen it was opened on.
// Any key closes it.
type helpBox struct {
	keys  help.KeyMap
	board bool // the board's help also says what the mouse does
}

// openHelp shows the keys of the screen shown.
func (m *Model) openHelp() {
	m.push(helpBox{keys: m.screen().keyMap(), board: m.onBoard()})
}

func (helpBox) key(m *Model, _ tea.KeyPressMsg) tea.Cmd {
	m.pop()
	return nil
}

// helpLine is the short help of the screen under it.
func (b helpBox) helpLine(sh *shared) string { return sh.shortHelp(b.keys) }

func (b helpBox) view(sh *shared) string {
	sh.help.SetWidth(sh.width - 4)
	title := sh.styles.Title.Render(words.T("board.help.title")) + "\n\n"
	mouse := ""
	if b.board {
		mouse = "\n\n" + sh.styles.Muted.Render(words.T("board.help.mouse"))
	}
	closes := sh.styles.Muted.Render(words.T("board.help.close"))
	return sh.styles.Overlay.Render(title + sh.help.FullHelpView(b.keys.FullHelp()) + mouse + "\n\n" + closes)
}
