package data

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
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
// unless one was taken today, and then removes the oldest beyond the number
// to keep. It returns the backup taken, "" when none was due.
func (b *Book) DailyBackup(ctx context.Context) (string, error) {
	keep, err := b.backupsKeep(ctx)
	if err != nil || keep == 0 {
		return "", err
	}
	dir := BackupFolder(b.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("cannot make the backup folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, b.backupPrefix()+b.Now().Format("2006-01-02")+".db")
	if fileExists(path) {
		return "", nil
	}
	// The copy is made under another name and renamed when whole, so that
	// a copy cut short is never taken for the day's backup.
	// A copy cut short by a tend that quit leaves its file and SQLite's
	// journal of it; both go, or the stale journal would be read into the
	// new copy.
	partial := path + ".partial"
	os.Remove(partial)
	os.Remove(partial + "-journal")
	if err := b.Backup(ctx, partial); err != nil {
		return "", err
	}
	if err := os.Rename(partial, path); err != nil {
		os.Remove(partial)
		return "", fmt.Errorf("cannot name the backup %s: %w", path, err)
	}
	return path, b.pruneBackups(dir, keep)
}

// backupPrefix starts the names of the book's daily backups, so that two
// books in one folder keep theirs apart: tend.db's are tend-2026-11-23.db.
func (b *Book) backupPrefix() string {
	return strings.TrimSuffix(filepath.Base(b.path), ".db") + "-"
}

// pruneBackups removes the oldest daily backups beyond keep. The names sort
// by their dates.
func (b *Book) pruneBackups(dir string, keep int) error {
	names, err := filepath.Glob(filepath.Join(dir, b.backupPrefix()+"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db"))
	if err != nil || len(names) <= keep {
		return err
	}
	slices.Sort(names)
	for _, old := range names[:len(names)-keep] {
		if err := os.Remove(old); err != nil {
			return fmt.Errorf("cannot remove the old backup %s: %w", old, err)
		}
	}
	return nil
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
		return 0, fmt.Errorf("%s takes a number of daily backups from 0 (none) to 3650, not %q", BackupsKeepKey, v)
	}
	return n, nil
}
