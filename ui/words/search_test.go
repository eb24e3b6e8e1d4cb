package words

import (
	"testing"

	"tend/data"
)

// TestEveryKindAndFieldOfASearchHasItsWords: a kind or field named by the
// store but not here would read as a customer's name.
func TestEveryKindAndFieldOfASearchHasItsWords(t *testing.T) {
	seen := map[string]string{}
	for _, k := range []string{data.HitCustomer, data.HitContact, data.HitPurchase} {
		said := SearchKind(k)
		if other, ok := seen[said]; ok {
			t.Errorf("kinds %s and %s both say %q", k, other, said)
		}
		seen[said] = k
	}
	seen = map[string]string{}
	for _, f := range []string{"name", "company", "email", "phone", "owner", "tags", "summary", "note"} {
		said := SearchField(f)
		if other, ok := seen[said]; ok {
			t.Errorf("fields %s and %s both say %q", f, other, said)
		}
		seen[said] = f
	}
}
