package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestBinaryExportsVCardsAndImportsThemIntoAnotherBook(t *testing.T) {
	dir := t.TempDir()
	db, cards := filepath.Join(dir, "book.db"), filepath.Join(dir, "kontakte.vcf")
	must := func(args ...string) string {
		t.Helper()
		out, errOut, code := runBinary(t, nil, args...)
		if code != 0 {
			t.Fatalf("tend %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out
	}
	must("--db", db, "add", "Anna Weber", "--email", "anna@weber.de", "--add-email", "anna@gmx.de", "--phone", "030 1",
		"--add-phone", "0171 2", "--tag", "Messe", "--given-name", "Anna", "--family-name", "Weber", "--city", "Freiburg")
	must("--db", db, "add", "Jörg Müller", "--company", "Müller & Söhne")
	if out := must("--db", db, "export", "customers", cards); !strings.Contains(out, "2 customers") {
		t.Errorf("export: %q", out)
	}
	first, err := os.ReadFile(cards)
	if err != nil || strings.Count(string(first), "BEGIN:VCARD") != 2 {
		t.Fatalf("the file: %v\n%s", err, first)
	}
	must("--db", db, "export", "customers", cards)
	if again, _ := os.ReadFile(cards); string(again) != string(first) {
		t.Error("a second export wrote other cards: the UIDs are not stable")
	}
	other := filepath.Join(dir, "other.db")
	if out := must("--db", other, "import", "customers", cards, "--dry-run"); !strings.Contains(out, "as vCard cards") ||
		!strings.Contains(out, "2 new") {
		t.Errorf("dry run: %q", out)
	}
	must("--db", other, "import", "customers", cards)
	var got reach
	if err := json.Unmarshal([]byte(must("--db", other, "show", "anna", "--json")), &got); err != nil || got.Email != "anna@weber.de" ||
		!slices.Equal(got.OtherEmails, []string{"anna@gmx.de"}) || !slices.Equal(got.OtherPhones, []string{"0171 2"}) {
		t.Errorf("imported: %+v, %v", got, err)
	}
	if out := must("--db", db, "import", "customers", cards, "--on-duplicate", "update"); !strings.Contains(out, "0 new, 2 updated") {
		t.Errorf("a card imported into the book it came from: %q; want its customer found by the UID", out)
	}
}
