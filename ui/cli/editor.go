package cli

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"

	"tend/ui/text"
	"tend/ui/words"
)

// isTerminalIn tells whether r is a terminal a person types in.
func isTerminalIn(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// editText opens text in the editor, in a file only this user may read,
// and returns what was saved.
func editText(was string) (string, error) {
	dir, err := os.MkdirTemp("", "tend-edit-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "template.txt")
	if err := os.WriteFile(path, []byte(was), 0o600); err != nil {
		return "", err
	}
	editor := text.Editor()
	cmd := exec.Command(editor[0], append(editor[1:], path)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", errors.New(words.T("cli.templates.editor-failed", words.V{"Editor": strings.Join(editor, " "), "Reason": err}))
	}
	saved, err := os.ReadFile(path)
	return string(saved), err
}
