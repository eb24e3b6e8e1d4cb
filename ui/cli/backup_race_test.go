package cli

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestFirstCommandsOfTheDayShareOneBackup starts eight tends at once on a
// book not yet backed up today, again and again: one takes the day's
// backup, the others leave it be, and none says a word about it.
func TestFirstCommandsOfTheDayShareOneBackup(t *testing.T) {
	for round := range 5 {
		db := filepath.Join(t.TempDir(), "book.db")
		if _, errOut, code := runBinary(t, nil, "--db", db, "add", "Ada"); code != 0 {
			t.Fatalf("add: %s", errOut)
		}
		var wg sync.WaitGroup
		stderr := make(chan string, 8)
		for range 8 {
			wg.Go(func() {
				_, errOut, code := runBinary(t, nil, "--db", db, "log", "ada", "--kind", "note", "--summary", "at once")
				if code != 0 || errOut != "" {
					stderr <- errOut
				}
			})
		}
		wg.Wait()
		close(stderr)
		for errOut := range stderr {
			t.Errorf("round %d: a tend said %q", round, errOut)
		}
		left, _ := os.ReadDir(filepath.Join(filepath.Dir(db), "backups"))
		today := "book-" + time.Now().Format("2006-01-02") + ".db"
		if len(left) != 1 || left[0].Name() != today {
			t.Errorf("round %d: the backup folder holds %v, want only %s", round, left, today)
		}
	}
}
