package cli

import (
	"strings"
	"testing"
)

// The help of a flag that takes a date lists the forms in the reader's
// language, and each German form it lists is read.
func TestTheDateFormsOfTheHelpAreTheReadersAndAreRead(t *testing.T) {
	if de := tendIn(t, "de", "log", "--help"); !strings.Contains(de, "heute, gestern, +3d, -2w, freitag") {
		t.Errorf("German help of log --at:\n%s", de)
	}
	if en := tendIn(t, "en", "log", "--help"); !strings.Contains(en, "today, yesterday, +3d, -2w, friday") {
		t.Errorf("English help of log --at:\n%s", en)
	}
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	for _, at := range []string{"heute", "gestern", "freitag"} {
		mustTend(t, db, "log", "Ada", "--kind", "call", "--summary", "x", "--at", at)
	}
}
