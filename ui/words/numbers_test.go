package words

import (
	"testing"
	"time"

	"tend/lifecycle"
)

// numberForms writes the same figures in the language spoken now.
func numberForms() []string {
	day := time.Date(2024, time.March, 1, 14, 5, 0, 0, time.UTC)
	return []string{
		Number(16701300), Amount(lifecycle.Money(123456)), Amount(lifecycle.Money(-1234500)), Amount(lifecycle.Money(5)),
		Decimal(1234.5, 1), Decimal(-0.25, 2), Decimal(1234567.891, 2), Decimal(42, 0),
		Millions(16.7013, 1), Thousands(12, 0), Significant(0.24312, 4), Significant(1234567, 3),
		Day(day), DayTime(day), Month(day), Percent(12.5, 1), Days(Decimal(12.5, 1)),
		Money(Amount(lifecycle.Money(123456)), "EUR"),
	}
}

func TestNumbersAndDaysAreWrittenAsEachLanguageWritesThem(t *testing.T) {
	english := []string{
		"16,701,300", "1,234.56", "-12,345", "0.05",
		"1234.5", "-0.25", "1234567.89", "42",
		"16.7M", "12k", "0.2431", "1.23e+06",
		"2024-03-01", "2024-03-01 14:05", "2024-03", "12.5%", "12.5d", "€1,234.56",
	}
	german := []string{
		"16.701.300", "1.234,56", "-12.345", "0,05",
		"1.234,5", "-0,25", "1.234.567,89", "42",
		"16,7 Mio.", "12 Tsd.", "0,2431", "1,23e+06",
		"01.03.2024", "01.03.2024 14:05", "03.2024", "12,5 %", "12,5 T.",
	}
	check := func(lang string, want []string) {
		t.Helper()
		for i, got := range numberForms()[:len(want)] {
			if got != want[i] {
				t.Errorf("%s: figure %d is written %q, want %q", lang, i, got, want[i])
			}
		}
	}
	check("en", english)
	restore := Use(German)
	defer restore()
	check("de", german)
}

func TestADecimalInAMessageIsWrittenAsTheLanguageDoes(t *testing.T) {
	if got := errorFuncs["decimal"].(func(float64, int) string)(0.4213, 2); got != "0.42" {
		t.Errorf("decimal in English: %q", got)
	}
	defer Use(German)()
	if got := errorFuncs["decimal"].(func(float64, int) string)(0.4213, 2); got != "0,42" {
		t.Errorf("decimal in German: %q", got)
	}
}

// An amount to edit is written as the language types it, and reads back
// as the same amount.
func TestAnAmountToEditIsWrittenAsTheLanguageTypesItAndReadsBack(t *testing.T) {
	check := func(lang string, want string) {
		t.Helper()
		if got := AmountToEdit(lifecycle.Money(123456)); got != want {
			t.Errorf("%s: 1234.56 to edit is %q, want %q", lang, got, want)
		}
		for _, m := range []lifecycle.Money{0, 5, 1200, 123456, -1250, 100000000, -123456789} {
			back, err := lifecycle.ParseAmount(AmountToEdit(m))
			if err != nil || back != m {
				t.Errorf("%s: %q reads back as %d (%v), want %d", lang, AmountToEdit(m), back, err, m)
			}
		}
	}
	check("en", "1234.56")
	defer Use(German)()
	check("de", "1234,56")
}
