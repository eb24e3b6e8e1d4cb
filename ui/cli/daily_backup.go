package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"tend/data"
)

// dailyBackupDue tells whether opening this book should take the day's
// backup: not for the demo book, which is made up and filled anew; not for
// a book just made, which holds nothing yet; not for a read-only book; and
// not for a backup opened from the backup folder, which would back itself
// up.
func dailyBackupDue(flags *bookFlags, b *data.Book) bool {
	inBackups := filepath.Base(filepath.Dir(b.Path())) == filepath.Base(data.BackupFolder(b.Path()))
	return !flags.demo && !b.Created && !b.ReadOnly() && !inBackups
}

// takeDailyBackup takes the day's backup before a command runs. A backup
// that fails for want of room or rights is told but does not stop the
// command; one that finds the book damaged does, as the command would.
func takeDailyBackup(ctx context.Context, b *data.Book, warn io.Writer) error {
	_, err := b.DailyBackup(ctx)
	_, pruning := errors.AsType[data.PruneError](err)
	switch {
	case errors.Is(err, data.ErrDamaged):
		return namingBook(b.Path(), data.ErrDamaged)
	case pruning:
		fmt.Fprintf(warn, "tend: %s\n", phrase(err))
	case err != nil:
		fmt.Fprintf(warn, "tend: the day's backup was not taken: %s\n", phrase(err))
	}
	return nil
}
