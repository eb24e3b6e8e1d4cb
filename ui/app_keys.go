package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
)

// handleKey routes a key press to the screen that has the keyboard.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	m.quitting = false // another key: the user goes on working
	m.status.clearError()
	if m.drag.pending {
		// A key ends a drag, since it may change the screen under it; esc
		// only ends it.
		dragged := m.drag.active()
		m.drag = drag{}
		if dragged && msg.String() == "esc" {
			return m, nil
		}
	}
	if m.refusedReadOnly(msg) {
		return m, nil
	}
	switch m.screen {
	case screenHelp:
		m.closeOverlay()
		return m, nil
	case screenPicker:
		return m.pickerKey(msg)
	case screenFilter:
		return m.filterKey(msg)
	case screenCustomer:
		return m.customerKey(msg)
	case screenContactForm:
		return m.contactFormKey(msg)
	case screenCustomerForm:
		return m.customerFormKey(msg)
	case screenPurchaseForm:
		return m.purchaseFormKey(msg)
	case screenConfirmArchive:
		return m.confirmArchiveKey(msg)
	case screenTriage:
		return m.triageKey(msg)
	case screenSnooze:
		return m.snoozeKey(msg)
	case screenConfirmGiveUp:
		return m.confirmGiveUpKey(msg)
	case screenConflict:
		return m.conflictKey(msg)
	case screenInsights:
		return m.insightsKey(msg)
	case screenInsightsDates:
		return m.datesFormKey(msg)
	}
	return m.boardKey(msg)
}

func (m Model) boardKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, b := m.keys, &m.board
	if d, ok := k.step(msg, b.layout().cardsPerColumn, b.cols[b.focus].total.Count); ok {
		b.moveCursor(d)
		return m, m.loadMissing()
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.MoveLeft):
		return m, m.moveSelectedBy(-1)
	case key.Matches(msg, k.MoveRight):
		return m, m.moveSelectedBy(1)
	case key.Matches(msg, k.Left):
		b.focusColumn(b.focus - 1)
	case key.Matches(msg, k.Right):
		b.focusColumn(b.focus + 1)
	case key.Matches(msg, k.Pick):
		if c, ok := b.selected(); ok {
			m.openPicker(c)
		}
	case key.Matches(msg, k.Open):
		if c, ok := b.selected(); ok {
			return m, m.openCustomer(c)
		}
	case key.Matches(msg, k.Log):
		if c, ok := b.selected(); ok {
			return m, m.openContactForm(c)
		}
	case key.Matches(msg, k.Buy):
		if c, ok := b.selected(); ok {
			return m, m.openPurchaseForm(c)
		}
	case key.Matches(msg, k.Edit):
		if c, ok := b.selected(); ok {
			return m, m.openCustomerForm(c)
		}
	case key.Matches(msg, k.New):
		return m, m.openCustomerForm(lifecycle.Customer{})
	case key.Matches(msg, k.Filter):
		m.screen = screenFilter
		return m, m.filter.focus()
	case key.Matches(msg, k.Triage):
		return m, m.openTriage()
	case key.Matches(msg, k.Insights):
		return m, m.openInsights()
	case key.Matches(msg, k.Flagged):
		m.filter.flagged = !m.filter.flagged
		return m, m.refresh(m.selectedID())
	case key.Matches(msg, k.Undo):
		return m, m.undoLast()
	case key.Matches(msg, k.Help):
		m.back, m.screen = m.screen, screenHelp
	case msg.String() == "esc" && m.filter.active():
		m.filter.clear()
		return m, m.refresh(m.selectedID())
	}
	return m, m.loadMissing()
}

// moveSelectedBy moves the selected card to the phase delta columns away.
func (m *Model) moveSelectedBy(delta int) tea.Cmd {
	c, ok := m.board.selected()
	target := m.board.focus + delta
	if !ok || target < 0 || target >= len(m.board.cols) {
		return nil
	}
	return m.moveTo(c, m.board.cols[target].phase.Key)
}

// pushUndo keeps a change's way back on the stack, up to maxUndo of them.
func (m *Model) pushUndo(step undoStep) {
	if step == nil {
		return
	}
	m.undo = append(m.undo, step)
	if len(m.undo) > maxUndo {
		m.undo = m.undo[1:]
	}
}

// undoLast takes back the latest change still on the stack.
func (m *Model) undoLast() tea.Cmd {
	if len(m.undo) == 0 {
		return m.status.set("Nothing to undo", false)
	}
	step := m.undo[len(m.undo)-1]
	m.undo = m.undo[:len(m.undo)-1]
	return m.write(undoCmd(m.ctx, m.book, step))
}

func (m Model) pickerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p := &m.picker
	if i, ok := p.byNumber(msg.String()); ok {
		return m, m.picked(i)
	}
	switch msg.String() {
	case "up", "k":
		p.move(-1)
	case "down", "j":
		p.move(1)
	case "enter":
		return m, m.picked(p.cursor)
	case "esc", "q", "m":
		m.closeOverlay()
	}
	return m, nil
}

// picked closes the picker and acts on its choice at i.
func (m *Model) picked(i int) tea.Cmd {
	m.closeOverlay()
	p := &m.picker
	switch p.purpose {
	case pickOwner:
		return m.narrowInsights(p.values[i], m.insights.tag)
	case pickTag:
		return m.narrowInsights(m.insights.owner, p.values[i])
	}
	return m.moveTo(p.customer, p.values[i])
}

func (m Model) filterKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "esc":
		m.filter.clearSearch()
		m.screen = screenBoard
		return m, m.refresh(m.selectedID())
	case "enter", "down", "up":
		m.filter.blur()
		m.screen = screenBoard
		return m, nil
	}
	cmd, changed := m.filter.update(msg)
	if changed {
		return m, tea.Batch(cmd, m.refresh(m.selectedID()))
	}
	return m, cmd
}
