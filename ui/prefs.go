package ui

import (
	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/ui/words"
)

// prefsSavedMsg says how keeping the person's own settings went.
type prefsSavedMsg struct{ err error }

// ownSettingsPath is where the person's own settings are: the file in
// their config folder, or none for the tests.
var ownSettingsPath = data.PrefsPath

// usePrefs reads the person's own settings for the board. A damaged file
// does not keep the board from opening: it opens with the defaults for
// what could not be read, and the status line says what is wrong.
func (m *Model) usePrefs() {
	path, err := ownSettingsPath()
	if err == nil {
		m.prefs, err = data.LoadPrefs(path)
	}
	m.filter.order = m.prefs.BoardSort()
	m.setCompact(compactChoices[m.prefs.BoardCompact()])
	if err != nil {
		m.status.set(words.T("board.sort.prefs-unread", words.V{"Problem": errorText(err)}), true)
	}
}

// compactChoices are the compact board's settings as the board takes them.
var compactChoices = map[string]compactChoice{
	data.CompactAuto: compactByWidth, data.CompactOn: compactOn, data.CompactOff: compactOff,
}

// keepPref sets one of the person's own settings and keeps it in their
// file, off the loop, since the file is flushed to the disk.
func (m *Model) keepPref(key, value string) tea.Cmd {
	if err := m.prefs.Set(key, value); err != nil {
		return m.status.set(errorText(err), true)
	}
	prefs := m.prefs
	return func() tea.Msg { return prefsSavedMsg{err: prefs.Save()} }
}

// prefsSaved says on the status line when the settings could not be
// kept; the choice stays for as long as the board is open.
func (m *Model) prefsSaved(msg prefsSavedMsg) tea.Cmd {
	if msg.err == nil {
		return nil
	}
	return m.status.set(words.T("board.sort.not-kept", words.V{"Problem": errorText(msg.err)}), true)
}
