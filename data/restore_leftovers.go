package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// finishRestores clears what a restore killed midway left beside the book:
// its copy of the backup. Whether the restore was stored is told by the
// record the copy and the book hold; the book is whole either way, since
// the restore is one transaction. It returns what happened, in a
// sentence, "" when nothing was left.
func (b *Book) finishRestores(ctx context.Context) string {
	// One look at the folder serves both kinds of leftovers: every name
	// tend gives a file beside the book starts with the book's stem.
	beside := namesBeside(b.path, strings.TrimSuffix(filepath.Base(b.path), ".db"))
	clearPartialCopies(b.path, beside)
	var said string
	for _, name := range beside {
		if !strings.HasPrefix(name, b.path+".restoring") || !leftByTheDead(name, b.path+".restoring") {
			continue
		}
		if side := sideFileOf(name); side != "" {
			removeBook(side) // a journal whose copy is gone
			continue
		}
		left := parseRestoreRecord(storedSetting(ctx, name, restoreKey))
		removeBook(name)
		now := parseRestoreRecord(settingOrNone(ctx, b, restoreKey))
		if left.ID != "" && left.ID == now.ID {
			said = fmt.Sprintf("a restore of %s from %s was stopped after it was stored; the book is the restored one", b.path, left.From)
		} else {
			said = fmt.Sprintf("a restore of %s was stopped before it was stored; the book is as it was before it", b.path)
		}
	}
	return said
}

// clearPartialCopies removes, of the files beside the book, the copies that
// a tend killed while writing them left behind, with their journals.
func clearPartialCopies(bookPath string, beside []string) {
	stem := strings.TrimSuffix(bookPath, ".db") + ".before-"
	for _, name := range beside {
		at := strings.Index(name, partialInfix)
		if strings.HasPrefix(name, stem) && at >= 0 && leftByTheDead(name, name[:at+len(partialInfix)]) {
			os.Remove(name)
		}
	}
}

// sideFileOf gives the file a journal or log beside it belongs to, "" for
// a file that is none.
func sideFileOf(name string) string {
	for _, suffix := range []string{"-journal", "-wal", "-shm", logIDSuffix} {
		if stem, ok := strings.CutSuffix(name, suffix); ok {
			return stem
		}
	}
	return ""
}

// namesBeside lists the files in the book's folder whose names start with
// prefix, read from the folder rather than matched as a pattern, which a
// name with [ or * would turn into another.
func namesBeside(bookPath, prefix string) []string {
	dir := filepath.Dir(bookPath)
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// leftByTheDead tells whether a restore's copy, or a file SQLite kept
// beside it, belongs to a process that is gone: the process id follows the
// prefix (an older tend's copy has none).
func leftByTheDead(name, prefix string) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(name, prefix), "-")
	digits := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
	if digits < 0 {
		digits = len(rest)
	}
	if digits == 0 {
		return true
	}
	pid, err := strconv.Atoi(rest[:digits])
	return err == nil && !alive(pid)
}

// storedSetting reads a setting from a book file no tend has open, ""
// when it cannot.
func storedSetting(ctx context.Context, path, key string) string {
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?mode=ro&immutable=1")
	if err != nil {
		return ""
	}
	defer db.Close()
	var v string
	db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	return v
}

func settingOrNone(ctx context.Context, b *Book, key string) string {
	v, _ := b.Setting(ctx, key, "")
	return v
}
