package lifecycle

import (
	"strings"
	"testing"
)

func TestANameCannotReadAsAnID(t *testing.T) {
	for _, name := range []string{"#1", " #12 ", "id:3", "ID:7"} {
		if err := (Customer{Name: name}).Validate(); err == nil || !strings.Contains(err.Error(), "reads as the id") {
			t.Errorf("name %q: %v, want it refused", name, err)
		}
	}
	for _, name := range []string{"5", "#1 Fan Club", "Kid:1", "#"} {
		if err := (Customer{Name: name}).Validate(); err != nil {
			t.Errorf("name %q: %v, want it taken", name, err)
		}
	}
	// A name stored before the rule stays as it is through an edit.
	if err := (Customer{Name: "#1", Company: "new"}).ValidateChange(Customer{Name: "#1"}); err != nil {
		t.Errorf("an unchanged name was judged: %v", err)
	}
}

func TestBareIDReadsOnlyANumberAlone(t *testing.T) {
	for ref, want := range map[string]bool{"5": true, " 05 ": true, "#5": false, "-5": false, "+5": false, "5a": false, "": false, "99999999999999999999": false} {
		if _, ok := BareID(ref); ok != want {
			t.Errorf("BareID(%q) = %v; want %v", ref, ok, want)
		}
	}
}
