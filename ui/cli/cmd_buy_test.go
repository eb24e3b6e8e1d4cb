package cli

import (
	"testing"
)

// TestALeadsPurchaseSaysHowToMakeThemACustomer: tend buy for a customer
// in a buying phase says on stderr how to move them to the first owning
// phase, as the board offers; stdout says only what was recorded, and an
// owner's purchase or a refund says nothing more.
func TestALeadsPurchaseSaysHowToMakeThemACustomer(t *testing.T) {
	db := tempBook(t)
	mustTend(t, db, "add", "Ada", "--phase", "acquisition")
	mustTend(t, db, "add", "Ben", "--phase", "retention")
	out, errOut, err := execTend(t, db, "buy", "ada", "100")
	if err != nil || out != "Recorded 100 EUR for Ada (purchase 1)\n" {
		t.Fatalf("buy: %q, %v", out, err)
	}
	if want := "tend: Ada is in Acquisition, a buying phase: tend move 1 conversion makes them a customer in Conversion\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	for _, args := range [][]string{{"buy", "ben", "100"}, {"buy", "ada", "-10"}} {
		if _, errOut, err := execTend(t, db, args...); err != nil || errOut != "" {
			t.Errorf("tend %v: stderr %q, %v; want nothing", args, errOut, err)
		}
	}
}
