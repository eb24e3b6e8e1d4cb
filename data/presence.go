package data

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

// Presence is a tend that has a book open for long (a board), as it
// announced itself beside the book.
type Presence struct {
	PID  int
	What string
}

// presenceFolder is the hidden folder beside a book where open tends
// announce themselves.
func presenceFolder(bookPath string) string {
	return filepath.Join(filepath.Dir(bookPath), "."+filepath.Base(bookPath)+".open")
}

// Announce tells other tends that this process has the book open, as what
// (such as "the board"), until the returned func is called. It is best
// effort: a book in a folder this user cannot write is still opened. A
// server book has no folder of its own to announce it in, and none is
// made for it.
func (b *Book) Announce(what string) (done func()) {
	if !b.engine.onFile() {
		return func() {}
	}
	dir := presenceFolder(b.path)
	path := filepath.Join(dir, strconv.Itoa(os.Getpid()))
	if os.MkdirAll(dir, 0o700) != nil || os.WriteFile(path, []byte(what+"\n"), 0o600) != nil {
		return func() {}
	}
	return func() {
		os.Remove(path)
		os.Remove(dir) // only when empty
	}
}

// OpenTends lists the other tends that have the book at bookPath open, as
// they announced themselves; announcements of processes that are gone are
// dropped.
func OpenTends(bookPath string) []Presence {
	dir := presenceFolder(bookPath)
	entries, _ := os.ReadDir(dir)
	var out []Presence
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		if !alive(pid) {
			os.Remove(filepath.Join(dir, e.Name()))
			continue
		}
		what, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out = append(out, Presence{PID: pid, What: strings.TrimSpace(string(what))})
	}
	slices.SortFunc(out, func(a, b Presence) int { return a.PID - b.PID })
	return out
}

// alive tells whether a process runs (signal 0 checks without sending).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

func (p Presence) String() string {
	return fmt.Sprintf("%s (process %d)", p.What, p.PID)
}
