package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestBinaryTakesANegativeAmountAsARefund runs tend buy with a negative
// amount in the places a user puts it, and an unknown flag beside it.
func TestBinaryTakesANegativeAmountAsARefund(t *testing.T) {
	db := []string{"TEND_DB=" + tempBook(t)}
	if _, errOut, code := runBinary(t, db, "add", "Ana"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	for _, args := range [][]string{
		{"buy", "Ana", "-5"},
		{"buy", "Ana", "-12.50", "--note", "refund"},
		{"buy", "Ana", "--", "-1.234,56"},
		{"buy", "Ana", "-€5", "--at", "-3d"},
	} {
		if out, errOut, code := runBinary(t, db, args...); code != 0 || !strings.HasPrefix(out, "Recorded -") {
			t.Errorf("tend %s: exit %d, %q %q", strings.Join(args, " "), code, out, errOut)
		}
	}
	_, errOut, code := runBinary(t, db, "buy", "Ana", "-5", "-z")
	if code == 0 || !strings.Contains(errOut, "unknown shorthand flag: 'z'") {
		t.Errorf("an unknown flag beside a refund: exit %d, %q", code, errOut)
	}
	out, _, _ := runBinary(t, db, "show", "Ana", "--json")
	var s shown
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, p := range s.Purchases {
		notes = append(notes, p.Note)
	}
	if len(s.Purchases) != 4 || s.TotalSpend != -5-12.50-1234.56-5 || !strings.Contains(strings.Join(notes, ","), "refund") {
		t.Errorf("the refunds stored are %+v", s.Purchases)
	}
}

// TestBinaryNamesACustomerByIdOrByANameThatIsANumber runs tend on a book
// where one customer's name is another's id.
func TestBinaryNamesACustomerByIdOrByANameThatIsANumber(t *testing.T) {
	db := []string{"TEND_DB=" + tempBook(t)}
	for _, name := range []string{"Ana", "Bob", "1"} {
		if _, errOut, code := runBinary(t, db, "add", name); code != 0 {
			t.Fatalf("add %s: %s", name, errOut)
		}
	}
	tests := []struct{ ref, want, note string }{
		{"1", `"name": "1"`, "tend: took \"1\" as the name of #3; #1 names Ana\n"},
		{"#1", `"name": "Ana"`, ""},
		{"id:1", `"name": "Ana"`, ""},
		{"2", `"name": "Bob"`, ""},
		{"3", `"name": "1"`, ""},
	}
	for _, tt := range tests {
		out, errOut, code := runBinary(t, db, "show", tt.ref, "--json")
		if code != 0 || !strings.Contains(out, tt.want) || errOut != tt.note {
			t.Errorf("show %s: exit %d, stderr %q; want %s and %q", tt.ref, code, errOut, tt.want, tt.note)
		}
	}
}
