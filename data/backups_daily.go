package data

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"tend/lifecycle"
)

// BackupsKeepKey is the book setting that says how many daily backups to
// keep; 0 turns them off.
const BackupsKeepKey = "backups.keep"

// DefaultBackupsKeep is how many daily backups a book keeps unless its
// settings say otherwise: a week.
const DefaultBackupsKeep = 7

// BackupFolder is the folder beside a book that holds its daily backups.
func BackupFolder(bookPath string) string {
	return filepath.Join(filepath.Dir(bookPath), "backups")
}

// DailyBackup takes the day's backup of the book into its backup folder,
// unless one was taken today, and then prunes the copies of the book to
// the number to keep (PruneCopies). It returns the backup taken, "" when
// none was due or another tend took it at the same time. Once the day's
// backup is there, the check is one look at its name: the copies were
// pruned when it was taken, and are again with the next day's or after a
// restore or an upgrade sets a copy aside. A book on a server has no
// folder beside it: its backups are the server's.
func (b *Book) DailyBackup(ctx context.Context) (string, error) {
	if !b.engine.onFile() {
		return "", nil
	}
	keep, err := b.backupsKeep(ctx)
	if err != nil {
		return "", err
	}
	taken := ""
	if keep > 0 {
		if b.prunedToday(ctx) {
			return "", nil
		}
		if taken, err = b.takeDailyBackup(ctx); err != nil {
			return "", err
		}
	}
	return taken, b.PruneCopies(keep, taken, b.Upgraded)
}

// prunedToday tells whether the copies of the book were pruned since
// the last one was made: the day's backup is there, no restore set a copy
// aside after it, and this opening made no upgrade's copy.
func (b *Book) prunedToday(ctx context.Context) bool {
	info, err := os.Stat(b.dailyPath())
	if err != nil || b.Upgraded != "" {
		return false
	}
	// The record keeps whole seconds: a restore within the backup's second
	// counts as after it.
	restored := parseRestoreRecord(settingOrNone(ctx, b, restoreKey)).At
	return restored.Add(time.Second).Before(info.ModTime())
}

// dailyPath is where the day's backup of the book is.
func (b *Book) dailyPath() string {
	return filepath.Join(BackupFolder(b.path), dailyName(b.path, b.Now()))
}

// takeDailyBackup copies the book to the day's backup unless it is there.
// Two tends may start at once: each writes a partial file of its own and
// links it to the day's name only if no backup has that name yet, so one
// copy wins and the other is dropped without a word.
func (b *Book) takeDailyBackup(ctx context.Context) (string, error) {
	dir := BackupFolder(b.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", lifecycle.Problemf(CodeBackupFolder, lifecycle.Values{"Folder": dir},
			"cannot make the backup folder %s: %w", dir, err)
	}
	path := b.dailyPath()
	if fileExists(path) {
		return "", nil
	}
	b.removeStalePartials(dir)
	partial := fmt.Sprintf("%s%s-%d-%d", path, partialMark, os.Getpid(), partialSeq.Add(1))
	defer os.Remove(partial + "-journal")
	defer os.Remove(partial)
	if err := b.Backup(ctx, partial); err != nil {
		return "", err
	}
	won, err := placeOnce(partial, path)
	if err != nil || !won {
		return "", err
	}
	return path, syncFolder(dir)
}

// partialMark follows the day's backup name, with the number of the
// process that writes it, until the copy is whole.
const partialMark = ".partial"

// partialSeq tells apart the partial files of one process.
var partialSeq atomic.Int64

// placeOnce gives the whole copy at partial the name path unless a file
// has that name: a hard link fails then, where a rename would replace it.
// On a file system without hard links, a rename after a look is the best
// there is. It tells whether this copy took the name.
func placeOnce(partial, path string) (bool, error) {
	err := os.Link(partial, path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrExist):
		return false, nil
	case fileExists(path):
		return false, nil
	}
	if err := os.Rename(partial, path); err != nil {
		return false, lifecycle.Problemf(CodeNameBackup, lifecycle.Values{"Path": path},
			"cannot name the backup %s: %w", path, err)
	}
	return true, nil
}

// removeStalePartials removes the partial copies of the book's daily
// backups, with SQLite's journal of them, that a tend left when it quit
// midway: their process is gone, and they hold the customers as much as a
// backup does. A partial of a tend still copying is left alone.
func (b *Book) removeStalePartials(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name, rest, ok := strings.Cut(e.Name(), partialMark)
		if _, daily := parseDailyName(b.path, name); !ok || !daily {
			continue
		}
		// rest is "-PID-SEQ", with "-journal" after it for the journal.
		pid, _, _ := strings.Cut(strings.TrimPrefix(rest, "-"), "-")
		if n, err := strconv.Atoi(pid); err == nil && processAlive(n) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// processAlive tells whether a process of this number runs (one of
// another user counts too).
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// backupsKeep reads how many daily backups to keep.
func (b *Book) backupsKeep(ctx context.Context) (int, error) {
	v, err := b.Setting(ctx, BackupsKeepKey, strconv.Itoa(DefaultBackupsKeep))
	if err != nil {
		return 0, err
	}
	return ParseBackupsKeep(v)
}

// ParseBackupsKeep checks a value of the backups.keep setting.
func ParseBackupsKeep(v string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 || n > 3650 {
		return 0, lifecycle.Problemf(CodeBackupsKeep, lifecycle.Values{"Key": BackupsKeepKey, "Value": v, "Max": 3650},
			"%s takes a number of daily backups from 0 (none) to 3650, not %q", BackupsKeepKey, v)
	}
	return n, nil
}
