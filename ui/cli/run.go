// Package cli is tend's command line: the other face of its user
// interface, beside the board. Each command, or group of commands, has a
// file cmd_*.go of its own; the pieces they share are in files named for
// what they are:
//
//   - run.go: Run, the exit codes and how an error is printed
//   - root.go: the root command and the flags that choose the book
//   - book_open.go: opening the book around a command (withBook,
//     withCustomer, withBoard)
//   - customer_arg.go: the CUSTOMER argument
//   - when.go: the flags that take a day or a moment (WHEN)
//   - output.go: writing to a terminal or a pipe, JSON, and the words
//     outputs share (days ago, phase labels)
//   - args.go: negative numbers read as arguments, not flags
//   - limits.go, daily_backup.go, help.go: values over a limit, the day's
//     backup, the help's layout
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"tend/ui/text"
	"tend/ui/words"
)

// Process is what main decides for the whole process.
type Process struct {
	Version string
	// WholeReading is handed to every book opened, to pace the process
	// for a reading of the whole book (see data.Book).
	WholeReading func() (end func())
}

// Run runs the command line with the process's arguments and returns the
// exit code: 0, 1 for an error, 130 for a command stopped by ctrl+c, which
// cancels ctx.
func Run(ctx context.Context, p Process) int {
	if err := speakAsAsked(os.Args[1:], os.Getenv, os.Stderr); err != nil {
		showError(os.Stderr, err)
		return 1
	}
	err := execute(ctx, withNegativeArgs(newRootCmdFor(p, os.Args[1:]), os.Args[1:]), p.Version, os.Stderr)
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
var errInterrupted error = interruptedError{}

// interruptedError says errInterrupted when it is printed, in the words
// of the moment.
type interruptedError struct{}

func (interruptedError) Error() string { return words.T("cli.interrupted") }

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

// saidError is an error in the words of the command line that wraps the
// cause it names, so that errors.Is still finds it.
type saidError struct {
	said string
	err  error
}

func (e saidError) Error() string { return e.said }
func (e saidError) Unwrap() error { return e.err }

// showError prints an error on stderr: one line, or one line per bad row of
// an import. Errors may quote names from the book, so each line is cleaned
// like any stored text.
func showError(w io.Writer, err error) {
	lines := strings.Split(phrase(err), "\n")
	for i, line := range lines {
		lines[i] = text.Clean(line)
	}
	fmt.Fprintf(w, "tend: %s\n", strings.Join(lines, "\n"))
}
