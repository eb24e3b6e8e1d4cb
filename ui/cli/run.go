// Package cli is tend's command line: the other face of its user
// interface, beside the board. Each command has a file of its own; the
// pieces they share are in files named for what they are.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/fang"

	"tend/ui/text"
)

// Run runs the command line with the process's arguments and returns the
// exit code: 0, 1 for an error, 130 for a command stopped by ctrl+c.
func Run(ctx context.Context, version string) int {
	err := fang.Execute(ctx, withNegativeArgs(newRootCmd(), os.Args[1:]), fang.WithVersion(version),
		fang.WithErrorHandler(showError), fang.WithNotifySignal(os.Interrupt))
	switch {
	case errors.Is(err, errInterrupted):
		return 130 // as a shell reports a command ended by ctrl+c
	case err != nil:
		return 1
	}
	return 0
}

// errInterrupted is what a command says when ctrl+c stopped it. Every
// write is one transaction, so the one under way is rolled back whole.
var errInterrupted = errors.New("interrupted before it was done; nothing half-written was stored")

// interrupted puts errInterrupted in place of what a command stopped by
// ctrl+c returned: the store's words for a cancelled query ("context
// canceled", "statement is closed", on the row it stopped at) name no
// cause the user knows.
func interrupted(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil && !errors.Is(err, errInterrupted) {
		return errInterrupted
	}
	return err
}

// showError prints an error on stderr: one line, or one line per bad row of
// an import. Errors may quote names from the book, so each line is cleaned
// like any stored text.
func showError(w io.Writer, _ fang.Styles, err error) {
	lines := strings.Split(phrase(err), "\n")
	for i, line := range lines {
		lines[i] = text.Clean(line)
	}
	fmt.Fprintf(w, "tend: %s\n", strings.Join(lines, "\n"))
}
