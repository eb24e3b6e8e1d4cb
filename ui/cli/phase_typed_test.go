package cli

import (
	"strings"
	"testing"

	"tend/ui/words"
)

// A German reader types a phase as they read it: the preset's label in
// German names the phase, as its key and its stored label do. Not
// parallel: the language is the program's.
func TestAPhaseIsTypedAsTheReaderReadsIt(t *testing.T) {
	t.Cleanup(words.Use("de"))
	db := tempBook(t)
	id := strings.TrimSpace(mustTend(t, db, "add", "Anna Schmidt", "--phase", "Vertrauen"))
	if got := showJSONOf(t, db, id).Phase; got != "acquisition" {
		t.Fatalf("added with --phase Vertrauen, the customer is in %q", got)
	}
	mustTend(t, db, "move", id, "bindung")
	if got := showJSONOf(t, db, id).Phase; got != "retention" {
		t.Fatalf("moved to bindung, the customer is in %q", got)
	}
	if out := mustTend(t, db, "list", "--phase", "Bindung"); !strings.Contains(out, "Anna Schmidt") {
		t.Errorf("list --phase Bindung:\n%s", out)
	}
	mustTend(t, db, "move", id, "Loyalty")
	if got := showJSONOf(t, db, id).Phase; got != "loyalty" {
		t.Errorf("moved to Loyalty, the customer is in %q", got)
	}
	if _, _, err := execTend(t, db, "move", id, "Stammkunden"); err == nil {
		t.Error("a move to a phase no one reads went through")
	}
}
