package ui

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// templatesMsg brings the templates to pick a draft to a customer from.
type templatesMsg struct {
	customer  lifecycle.Customer
	templates []lifecycle.Template
}

// draftMsg brings a draft filled for a customer.
type draftMsg struct {
	customer lifecycle.Customer
	draft    lifecycle.Draft
}

// openDraft starts a draft to a customer (D): the templates are read, and
// a picker offers them.
func (m *Model) openDraft(c lifecycle.Customer) tea.Cmd {
	ctx, b := m.ctx, m.book
	return func() tea.Msg {
		all, err := b.Templates(ctx)
		if err != nil {
			return errMsg{failed(words.T("board.draft.failed", words.V{"Name": text.Clean(c.Name), "Reason": err}), err)}
		}
		return templatesMsg{customer: c, templates: all}
	}
}

// draftRead shows what a draft's reads brought: the picker of templates,
// the draft filled, or the editor's failure; other messages pass.
func (m *Model) draftRead(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case templatesMsg:
		names := data.TemplateNames(msg.templates)
		if len(names) == 0 {
			return m.status.set(words.T("board.draft.no-templates"), true)
		}
		p := &picker{purpose: pickTemplate, title: words.T("board.draft.pick-title", words.V{"Name": text.Fit(msg.customer.Name, 30)}),
			hint: words.T("board.draft.pick-hint"), keys: words.T("board.draft.pick-keys"), current: -1, customer: msg.customer,
			labels: names, values: names}
		m.push(p)
	case draftMsg:
		if m.drafts == nil {
			m.drafts = map[int64]lifecycle.Draft{}
		}
		m.drafts[msg.customer.ID] = msg.draft
		m.push(&draftBox{customer: msg.customer, draft: msg.draft})
	case draftEditedMsg:
		if msg.err != nil {
			return m.status.set(words.T("board.draft.editor-failed", words.V{"Reason": msg.err}), true)
		}
	}
	return nil
}

// fillDraftCmd fills the template of a name for a customer, in the
// customer's language where the book has it, else the user's.
func fillDraftCmd(ctx context.Context, b *data.Book, c lifecycle.Customer, name string) tea.Cmd {
	return func() tea.Msg {
		d, err := b.Draft(ctx, c.ID, name, words.Language())
		if err != nil {
			return errMsg{failed(words.T("board.draft.failed", words.V{"Name": text.Clean(c.Name), "Reason": err}), err)}
		}
		return draftMsg{customer: c, draft: d}
	}
}

// draftBox shows a draft, to copy to the clipboard, open in the editor,
// or log as sent.
type draftBox struct {
	customer lifecycle.Customer
	draft    lifecycle.Draft
}

// whole is the draft as one text: the subject, a blank line, the body.
func (d *draftBox) whole() string {
	return words.T("board.draft.subject", words.V{"Subject": d.draft.Subject}) + "\n\n" + d.draft.Body
}

func (d *draftBox) view(sh *shared) string {
	s := &sh.styles
	inner := max(min(sh.width-6, 72), 30)
	rows := max(sh.bodyHeight()-6, 3)
	var b strings.Builder
	b.WriteString(s.Title.Render(text.Fit(words.T("board.draft.title", words.V{"Name": text.Clean(d.customer.Name), "Template": d.draft.Template}), inner)) + "\n\n")
	var lines []string
	for _, line := range strings.Split(d.whole(), "\n") {
		lines = append(lines, strings.Split(ansi.Wrap(text.Clean(line), inner, ""), "\n")...)
	}
	if len(lines) > rows {
		lines = append(lines[:rows-1], s.Muted.Render("…"))
	}
	b.WriteString(lipgloss.NewStyle().Width(inner).Render(strings.Join(lines, "\n")) + "\n\n")
	b.WriteString(s.Muted.Render(text.Fit(words.T("board.draft.keys"), inner)))
	return s.Overlay.Render(b.String())
}

func (d *draftBox) helpLine(sh *shared) string { return sh.hint(words.T("board.draft.keys")) }

func (d *draftBox) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	name := text.Clean(d.customer.Name)
	switch msg.String() {
	case "y":
		// OSC 52: the terminal puts it on the clipboard, also over SSH.
		return tea.Batch(tea.SetClipboard(d.whole()), m.status.set(words.T("board.draft.copied", words.V{"Name": name}), false))
	case "e":
		return d.edit()
	case "@":
		// The box stays, for s once the message is sent.
		return mailCmd(m.ctx, m.book, d.customer.ID, mailEnv(), d.draft)
	case "s":
		m.pop()
		return logContactCmd(m.ctx, m.book, lifecycle.Contact{CustomerID: d.customer.ID, At: m.now(), Kind: lifecycle.Email,
			Direction: lifecycle.Out, Sentiment: lifecycle.Neutral,
			Summary: words.T("board.draft.sent-summary", words.V{"Template": d.draft.Template, "Subject": d.draft.Subject})}, name)
	case "esc", "q":
		m.pop()
	}
	return nil
}

// draftEditedMsg says the editor the draft was opened in closed.
type draftEditedMsg struct{ err error }

// edit opens the draft in the user's editor, in a file only they may
// read, removed when the editor closes.
func (d *draftBox) edit() tea.Cmd {
	dir, err := os.MkdirTemp("", "tend-draft-")
	if err != nil {
		return func() tea.Msg { return draftEditedMsg{err} }
	}
	path := filepath.Join(dir, "draft.txt")
	if err := os.WriteFile(path, []byte(d.whole()), 0o600); err != nil {
		os.RemoveAll(dir)
		return func() tea.Msg { return draftEditedMsg{err} }
	}
	editor := text.Editor()
	return tea.ExecProcess(exec.Command(editor[0], append(editor[1:], path)...), func(err error) tea.Msg {
		os.RemoveAll(dir)
		return draftEditedMsg{err}
	})
}
