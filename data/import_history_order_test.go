package data

import (
	"strings"
	"testing"
)

// TestImportKeepsThePhaseHistoryInOrder checks that a customers file can
// neither date a customer's creation, phase or archiving ahead of now nor
// move a customer at a date before its latest move: either would leave the
// history ending in another phase than the board shows. The bad rows are
// named, and nothing is written.
func TestImportKeepsThePhaseHistoryInOrder(t *testing.T) {
	b := openTestBook(t)
	mustImportText(t, b, Customers, "name,email,phase,phase_since\nAda,ada@example.org,acquisition,2026-02-01\n", ImportOptions{})
	ada := customerNamed(t, b, "ada@example.org")
	moveAt(t, b, ada.ID, testNow.AddDate(0, 0, -5), "conversion")

	file := "name,email,phase,phase_since,archived_at\n" +
		"Ada,ada@example.org,retention,2026-03-01,\n" + // before the move of 5 March
		"Bob,bob@example.org,awareness,2026-04-01,\n" + // ahead of now (10 March)
		"Cleo,cleo@example.org,awareness,,tomorrow\n"
	_, err := importText(t, b, Customers, file, ImportOptions{OnDuplicate: DuplicateUpdate})
	if err == nil {
		t.Fatal("the file was taken")
	}
	for _, want := range []string{
		`test.csv:2: column "phase_since": 2026-03-01 is before the customer's latest change of phase on 2026-03-05`,
		`test.csv:3: column "phase_since": "2026-04-01" is ahead of now`,
		`test.csv:4: column "archived_at": "tomorrow" is ahead of now`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error lacks %q:\n%v", want, err)
		}
	}
	if got := customerNamed(t, b, "ada@example.org"); got.Phase != "conversion" {
		t.Errorf("Ada is in %s after a refused import, want conversion", got.Phase)
	}

	mustImportText(t, b, Customers, "email,phase,phase_since\nada@example.org,retention,2026-03-07\n", ImportOptions{OnDuplicate: DuplicateUpdate})
	if got := customerNamed(t, b, "ada@example.org"); got.Phase != "retention" {
		t.Errorf("Ada is in %s after a move dated after her last, want retention", got.Phase)
	}
}
