package lifecycle

import "strings"

// umlauts are the German letters spelled out in plain ASCII, as in e-mail
// addresses ("mueller") and in column names typed without them ("Waehrung").
var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// FoldKeep lower-cases s, spells out umlauts and keeps only the runes keep
// accepts: the demo spells mail addresses with it, the import matches
// column names.
func FoldKeep(s string, keep func(rune) bool) string {
	s = umlauts.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		if keep(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
