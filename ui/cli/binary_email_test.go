package cli

import (
	"strings"
	"testing"
)

// TestBinaryRefusesASecondCustomerOnOneEmail runs add and edit with an
// e-mail address another customer has.
func TestBinaryRefusesASecondCustomerOnOneEmail(t *testing.T) {
	db := []string{"TEND_DB=" + tempBook(t)}
	for _, args := range [][]string{{"add", "Anna Schmidt", "--email", "anna@example.org"}, {"add", "Bob"}, {"add", "Carla", "--email", ""}} {
		if _, errOut, code := runBinary(t, db, args...); code != 0 {
			t.Fatalf("%v: %s", args, errOut)
		}
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"add", "Anna S.", "--email", " ANNA@example.org"}, `tend: add "Anna S.": ANNA@example.org is already the e-mail of Anna Schmidt (#1)`},
		{[]string{"edit", "Bob", "--email", "anna@example.org"}, `tend: edit Bob: anna@example.org is already the e-mail of Anna Schmidt (#1)`},
	}
	for _, tt := range tests {
		out, errOut, code := runBinary(t, db, tt.args...)
		if code != 1 || out != "" || strings.TrimSpace(errOut) != tt.want {
			t.Errorf("%v: exit %d, %q %q; want %q", tt.args, code, out, errOut, tt.want)
		}
	}
	if out, _, _ := runBinary(t, db, "show", "anna@example.org"); !strings.Contains(out, "Anna Schmidt") {
		t.Errorf("the e-mail no longer names Anna:\n%s", out)
	}
	if _, errOut, code := runBinary(t, db, "edit", "Anna Schmidt", "--email", "Anna@Example.org"); code != 0 {
		t.Errorf("Anna's own e-mail in other case: %s", errOut)
	}
}
