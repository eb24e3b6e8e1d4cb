package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// The footer is the short help on the last line of the screen: the keys
// of the layer on top that fit. A click on a key there presses it, on
// every screen, so the footer notes the keys it drew as it draws them.

// shortHelp is the short help of a screen's key map: its keys in the
// order they matter, as many as the width holds whole, with ? and q last.
func (sh *shared) shortHelp(k help.KeyMap) string {
	return sh.footerOf(fitKeys(k.ShortHelp(), sh.width, sh.help.ShortSeparator))
}

// footerOf draws keys as the footer and notes them for a click.
func (sh *shared) footerOf(keys []key.Binding) string {
	sh.help.SetWidth(sh.width)
	sh.footer = keys
	return sh.help.ShortHelpView(keys)
}

// footerKeyAt is the key whose hint is drawn at cell x of the footer of
// keys, as the help draws them: each key's name, a space and what it does,
// the separator between them. A hint that names several keys ("H/L")
// presses the one under the pointer.
func footerKeyAt(keys []key.Binding, x, width int, sep string) (string, bool) {
	at := 0
	for i, k := range keys {
		if i > 0 {
			at += lipgloss.Width(sep)
		}
		h := k.Help()
		w := lipgloss.Width(h.Key) + 1 + lipgloss.Width(h.Desc)
		if at+w > width {
			return "", false // cut off: the help draws "…" there
		}
		if x >= at && x < at+w {
			return keyUnder(k, x-at), true
		}
		at += w
	}
	return "", false
}

// keyUnder is the key of a binding at cell x of its hint: the name under
// the pointer where the hint names each key ("H/L"), else the first.
func keyUnder(k key.Binding, x int) string {
	names, keys := strings.Split(k.Help().Key, "/"), k.Keys()
	if len(names) == len(keys) {
		at := 0
		for i, n := range names {
			at += lipgloss.Width(n) + 1
			if x < at {
				return keys[i]
			}
		}
	}
	return keys[0]
}

// pressFooter presses the key whose hint is at cell x of the footer, as
// the layer on top draws it now.
func (m *Model) pressFooter(x int) tea.Cmd {
	m.footer = nil
	m.helpLine() // lays the footer out as shown, noting its keys
	name, ok := footerKeyAt(m.footer, x, m.width, m.help.ShortSeparator)
	if !ok {
		return nil
	}
	msg, ok := pressOf(name)
	if !ok {
		return nil
	}
	if onTop[helpBox](m) {
		m.pop() // the help shows the keys of the screen under it, for it
	}
	return m.handleKey(msg)
}
