package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// The actions . offers on the marked customers besides a move, by the
// values of its picker.
const (
	markedTag     = "tag"
	markedUntag   = "untag"
	markedOwner   = "owner"
	markedArchive = "archive"
	markedRestore = "restore"
	markedMerge   = "merge"
)

// newMarkedPicker chooses a phase for the n marked customers (purpose
// pickMarkedPhase) or what to do to them (pickMarkedAction): archived
// ones stay as they were left until they are restored, which is then the
// one action offered.
func newMarkedPicker(purpose pickPurpose, lc lifecycle.Lifecycle, n int, archived bool) *picker {
	if purpose == pickMarkedPhase {
		p := &picker{purpose: purpose, title: words.N("bulk.move.title", n),
			hint: words.T("board.picker.move-hint"), keys: words.T("board.picker.move-keys"), current: -1}
		for _, ph := range lc.Visible() {
			p.labels, p.values = append(p.labels, ph.Label), append(p.values, ph.Key)
		}
		return p
	}
	p := &picker{purpose: purpose, title: words.N("bulk.actions.title", n),
		hint: words.T("bulk.actions.hint"), keys: words.T("bulk.actions.keys"), current: -1,
		labels: []string{words.T("bulk.actions.tag"), words.T("bulk.actions.untag"), words.T("bulk.actions.owner"), words.T("bulk.actions.archive")},
		values: []string{markedTag, markedUntag, markedOwner, markedArchive}}
	switch {
	case archived:
		p.labels, p.values = []string{words.T("bulk.actions.restore")}, []string{markedRestore}
	case n == 2:
		// Two marked are likely one person twice.
		p.labels, p.values = append(p.labels, words.T("bulk.actions.merge")), append(p.values, markedMerge)
	}
	return p
}

// openMarked opens the picker of purpose for the marked customers, or
// says how to mark one.
func (m *Model) openMarked(purpose pickPurpose) tea.Cmd {
	if len(m.marks) == 0 {
		return m.status.set(words.T("bulk.status.nothing-marked"), false)
	}
	m.push(newMarkedPicker(purpose, m.lc, len(m.marks), m.filter.archived))
	return nil
}

// actOnMarked starts the action picked for the marked customers: archive
// asks first when more than one is marked, restore too, the others ask
// for their tag or owner.
func (m *Model) actOnMarked(action string) tea.Cmd {
	n := len(m.marks)
	if action == markedMerge {
		return m.chooseKept()
	}
	if action != markedArchive && action != markedRestore {
		f := newMarkedForm(action, n)
		return m.open(f, f.focusField(0))
	}
	restore := action == markedRestore
	archive := func(m *Model) tea.Cmd {
		return m.write(archiveMarkedCmd(m.ctx, m.book, m.marks.ids(), restore, m.selectedID()))
	}
	if n == 1 {
		return archive(m)
	}
	q := confirmMarked{question: words.N("bulk.archive.question", n), note: words.T("bulk.archive.note"),
		hint: words.T("board.archive.hint"), then: archive}
	if restore {
		q.question, q.note, q.hint = words.N("bulk.restore.question", n), words.T("bulk.restore.note"), words.T("bulk.restore.hint")
	}
	m.push(q)
	return nil
}

// markedForm asks for the tag to add or remove, or the owner to give the
// marked customers.
type markedForm struct {
	form
	action string
}

func newMarkedForm(action string, n int) *markedForm {
	fd := newTextField(action, words.T("bulk.form.tag"), "", "")
	title := words.N("bulk.form.tag-title", n)
	switch action {
	case markedUntag:
		title = words.N("bulk.form.untag-title", n)
	case markedOwner:
		fd = newTextField(action, words.T("bulk.form.owner"), "", words.T("bulk.form.owner-hint"))
		title = words.N("bulk.form.owner-title", n)
	}
	return &markedForm{form: form{title: title, fields: []field{fd}}, action: action}
}

// key sends the change on enter; an empty tag changes nothing.
func (f *markedForm) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	return m.formKey(&f.form, msg, func() (tea.Cmd, bool) {
		value := strings.TrimSpace(f.fields[0].value())
		if value == "" && f.action != markedOwner {
			return nil, true
		}
		edit, said := markedEdit(f.action, value)
		return m.write(editMarkedCmd(m.ctx, m.book, m.marks.ids(), edit, said, m.selectedID())), true
	})
}

// markedEdit is the change of a customer that action makes with value,
// and what the status line says of it, by how many it changed: of none,
// that the marked customers are so already.
func markedEdit(action, value string) (func(*lifecycle.Customer) error, func(int) string) {
	has := func(c *lifecycle.Customer) bool {
		return slices.ContainsFunc(c.Tags, func(t string) bool { return strings.EqualFold(t, value) })
	}
	tag, owner := words.V{"Tag": text.Clean(value)}, words.V{"Owner": text.Clean(value)}
	switch action {
	case markedUntag:
		return func(c *lifecycle.Customer) error {
				c.Tags = slices.DeleteFunc(c.Tags, func(t string) bool { return strings.EqualFold(t, value) })
				return nil
			}, func(n int) string {
				if n == 0 {
					return words.T("bulk.status.untagged-none", tag)
				}
				return words.N("bulk.status.untagged", n, tag)
			}
	case markedOwner:
		return func(c *lifecycle.Customer) error { c.Owner = value; return nil }, func(n int) string {
			return ownedSaid(n, value == "", owner)
		}
	}
	return func(c *lifecycle.Customer) error {
			if !has(c) {
				c.Tags = append(c.Tags, value)
			}
			return nil
		}, func(n int) string {
			if n == 0 {
				return words.T("bulk.status.tagged-none", tag)
			}
			return words.N("bulk.status.tagged", n, tag)
		}
}

// ownedSaid is what the status line says of handing n customers over to
// an owner, or of clearing their owner.
func ownedSaid(n int, cleared bool, owner words.V) string {
	switch {
	case n == 0 && cleared:
		return words.T("bulk.status.unowned-none")
	case n == 0:
		return words.T("bulk.status.owned-none", owner)
	case cleared:
		return words.N("bulk.status.unowned", n)
	}
	return words.N("bulk.status.owned", n, owner)
}
