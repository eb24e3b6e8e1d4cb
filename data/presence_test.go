package data

import (
	"os"
	"testing"
)

// A server book has no folder to announce an open tend in: announcing it
// leaves nothing on disk, in the folder tend runs in least of all.
func TestAServerBookIsAnnouncedNowhereOnDisk(t *testing.T) {
	onServerOnly(t)
	b := openTestBook(t)
	here := t.TempDir()
	t.Chdir(here)
	done := b.Announce("the board")
	left, _ := os.ReadDir(here)
	done()
	if len(left) > 0 {
		t.Errorf("announcing a server book made %s in the folder tend runs in", left[0].Name())
	}
	if open := OpenTends(b.Path()); len(open) > 0 {
		t.Errorf("tends with a server book open, by files: %v", open)
	}
}
