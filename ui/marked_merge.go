package ui

import (
	"context"
	"strconv"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// chooseKept asks which of the two marked customers a merge keeps: the
// selected card first, as the one most likely meant.
func (m *Model) chooseKept() tea.Cmd {
	two := m.marksKeptFirst()
	if len(two) != 2 {
		return nil
	}
	p := &picker{purpose: pickKept, title: words.T("bulk.merge.title"),
		hint: words.T("bulk.actions.hint"), keys: words.T("bulk.actions.keys"), current: -1}
	for _, c := range two {
		p.labels = append(p.labels, words.T("bulk.merge.keep", words.V{"Name": text.Fit(c.Name, 30), "ID": c.ID}))
		p.values = append(p.values, strconv.FormatInt(c.ID, 10))
	}
	m.push(p)
	return nil
}

// marksKeptFirst are the marked customers, the selected one first.
func (m *Model) marksKeptFirst() []lifecycle.Customer {
	var out []lifecycle.Customer
	for _, id := range m.marks.ids() {
		if id == m.selectedID() {
			out = append([]lifecycle.Customer{m.marks[id]}, out...)
			continue
		}
		out = append(out, m.marks[id])
	}
	return out
}

// mergeMarked merges the other marked customer into the one kept (its id
// as picked).
func (m *Model) mergeMarked(picked string) tea.Cmd {
	id, _ := strconv.ParseInt(picked, 10, 64)
	keep, ok := m.marks[id]
	if !ok {
		return nil
	}
	for _, other := range m.marks {
		if other.ID != id {
			return m.write(mergeCmd(m.ctx, m.book, keep, other))
		}
	}
	return nil
}

// mergeCmd merges other into keep, one step of undo.
func mergeCmd(ctx context.Context, b *data.Book, keep, other lifecycle.Customer) tea.Cmd {
	return func() tea.Msg {
		v := words.V{"Keep": text.Clean(keep.Name), "Other": text.Clean(other.Name)}
		if _, err := b.Merge(ctx, keep.ID, other.ID); err != nil {
			return errMsg{failed(words.T("bulk.merge.failed", words.V{"Reason": err}), err)}
		}
		step := &undoStep{what: words.T("bulk.merge.undo", v), customer: keep.ID,
			undo: func(ctx context.Context, b *data.Book) error {
				_, err := b.UndoMerge(ctx, keep.ID)
				return err
			}}
		return writtenMsg{step: step, status: words.T("bulk.merge.done", v), selectID: keep.ID}
	}
}
