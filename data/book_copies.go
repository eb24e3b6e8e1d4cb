package data

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
)

// CopyKind says why tend made a copy of a book.
type CopyKind string

// The copies tend makes beside a book, each of which holds the customers
// the book held then.
const (
	DailyCopy   CopyKind = "daily backup"
	UpgradeCopy CopyKind = "before upgrade"
	RestoreCopy CopyKind = "before restore"
)

// BookCopy is one copy tend made of a book.
type BookCopy struct {
	Path string
	Kind CopyKind
	// Made is when the copy was taken, as its name says: the day of a
	// daily backup, the second of the others.
	Made time.Time
	// Size counts the file and the journal kept with it, in bytes.
	Size int64
	// seq tells apart two copies of one kind taken in the same second.
	seq int
}

// copyStamp is the time in the name of a copy taken before an upgrade or a
// restore.
const copyStamp = "20060102T150405Z"

// dailyStamp is the day in the name of a daily backup.
const dailyStamp = "2006-01-02"

// Copies lists the copies tend made of the book at bookPath, newest first:
// the daily backups in its backup folder and the copies beside it taken
// before an upgrade or a restore. Other books in the same folder, and
// their copies, never match.
func Copies(bookPath string) ([]BookCopy, error) {
	daily, err := copiesIn(BackupFolder(bookPath), func(name string) (BookCopy, bool) {
		return parseDailyName(bookPath, name)
	})
	if err != nil {
		return nil, err
	}
	beside, err := copiesIn(filepath.Dir(bookPath), func(name string) (BookCopy, bool) {
		return parseBesideName(bookPath, name)
	})
	if err != nil {
		return nil, err
	}
	all := slices.Concat(daily, beside)
	slices.SortFunc(all, func(a, b BookCopy) int {
		return cmp.Or(b.Made.Compare(a.Made), cmp.Compare(b.seq, a.seq), strings.Compare(a.Path, b.Path))
	})
	return all, nil
}

// copiesIn reads a folder for the regular files parse takes for copies.
// A folder that is not there holds none.
func copiesIn(dir string, parse func(name string) (BookCopy, bool)) ([]BookCopy, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadFolder, lifecycle.Values{"Folder": dir}, "cannot read the folder %s: %w", dir, err)
	}
	var out []BookCopy
	for _, e := range entries {
		c, ok := parse(e.Name())
		if !ok || !e.Type().IsRegular() {
			continue
		}
		c.Path = filepath.Join(dir, e.Name())
		c.Size = sizeOf(c.Path) + sizeOf(c.Path+"-wal")
		out = append(out, c)
	}
	return out, nil
}

func sizeOf(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

// bookStem is the book's file name without ".db": tend for tend.db.
func bookStem(bookPath string) string {
	return strings.TrimSuffix(filepath.Base(bookPath), ".db")
}

// dailyName names the daily backup of the book taken on day.
func dailyName(bookPath string, day time.Time) string {
	return bookStem(bookPath) + "-" + day.Format(dailyStamp) + ".db"
}

// parseDailyName reads the name of one of the book's daily backups:
// tend-2026-11-23.db for tend.db, but not tend-2-2026-11-23.db, which is
// tend-2.db's.
func parseDailyName(bookPath, name string) (BookCopy, bool) {
	day, ok := strings.CutPrefix(name, bookStem(bookPath)+"-")
	day, isDB := strings.CutSuffix(day, ".db")
	if !ok || !isDB || len(day) != len(dailyStamp) {
		return BookCopy{}, false
	}
	made, err := time.ParseInLocation(dailyStamp, day, time.Local)
	if err != nil {
		return BookCopy{}, false
	}
	return BookCopy{Kind: DailyCopy, Made: made}, true
}

// besideName names a new copy of the book beside it, taken for label
// ("before-v6", "before-restore") at now: tend.before-v6-20261123T101500Z.db,
// with -2, -3… when that name is taken.
func besideName(bookPath, label string, now time.Time) string {
	base := strings.TrimSuffix(bookPath, ".db")
	stamp := now.UTC().Format(copyStamp)
	path := fmt.Sprintf("%s.%s-%s.db", base, label, stamp)
	for i := 2; fileExists(path); i++ {
		path = fmt.Sprintf("%s.%s-%s-%d.db", base, label, stamp, i)
	}
	return path
}

// parseBesideName reads the name besideName gives a copy of the book.
func parseBesideName(bookPath, name string) (BookCopy, bool) {
	rest, ok := strings.CutPrefix(name, bookStem(bookPath)+".before-")
	rest, isDB := strings.CutSuffix(rest, ".db")
	if !ok || !isDB {
		return BookCopy{}, false
	}
	label, rest, _ := strings.Cut(rest, "-")
	var c BookCopy
	switch {
	case label == "restore":
		c.Kind = RestoreCopy
	case strings.HasPrefix(label, "v") && isNumber(label[1:]):
		c.Kind = UpgradeCopy
	default:
		return BookCopy{}, false
	}
	stamp, seq, hasSeq := strings.Cut(rest, "-")
	made, err := time.Parse(copyStamp, stamp)
	if err != nil || hasSeq && (!isNumber(seq) || seq[0] == '0') {
		return BookCopy{}, false
	}
	c.Made, c.seq = made, 1
	if hasSeq {
		c.seq, _ = strconv.Atoi(seq)
	}
	return c, true
}

// isNumber tells a short run of ASCII digits.
func isNumber(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
