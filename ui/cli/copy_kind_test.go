package cli

import (
	"testing"

	"tend/data"
)

// TestEveryKindOfCopyHasItsWords says each kind of copy as tend always
// named it, and a kind this build does not know as it is.
func TestEveryKindOfCopyHasItsWords(t *testing.T) {
	for _, k := range []data.CopyKind{data.DailyCopy, data.UpgradeCopy, data.RestoreCopy, "someday"} {
		if got := copyKind(k); got != string(k) {
			t.Errorf("%q reads %q", k, got)
		}
	}
}
