package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui"
	"tend/ui/text"
	"tend/ui/words"
)

// runFunc is a command's body once its book is open.
type runFunc func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error

// withBook opens the book the flags choose, takes the day's backup when it
// is due and the command may write, runs fn and closes the book.
func withBook(flags *bookFlags, fn runFunc) func(*cobra.Command, []string) error {
	return withBookOnly(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		if !neverWrites[cmd.CommandPath()] && dailyBackupDue(flags, b) {
			if err := takeDailyBackup(ctx, b, cmd.ErrOrStderr()); err != nil {
				return err
			}
		}
		return fn(ctx, b, cmd, args)
	})
}

// customerFunc is a command's body once its book is open and the customer
// its first argument names is found.
type customerFunc func(ctx context.Context, b *data.Book, cmd *cobra.Command, c lifecycle.Customer, args []string) error

// withCustomer opens the book as withBook does, finds the customer the
// first argument names and runs fn. check, if not nil, reads the command's
// flags once the book is open (WHEN flags need its clock) and before the
// customer is looked for, so that a bad flag is what a user hears of first.
func withCustomer(flags *bookFlags, check runFunc, fn customerFunc) func(*cobra.Command, []string) error {
	return withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		if check != nil {
			if err := check(ctx, b, cmd, args); err != nil {
				return err
			}
		}
		c, err := resolve(ctx, b, cmd, args[0])
		if err != nil {
			return err
		}
		return fn(ctx, b, cmd, c, args)
	})
}

// withBoard opens the board, or the re-engagement list, on the book the
// flags choose. The board takes the day's backup itself, off its loop, so
// that the copy never holds up the first frame.
func withBoard(flags *bookFlags, triage bool) func(*cobra.Command, []string) error {
	return withBookOnly(flags, func(ctx context.Context, b *data.Book, _ *cobra.Command, _ []string) error {
		return ui.Run(ctx, b, ui.Options{Triage: triage, DailyBackup: dailyBackupDue(flags, b), NewBook: b.Created && !flags.demo})
	})
}

// withBookOnly opens the book, runs fn and closes the book, without the
// day's backup: for commands that take it themselves or must not write.
func withBookOnly(flags *bookFlags, fn runFunc) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		meter := newUpgradeMeter(cmd.ErrOrStderr())
		b, err := openBook(ctx, flags, bookUse{mayCreate: !readsOnly(cmd), oneChange: oneChange[cmd.CommandPath()]}, meter.show)
		meter.end()
		if err != nil {
			return interrupted(ctx, err)
		}
		defer b.Close()
		sayWhatOpenFound(cmd, flags, b)
		return namingBook(b.Path(), interrupted(ctx, fn(ctx, b, cmd, args)))
	}
}

// readingCommands only read the book: on a missing book they say there is
// none rather than make an empty one, which would hide a mistyped path or
// a lost book. The value tells when the command writes after all (phases
// with --preset, settings with a value or --reset); nil for never.
var readingCommands = map[string]func(*cobra.Command) bool{
	"tend list": nil, "tend search": nil, "tend show": nil, "tend risk": nil, "tend agenda": nil, "tend fit": nil, "tend insights": nil,
	"tend export": nil, "tend check": nil, "tend triage": nil, "tend backup": nil, "tend forget": nil,
	// They change an entry already in the book, which an empty one lacks.
	"tend correct": nil, "tend delete": nil, "tend merge": nil, "tend duplicates": nil,
	"tend reasons": nil,
	// An assistant is served the book there is: a mistyped path is said,
	// not served as an empty book.
	"tend mcp":      nil,
	"tend phases":   func(cmd *cobra.Command) bool { return cmd.Flags().Changed("preset") },
	"tend settings": func(cmd *cobra.Command) bool { return cmd.Flags().NArg() == 2 || cmd.Flags().Changed("reset") },
}

// oneChange are the commands that make one change and end: on a server
// they read and write over one connection (see data.OpenForAChange).
var oneChange = map[string]bool{"tend log": true, "tend buy": true, "tend add": true, "tend move": true,
	"tend edit": true, "tend archive": true}

// neverWrites are the commands that only look at the book: the day's
// backup waits for the first command that may change it, and is taken
// before that command's write.
var neverWrites = map[string]bool{"tend list": true, "tend search": true, "tend show": true, "tend agenda": true,
	"tend duplicates": true}

func readsOnly(cmd *cobra.Command) bool {
	writes, ok := readingCommands[cmd.CommandPath()]
	return ok && (writes == nil || !writes(cmd))
}

// sayWhatOpenFound tells, on stderr, what opening the book did beside
// opening it: made it, upgraded it, or cleared a restore cut short.
func sayWhatOpenFound(cmd *cobra.Command, flags *bookFlags, b *data.Book) {
	w := cmd.ErrOrStderr()
	if b.Created && !flags.demo && cmd.Parent() != nil {
		fmt.Fprintf(w, "tend: %s\n", words.T("cli.book.made", words.V{"Path": text.Clean(b.Path())}))
	}
	if b.Upgraded != "" {
		fmt.Fprintf(w, "tend: %s\n", words.T("cli.book.upgraded", words.V{"Copy": text.Clean(b.Upgraded)}))
	}
	if b.Recovered != "" {
		fmt.Fprintf(w, "tend: %s\n", text.Clean(b.Recovered))
	}
}

// namingBook puts the book's file in the errors about the book as a whole
// (damaged, read-only, disk full, busy), which do not name it themselves.
func namingBook(path string, err error) error {
	path = data.MaskPassword(path)
	for _, whole := range []error{data.ErrDamaged, data.ErrReadOnly, data.ErrDiskFull, data.ErrBusy} {
		if errors.Is(err, whole) && !strings.Contains(err.Error(), path) {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return err
}

// bookUse is what a command does with its book: whether it may make an
// empty one, and whether it makes one change and ends.
type bookUse struct{ mayCreate, oneChange bool }

// openBook opens the book the flags choose, telling upgrading how an
// upgrade goes. The demo book is filled the first time it is opened.
func openBook(ctx context.Context, flags *bookFlags, use bookUse, upgrading data.UpgradeProgress) (*data.Book, error) {
	path, err := bookPath(flags)
	if err != nil {
		return nil, err
	}
	open := data.OpenShowing
	if use.oneChange {
		open = data.OpenForAChange
	}
	b, err := open(ctx, path, use.mayCreate || flags.demo, upgrading)
	if err != nil {
		return nil, err
	}
	b.WholeReading = flags.wholeReading
	knowWho(b)
	if !flags.demo {
		return b, nil
	}
	if n, err := b.CountCustomers(ctx, data.Filter{}); err != nil || n > 0 {
		return b, err
	}
	if err := b.FillDemo(ctx, data.DemoOptions{Customers: demoSize, Seed: 1, Language: words.Language()}); err != nil {
		b.Close()
		return nil, fmt.Errorf("%s: %w", words.T("cli.book.fill-demo"), err)
	}
	return b, nil
}

// bookPath is --db, else $TEND_DB, else the default or demo book in the
// data folder.
func bookPath(flags *bookFlags) (string, error) {
	if flags.db != "" {
		return flags.db, nil
	}
	if env := os.Getenv("TEND_DB"); env != "" && !flags.demo {
		return env, nil
	}
	dir, err := dataDir()
	if err != nil {
		return "", err
	}
	if flags.demo {
		return filepath.Join(dir, "demo.db"), nil
	}
	return filepath.Join(dir, "tend.db"), nil
}

// demoSize is how many customers the --demo book gets.
const demoSize = 400

// dataDir returns tend's folder in the user's XDG data folder, creating it
// readable by the owner only.
func dataDir() (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("%s: %w", words.T("cli.book.no-data-folder"), err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	dir := filepath.Join(base, "tend")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("%s: %w", words.T("cli.book.cannot-create-folder", words.V{"Dir": dir}), err)
	}
	return dir, nil
}
