package ui

import (
	"context"
	"fmt"
	"image"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
)

// harness drives the root model the way the program loop does, but in the
// test's goroutine: every message goes through Update and every command it
// returns runs at once, its messages fed back, until nothing is left.
type harness struct {
	t    testing.TB
	ctx  context.Context
	book *data.Book
	m    Model
	quit bool // a command said tea.QuitMsg
	// clipboard holds what commands put on the terminal's clipboard
	// (OSC 52), in order.
	clipboard []string
}

// newHarness opens the board on book in a terminal of w × h cells.
func newHarness(t testing.TB, book *data.Book, w, h int) *harness {
	t.Helper()
	ctx := context.Background()
	m, err := New(ctx, book)
	if err != nil {
		t.Fatal(err)
	}
	if path, _ := ownSettingsPath(); path == "" {
		// A test's own settings file, so that what one keeps (z, o)
		// neither fails for want of a folder nor reaches another test.
		if m.prefs, err = data.LoadPrefs(filepath.Join(t.TempDir(), "settings.toml")); err != nil {
			t.Fatal(err)
		}
	}
	hs := &harness{t: t, ctx: ctx, book: book, m: m}
	t.Cleanup(func() { hs.m.Close() })
	hs.run(m.Init()) // as the program does: the start-up scoring among others
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send passes messages to Update one after the other, running what each
// returns.
func (h *harness) send(msgs ...tea.Msg) {
	h.t.Helper()
	for _, msg := range msgs {
		next, cmd := h.m.Update(msg)
		h.m = next.(Model)
		h.run(cmd)
	}
}

// run executes a command and everything that follows from it, depth first,
// so that the outcome does not depend on timing. Timers (the watcher's tick,
// the status line's expiry, the cursor's blink) are not run: they only
// wait.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	if cmd == nil || isTimer(cmd) {
		return
	}
	msg := cmd()
	if cmds, ok := cmdList(msg); ok {
		for _, c := range cmds {
			h.run(c)
		}
		return
	}
	if reflect.TypeOf(msg) == clipboardType {
		h.clipboard = append(h.clipboard, reflect.ValueOf(msg).String())
		return
	}
	switch msg.(type) {
	case nil:
	case tea.QuitMsg:
		h.quit = true
	default:
		h.send(msg)
	}
}

// cmdList unpacks tea.Batch and tea.Sequence, whose messages are lists of
// commands.
func cmdList(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

// timerCode holds the code of the closures that only wait for a timer:
// every tea.Tick shares one, as every blink of a text cursor does.
var timerCode = func() map[uintptr]bool {
	c := cursor.New()
	return map[uintptr]bool{
		codeOf(tea.Tick(time.Nanosecond, func(time.Time) tea.Msg { return nil })): true,
		codeOf(c.Focus()): true,
		// The watcher's wait for news of the book, which ends in a tick.
		codeOf(watchTick(context.Background(), new(data.Watcher))): true,
	}
}()

// clipboardType is the type of tea.SetClipboard's message, which Bubble
// Tea keeps to itself.
var clipboardType = reflect.TypeOf(tea.SetClipboard("")())

func codeOf(cmd tea.Cmd) uintptr { return reflect.ValueOf(cmd).Pointer() }

func isTimer(cmd tea.Cmd) bool { return timerCode[codeOf(cmd)] }

// press sends key presses named as the key bindings name them: "enter",
// "shift+right", "pgdown", "L", "/".
func (h *harness) press(names ...string) {
	h.t.Helper()
	for _, n := range names {
		h.send(keyPress(n))
	}
}

// typeText types text one character at a time.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// keyPress builds the message a terminal sends for a named key.
func keyPress(name string) tea.KeyPressMsg {
	k, ok := pressOf(name)
	if !ok {
		panic("unknown key " + name)
	}
	return k
}

// Mouse messages at a screen cell.

func click(p image.Point) tea.MouseClickMsg {
	return tea.MouseClickMsg{X: p.X, Y: p.Y, Button: tea.MouseLeft}
}

func motion(p image.Point) tea.MouseMotionMsg {
	return tea.MouseMotionMsg{X: p.X, Y: p.Y, Button: tea.MouseLeft}
}

func release(p image.Point) tea.MouseReleaseMsg {
	return tea.MouseReleaseMsg{X: p.X, Y: p.Y, Button: tea.MouseLeft}
}

func wheel(p image.Point, b tea.MouseButton) tea.MouseWheelMsg {
	return tea.MouseWheelMsg{X: p.X, Y: p.Y, Button: b}
}

// raw is the screen as the program draws it, styles included.
func (h *harness) raw() string { return h.m.View().Content }

// on reports whether the layer on top is of l's type.
func (h *harness) on(l layer) bool { return reflect.TypeOf(h.m.top()) == reflect.TypeOf(l) }

// topName names the layer on top, for a failure's message.
func (h *harness) topName() string { return fmt.Sprintf("%T", h.m.top()) }

// customer is the customer screen on the stack; the test fails without
// one.
func (h *harness) customer() *customerScreen {
	h.t.Helper()
	s, ok := find[*customerScreen](&h.m)
	if !ok {
		h.t.Fatalf("no customer screen is open:\n%s", h.screen())
	}
	return s
}

// picker is the picker on top; the test fails without one.
func (h *harness) picker() *picker {
	h.t.Helper()
	p, ok := h.m.top().(*picker)
	if !ok {
		h.t.Fatalf("no picker is open:\n%s", h.screen())
	}
	return p
}

// screen is the screen without its colours.
func (h *harness) screen() string { return ansi.Strip(h.raw()) }

// lines are the screen's lines without colours.
func (h *harness) lines() []string { return strings.Split(h.screen(), "\n") }

// statusLine is the line above the help.
func (h *harness) statusLine() string {
	l := h.lines()
	return l[len(l)-2]
}

// selected is the selected card; the test fails when there is none.
func (h *harness) selected() lifecycle.Customer {
	h.t.Helper()
	c, ok := h.m.board.selected()
	if !ok {
		h.t.Fatal("no card is selected")
	}
	return c
}

// focusedPhase is the key of the focused column.
func (h *harness) focusedPhase() string { return h.m.board.cols[h.m.board.focus].phase.Key }

// column returns the index of a phase's column.
func (h *harness) column(phase string) int {
	h.t.Helper()
	ci := h.m.board.columnIndex(phase)
	if ci < 0 {
		h.t.Fatalf("no column %q", phase)
	}
	return ci
}

// goTo selects a customer with the keys alone: to its column with h and l,
// to the top with g, then down with j.
func (h *harness) goTo(name string) lifecycle.Customer {
	h.t.Helper()
	id := idOf(h.t, h.book, name)
	c, idx, err := h.book.CardIndex(h.ctx, h.m.filter.value(), id)
	if err != nil || idx < 0 {
		h.t.Fatalf("%s is not on the board (%v)", name, err)
	}
	for want := h.column(c.Phase); h.m.board.focus != want; {
		if h.m.board.focus < want {
			h.press("l")
		} else {
			h.press("h")
		}
	}
	h.press("g")
	for range idx {
		h.press("j")
	}
	if got := h.selected(); got.ID != id {
		h.t.Fatalf("selected %s, want %s", got.Name, name)
	}
	return c
}

// boardTop is the screen row of the columns' first line, under the title
// line and the phase strip.
const boardTop = bodyTop + stripLines

// wholeCards turns the compact board off, for a test of the whole cards on
// a terminal where the board is compact by itself.
func (h *harness) wholeCards() {
	h.m.setCompact(compactOff)
	h.m.layOutBoard()
	h.run(h.m.loadMissing())
}

// cardPoint is a screen cell on the card at index i of column ci, which
// must be on screen: the board starts below the title line, each column
// has its header, then the cards follow one under the other.
func (h *harness) cardPoint(ci, i int) image.Point {
	h.t.Helper()
	b := &h.m.board
	l := b.layout()
	row := i - b.cols[ci].top
	if ci < b.left || ci >= b.left+l.columns || row < 0 || row >= l.cardsPerColumn {
		h.t.Fatalf("card %d of column %d is not on screen", i, ci)
	}
	return image.Pt((ci-b.left)*l.columnWidth+2, boardTop+headerLines+row*l.cardLines)
}

// columnPoint is a screen cell inside column ci, below its header.
func (h *harness) columnPoint(ci int) image.Point {
	h.t.Helper()
	b := &h.m.board
	l := b.layout()
	if ci < b.left || ci >= b.left+l.columns {
		h.t.Fatalf("column %d is not on screen", ci)
	}
	return image.Pt((ci-b.left)*l.columnWidth+l.columnWidth/2, boardTop+headerLines+1)
}

// columnText is what column ci shows on a line of the screen, without
// colours.
func (h *harness) columnText(ci, line int) string {
	return h.columnTextIn(h.lines(), ci, line)
}

// columnTextIn is columnText on a screen already drawn.
func (h *harness) columnTextIn(lines []string, ci, line int) string {
	b := &h.m.board
	l := b.layout()
	x := (ci - b.left) * l.columnWidth
	w := l.columnWidth - 1
	if ci == b.left+l.columns-1 {
		w = b.width - x - 1 // the last column takes what is left
	}
	return ansi.Cut(lines[line], x, x+w)
}
