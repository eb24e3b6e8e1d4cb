package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// keyCodes are the keys that have a name rather than a letter, by the
// name the key bindings give them.
var keyCodes = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
	"space": tea.KeySpace, "up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
}

// pressOf is the message a terminal sends for a key named as the key
// bindings name it ("enter", "shift+tab", "H", "?"), so that a click can
// press it; false for a name it does not know.
func pressOf(name string) (tea.KeyPressMsg, bool) {
	var k tea.KeyPressMsg
	for _, mod := range []struct {
		prefix string
		mod    tea.KeyMod
	}{{"shift+", tea.ModShift}, {"ctrl+", tea.ModCtrl}, {"shift+", tea.ModShift}} {
		if rest, ok := strings.CutPrefix(name, mod.prefix); ok && rest != "" {
			k.Mod |= mod.mod
			name = rest
		}
	}
	if code, ok := keyCodes[name]; ok {
		k.Code = code
		if code == tea.KeySpace && k.Mod == 0 {
			k.Text = " "
		}
		return k, true
	}
	r := []rune(name)
	if len(r) != 1 {
		return tea.KeyPressMsg{}, false
	}
	k.Code = r[0]
	if k.Mod == 0 {
		k.Text = name
	}
	return k, true
}
