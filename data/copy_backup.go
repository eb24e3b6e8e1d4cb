package data

import (
	"context"

	"tend/lifecycle"
)

// backupToFile writes the backup of a server book: an ordinary book file,
// which any tend opens, made by a copy of the whole book into a new file.
func (b *Book) backupToFile(ctx context.Context, path string, progress CopyProgress) error {
	if _, err := b.CopyToLocation(ctx, path, progress); err != nil {
		return lifecycle.Problemf(CodeBackupFailed, lifecycle.Values{"Path": path},
			"backup to %s failed, nothing was written: %w", path, err)
	}
	return nil
}

// CheckEmpty refuses a book that holds anything beyond what a new book
// starts with, saying what it found: a copy, or a restore into a server
// book, goes only into an empty book.
func (b *Book) CheckEmpty(ctx context.Context) error {
	return refuseNonEmpty(ctx, b, rowCounter(b.reader))
}
