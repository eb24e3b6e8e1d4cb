package words

import (
	"math"
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

// TestNumbersAreWrittenAsThePrinterWritesThem compares Number with the
// language's number printer, which it spares for English.
func TestNumbersAreWrittenAsThePrinterWritesThem(t *testing.T) {
	s := speaking()
	if !s.commaThousands {
		t.Fatal("English is not written with a comma between thousands")
	}
	for _, n := range []int{0, 1, -1, 12, 999, 1000, -1000, 12345, -123456, 1234567, 1 << 40, math.MaxInt64, math.MinInt64} {
		if got, want := Number(n), s.numbers.Sprint(n); got != want {
			t.Errorf("Number(%d) = %q, the printer writes %q", n, got, want)
		}
	}
}
