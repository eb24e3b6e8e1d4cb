package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// The screens lie on a stack: the board at the bottom, above it what the
// user opened, in the order it was opened. The top layer has the keyboard;
// closing it (pop) gives the keyboard back to the layer under it, so where
// a screen returns to is the stack itself. A new screen is a type that
// implements layer, in a file of its own, and a push where it opens.

// layer is one screen on the stack: it handles the keys pressed while it
// is on top and says its help line. What it draws and says needs only the
// shared context; a key reaches the root model, since it may open another
// screen, close this one or read the board again.
type layer interface {
	// key handles a key press.
	key(m *Model, msg tea.KeyPressMsg) tea.Cmd
	// helpLine is the short help under the screen while the layer is on top.
	helpLine(sh *shared) string
}

// fullScreen is a layer that fills the body: the board, a customer, the
// re-engagement list, the insights. Its keys make the ? help.
type fullScreen interface {
	layer
	body(m *Model) string
	keyMap() help.KeyMap
}

// box is a layer drawn in the middle of the screen under it: a form, a
// picker, a question, the help.
type box interface {
	layer
	view(sh *shared) string
}

// changer is a screen whose keys start changes, which a read-only book
// refuses at once.
type changer interface {
	changeKeys() []key.Binding
}

// push opens a layer on top.
func (m *Model) push(l layer) { m.stack = append(m.stack, l) }

// open pushes a layer and returns the command that starts it, such as a
// form's cursor blinking.
func (m *Model) open(l layer, start tea.Cmd) tea.Cmd {
	m.push(l)
	return start
}

// pop closes the layer on top; the board stays.
func (m *Model) pop() {
	if len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
}

// closeAll closes every layer above the board.
func (m *Model) closeAll() { m.stack = m.stack[:1] }

// top is the layer that has the keyboard.
func (m *Model) top() layer { return m.stack[len(m.stack)-1] }

// onBoard reports whether the board itself has the keyboard.
func (m *Model) onBoard() bool { return len(m.stack) == 1 }

// screen is the full screen nearest the top: the one shown under any box.
func (m *Model) screen() fullScreen {
	for i := len(m.stack) - 1; i > 0; i-- {
		if s, ok := m.stack[i].(fullScreen); ok {
			return s
		}
	}
	return m.stack[0].(fullScreen)
}

// find is the layer of type T nearest the top, wherever it lies.
func find[T layer](m *Model) (T, bool) {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if l, ok := m.stack[i].(T); ok {
			return l, true
		}
	}
	var none T
	return none, false
}

// showing reports whether the full screen shown is of type T.
func showing[T fullScreen](m *Model) bool {
	_, ok := m.screen().(T)
	return ok
}

// onTop reports whether the layer on top is of type T.
func onTop[T layer](m *Model) bool {
	_, ok := m.top().(T)
	return ok
}
