package cli

import (
	"strings"
	"testing"
)

// A number in an error or a message reads in German as German writes
// numbers, grouped by thousands; in English as it always did.
func TestNumbersInErrorsAreWrittenAsTheLanguageDoes(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada")
	cases := []struct {
		args   []string
		de, en string
	}{
		{[]string{"insights", "--weeks", "5000"}, "--weeks: 5.000 liegt nicht zwischen 1 und 520", "--weeks: 5000 is not between 1 and 520"},
		{[]string{"insights", "--period", "40000d"}, "länger als 36.500 Tage", "longer than 36500 days"},
		{[]string{"settings", "flags.stalled-days", "99999"}, "eine ganze Zahl von 1 bis 3.650", "a whole number from 1 to 3650"},
	}
	for _, c := range cases {
		for lang, want := range map[string]string{"de": c.de, "en": c.en} {
			_, stderr, code := runBinary(t, []string{"TEND_LANG=" + lang}, append([]string{"--db", db}, c.args...)...)
			if code == 0 || !strings.Contains(stderr, want) {
				t.Errorf("TEND_LANG=%s tend %v: exit %d, %q; want %q in it", lang, c.args, code, stderr, want)
			}
		}
	}
}
