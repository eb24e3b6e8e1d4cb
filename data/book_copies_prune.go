package data

import (
	"errors"
	"io/fs"
	"os"
	"slices"

	"tend/lifecycle"
)

// PruneCopies removes the oldest copies of the book beyond keep of each
// kind. keep 0 takes no daily backups and keeps none; a copy taken before
// an upgrade or a restore is the way back from it, so the newest of those
// is always kept, whatever keep says. The copies named in spare, just
// made, are never removed. Another tend pruning at the same time is no
// fault.
func (b *Book) PruneCopies(keep int, spare ...string) error {
	copies, err := Copies(b.path)
	if err != nil {
		return err
	}
	kept := map[CopyKind]int{}
	for _, c := range copies { // newest first
		limit := keep
		if c.Kind != DailyCopy {
			limit = max(keep, 1)
		}
		if kept[c.Kind] < limit || slices.Contains(spare, c.Path) {
			kept[c.Kind]++
			continue
		}
		if err := removeCopy(c.Path); err != nil {
			return PruneError{err}
		}
	}
	return nil
}

// removeCopy removes a copy with the journal kept beside it.
func removeCopy(path string) error {
	for _, suffix := range []string{"-wal", "-shm", "-journal", logIDSuffix, ""} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return lifecycle.Problemf(CodeRemoveCopy, lifecycle.Values{"Path": path + suffix},
				"cannot remove the old copy %s: %w", path+suffix, err)
		}
	}
	return nil
}

// PruneError is an old copy of the book that could not be removed: the
// day's backup may well have been taken.
type PruneError struct{ Err error }

func (e PruneError) Error() string {
	return "the old copies of the book were not kept in check: " + e.Err.Error()
}

func (e PruneError) Unwrap() error { return e.Err }
