package cli

import (
	"strings"
	"testing"
)

// TestAmountsReadAsPeopleWriteLargeOnes gives the value and a purchase
// scaled, as people write them, and refuses the one that reads two ways.
func TestAmountsReadAsPeopleWriteLargeOnes(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Bob Marsh", "--value", "1,5 Mio")
	mustTend(t, db, "buy", "bob", "€12k")
	mustTend(t, db, "buy", "bob", "2,5 Tsd")
	text := mustTend(t, db, "show", "bob")
	for _, want := range []string{"1,500,000 a year", "12,000 EUR", "2,500"} {
		if !strings.Contains(text, want) {
			t.Errorf("show text lacks %q:\n%s", want, text)
		}
	}
	_, _, err := execTend(t, db, "buy", "bob", "12.345k")
	if err == nil || !strings.Contains(err.Error(), `amount "12.345k": reads two ways: write 12345k or 12.3450k`) {
		t.Errorf("tend buy bob 12.345k = %v, want it refused as reading two ways", err)
	}
}
