package words

import (
	"strings"
	"testing"
)

func TestMessagesAreFilledWithTheirValues(t *testing.T) {
	if got, want := N("count.customers", 1), "1 customer"; got != want {
		t.Errorf("N(count.customers, 1) = %q, want %q", got, want)
	}
	if got, want := N("count.customers", 1200), "1,200 customers"; got != want {
		t.Errorf("N(count.customers, 1200) = %q, want %q", got, want)
	}
}

func TestAMissingMessageShowsItsID(t *testing.T) {
	if got := T("no.such.message"); got != "[no.such.message]" {
		t.Errorf("T of a missing id = %q", got)
	}
}

func TestThePseudoLanguageMarksEveryMessage(t *testing.T) {
	restore := Pseudo()
	got := N("count.customers", 2)
	restore()
	if got != Open+"2 customers"+Close {
		t.Errorf("pseudo N = %q", got)
	}
	if strings.Contains(N("count.customers", 2), Open) {
		t.Error("restore left the pseudo-language on")
	}
}
