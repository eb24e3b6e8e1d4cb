package lifecycle

import (
	"strings"
	"testing"
)

func TestSpentCountsThePurchasesInWords(t *testing.T) {
	for _, tt := range []struct {
		s    Summary
		want string
	}{
		{Summary{}, "0 in 0 purchases"},
		{Summary{Purchases: 1, TotalSpend: 240000}, "2,400 in 1 purchase"},
		{Summary{Purchases: 3, TotalSpend: 123456}, "1,234.56 in 3 purchases"},
	} {
		if got := tt.s.Spent(); got != tt.want {
			t.Errorf("%+v spent %q, want %q", tt.s, got, tt.want)
		}
	}
}

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
