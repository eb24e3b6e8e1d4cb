package cli

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestCrashSafetyOfTheCommandLine runs writing commands one after another
// and kills each with SIGKILL at a random moment of its first 30 ms (most
// take 20 to 70), as a power cut, an OOM killer or kill -9 would. After
// every kill the book must be whole, hold every write tend reported done,
// and hold no half of any change.
func TestCrashSafetyOfTheCommandLine(t *testing.T) {
	tendBinary(t)
	want := crashKills(t, 50)
	rnd := crashRand(t)
	dir := t.TempDir()
	book := newCrashBook(t, dir, crashPhases[:5]...)
	var writes []crashWrite
	f := crashFigures{killsBy: map[string]int{}}
	for n := 1; f.kills < want; n++ {
		c := nextCrashCommand(t, rnd, dir, n)
		delay := time.Duration(rnd.IntN(31)) * time.Millisecond
		r := runOrKill(t, dir, delay, append([]string{"--db", book}, c.args...)...)
		f.runs++
		c.write.reported = strings.HasPrefix(r.stdout, c.done)
		if c.write.reported {
			f.reported++
		}
		switch {
		case r.killed:
			wal := walSize(book) // before the checks open the book
			writes = append(writes, c.write)
			found := checkCrashBook(t, book, writes)
			f.kill(c, wal, found[len(found)-1] > 0)
		case r.code == 0 && c.write.reported:
			writes = append(writes, c.write)
		case c.name == "move" && strings.Contains(r.stderr, "already in"):
			f.refused++
		default:
			t.Fatalf("tend %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(c.args, " "), r.code, r.stdout, r.stderr)
		}
	}
	checkCrashBook(t, book, writes)
	t.Log(f)
}

// walSize is the size of the book's write-ahead log, -1 when there is
// none. A tend that ends closes the book, which empties the log into it
// and removes it, as do the checks; so after a kill the log tells how far
// the killed tend had got.
func walSize(book string) int64 {
	info, err := os.Stat(book + "-wal")
	if err != nil {
		return -1
	}
	return info.Size()
}

// crashFigures count what a crash test did and where its kills landed.
type crashFigures struct {
	runs, reported, refused, kills int
	killsBy                        map[string]int
	afterReport                    int // it had said it was done: the write must be in
	beforeOpen                     int // the book not yet opened
	idle                           int // the book open, nothing written yet
	committed                      int // the write committed, not yet reported
	cutShort                       int // killed while writing its log: nothing of it is in
}

// kill counts a kill by where it landed, told by what the killed tend
// printed, the log it left and whether its write is in the book.
func (f *crashFigures) kill(c crashCommand, wal int64, landed bool) {
	f.kills++
	f.killsBy[c.name]++
	switch {
	case c.write.reported:
		f.afterReport++
	case landed:
		f.committed++
	case wal < 0:
		f.beforeOpen++
	case wal == 0:
		f.idle++
	default:
		f.cutShort++
	}
}

// midWrite counts the kills that landed after tend had opened the book and
// before it reported its write.
func (f crashFigures) midWrite() int { return f.idle + f.committed + f.cutShort }

func (f crashFigures) String() string {
	return fmt.Sprintf("%d runs, %d reported done, %d refused (already in the phase); "+
		"%d kills (log %d, move %d, buy %d, edit %d, import %d): %d after tend reported, %d before it had opened the book, "+
		"%d mid-write (%d with nothing written yet, %d committed but not yet reported, %d cut short while writing the log)",
		f.runs, f.reported, f.refused, f.kills, f.killsBy["log"], f.killsBy["move"], f.killsBy["buy"], f.killsBy["edit"], f.killsBy["import"],
		f.afterReport, f.beforeOpen, f.midWrite(), f.idle, f.committed, f.cutShort)
}
