package lifecycle

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode"
)

func TestParseAmountReadsGermanAndEnglishForms(t *testing.T) {
	tests := []wantAmount{
		{"1234.56", 123456},
		{"1.234,56", 123456},
		{"1,234.56", 123456},
		{"12,50", 1250},
		{"12.5", 1250},
		{"€ 12,50", 1250},
		{"€12,50", 1250},
		{"12,50 €", 1250},
		{"12,50\u00a0€", 1250},
		{"EUR 12.50", 1250},
		{"12.50 EUR", 1250},
		{"eur 12.50", 1250},
		{"$1,000", 100000},
		{"1234", 123400},
		{"-5", -500},
		{"+5", 500},
		{"- 5", -500},
		{"-€5", -500},
		{"€ -5", -500},
		{"-EUR 5,00", -500},
		{"\u22125", -500},
		{"-1.234,56", -123456},
		{"0,99", 99},
		{",99", 99},
		{"0", 0},
		{"-0", 0},
		{"1 234,56", 123456},
		{"1\u00a0234,56", 123456},
		{"1\u202f234,56", 123456},
		{"12 345 678", 1234567800},
		{"1'234.50", 123450},
		{"1'234'567", 123456700},
		{"1.234.567,89", 123456789},
		{"1,234,567.89", 123456789},
		{"  7  ", 700},
		{"1000000000000", 100000000000000},
		{"1.000.000.000.000,99", 100000000000099},
	}
	wantAmounts(t, tests)
}

// A lone separator followed by exactly three digits groups thousands: people
// write 1.234 (German) and 1,234 (English) for a thousand and more far more
// often than an amount with three decimals, which money does not have.
func TestParseAmountReadsALoneSeparatorBeforeThreeDigitsAsThousands(t *testing.T) {
	tests := []wantAmount{
		{"1.234", 123400},
		{"1,234", 123400},
		{"-1.234", -123400},
		{"12.345", 1234500},
		{"123,456", 12345600},
		{"1.234.567", 123456700},
		{"1,2", 120},
		{"1.23", 123},
		{"1234,5", 123450},
	}
	wantAmounts(t, tests)
}

// wantAmount is a spelling of an amount and the amount it reads as.
type wantAmount struct {
	in   string
	want Money
}

func wantAmounts(t *testing.T, tests []wantAmount) {
	t.Helper()
	for _, tt := range tests {
		got, err := ParseAmount(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseAmount(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseAmountReadsScaledAmounts(t *testing.T) {
	tests := []wantAmount{
		{"12k", 1_200_000},
		{"12K", 1_200_000},
		{"1.5k", 150_000},
		{"1,5k", 150_000},
		{"1.5m", 150_000_000},
		{"1.2M", 120_000_000},
		{"1,5 Mio", 150_000_000},
		{"1,5 Mio.", 150_000_000},
		{"2 Tsd", 200_000},
		{"2 Tsd.", 200_000},
		{"2,5 tsd", 250_000},
		{"3 mn", 300_000_000},
		{"1 bn", 100_000_000_000},
		{"1,5 Mrd", 150_000_000_000},
		{"€12k", 1_200_000},
		{"€ 12k", 1_200_000},
		{"12k€", 1_200_000},
		{"12k EUR", 1_200_000},
		{"1,5 Mio EUR", 150_000_000},
		{"EUR 1,5 Mio", 150_000_000},
		{"-€1.5k", -150_000},
		{"1.23456k", 123_456},
		{"1.2345k", 123_450},
		{"0.5k", 50_000},
		{"0.125k", 12_500},
		{".5k", 50_000},
		{"1,234.5k", 123_450_000},
		{"1.234,5 Tsd", 123_450_000},
		{"1.234.567k", 123_456_700_000},
		{"1 234k", 123_400_000},
		{"12.3450k", 1_234_500},
		{"1000000000k", 100_000_000_000_000},
		{"0k", 0},
	}
	wantAmounts(t, tests)
}

func TestParseAmountRefusesWhatIsNotAnAmount(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `amount "" has no digits`},
		{"   ", `amount "   " has no digits`},
		{"abc", `amount "abc" has no digits`},
		{"EUR", `amount "EUR" has no digits`},
		{"€", `amount "€" has no digits`},
		{"-", `amount "-" has no digits`},
		{".", `amount "." has no digits`},
		{"12.34.5", `amount "12.34.5": has a misplaced thousands mark`},
		{"1,2,3", `amount "1,2,3": has a misplaced thousands mark`},
		{"1,23.45", `amount "1,23.45": has a misplaced thousands mark`},
		{"1234,567.89", `amount "1234,567.89": has a misplaced thousands mark`},
		{"12 34", `amount "12 34": has a misplaced thousands mark`},
		{"1'2", `amount "1'2": has a misplaced thousands mark`},
		{"00.999", `amount "00.999": has more than two decimal places`},
		{"0.123.456", `amount "0.123.456": has a misplaced thousands mark`},
		{"5.", `amount "5.": has no digits after the decimal mark`},
		{"5,", `amount "5,": has no digits after the decimal mark`},
		{"0.125", `amount "0.125": has more than two decimal places`},
		{"0,125", `amount "0,125": has more than two decimal places`},
		{".125", `amount ".125": has more than two decimal places`},
		{"1.234,567", `amount "1.234,567": has more than two decimal places`},
		{"1,234.5.6", `amount "1,234.5.6": has more than one decimal mark`},
		{"1,23 4", `amount "1,23 4": has a thousands mark after the decimal mark`},
		{"1 234.567,8", `amount "1 234.567,8": mixes thousands marks`},
		{"5km", `amount "5km": unexpected 'k'`},
		{"5 x", `amount "5 x": unexpected 'x'`},
		{"k", `amount "k" has no digits`},
		{"€k", `amount "€k" has no digits`},
		{"12.345k", `amount "12.345k": reads two ways: write 12345k or 12.3450k`},
		{"1,234 Mio", `amount "1,234 Mio": reads two ways: write 1234Mio or 1,2340Mio`},
		{"1.234567k", `amount "1.234567k": has more decimals than whole cents allow with k`},
		{"1.5.5k", `amount "1.5.5k": has a misplaced thousands mark`},
		{"5kk", `amount "5kk": unexpected 'k'`},
		{"1000000001k", `amount "1000000001k" is not a number this tool can hold`},
		{"1000000000.0010k", `amount "1000000000.0010k" is not a number this tool can hold`},
		{"1001 bn", `amount "1001 bn" is not a number this tool can hold`},
		{"EURO 5", `amount "EURO 5": unexpected 'E'`},
		{"--5", `amount "--5": unexpected '-'`},
		{"5-", `amount "5-": unexpected '-'`},
		{"1e5", `amount "1e5": unexpected 'e'`},
		{"USD 5 EUR", `amount "USD 5 EUR": unexpected 'E'`},
		{"€5€", `amount "€5€": unexpected '€'`},
		{"12\t345", `amount "12\t345": unexpected '\t'`},
		{"1000000000001", `amount "1000000000001" is not a number this tool can hold`},
		{"99999999999999999999", `amount "99999999999999999999" is not a number this tool can hold`},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseAmount(%q) = %d, %v; want error %q", tt.in, got, err, tt.want)
		}
	}
}

func TestMoneyStringHasTwoDecimalsAndASign(t *testing.T) {
	tests := []struct {
		m             Money
		plain, people string
	}{
		{0, "0.00", "0"},
		{5, "0.05", "0.05"},
		{-5, "-0.05", "-0.05"},
		{99, "0.99", "0.99"},
		{100, "1.00", "1"},
		{-100, "-1.00", "-1"},
		{123456, "1234.56", "1,234.56"},
		{-123456, "-1234.56", "-1,234.56"},
		{100000, "1000.00", "1,000"},
		{99999, "999.99", "999.99"},
		{1234560, "12345.60", "12,345.60"},
		{-123456789000, "-1234567890.00", "-1,234,567,890"},
		{math.MaxInt64, "92233720368547758.07", "92,233,720,368,547,758.07"},
		{math.MinInt64, "-92233720368547758.08", "-92,233,720,368,547,758.08"},
	}
	for _, tt := range tests {
		if got := tt.m.String(); got != tt.plain {
			t.Errorf("Money(%d).String() = %q, want %q", tt.m, got, tt.plain)
		}
		if got := tt.m.Grouped(); got != tt.people {
			t.Errorf("Money(%d).Grouped() = %q, want %q", tt.m, got, tt.people)
		}
	}
}

func TestMoneyConvertsToAndFromWholeUnits(t *testing.T) {
	tests := []struct {
		f    float64
		want Money
	}{
		{12.5, 1250},
		{0.1 + 0.2, 30},
		{-19.999, -2000},
		{1234.565, 123457},
		{0, 0},
	}
	for _, tt := range tests {
		if got := MoneyFromFloat(tt.f); got != tt.want {
			t.Errorf("MoneyFromFloat(%v) = %d, want %d", tt.f, got, tt.want)
		}
	}
	if got := Money(-123456).Float(); got != -1234.56 {
		t.Errorf("Float() = %v, want -1234.56", got)
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{
		"1234.56", "1.234,56", "1,234.56", "€ 12,50", "12,50 €", "EUR 12.50",
		"-1.234,56", "1 234,56", "1'234.50", "0.125", "1,2,3", "-€5", "\u22125",
		"12k", "1.5m", "1,5 Mio", "2 Tsd", "1.2M", "€12k", "12.345k", "1.23456k",
		"12k EUR", "1 bn",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseAmount(s)
		if err != nil {
			if !strings.Contains(err.Error(), "amount ") {
				t.Errorf("ParseAmount(%q) error %q does not name the amount", s, err)
			}
			return
		}
		if limit := Money(maxWhole*100 + 99); m > limit || m < -limit {
			t.Fatalf("ParseAmount(%q) = %d, beyond the limit", s, m)
		}
		// Only a currency code and a scale may be dropped; other letters
		// (5x) are refused.
		_, _, sc := unwrap(s)
		if n := countLetters(s) - countLetters(sc.word); n != 0 && n != 3 {
			t.Fatalf("ParseAmount(%q) = %d, dropping letters that are no currency code", s, m)
		}
		for _, out := range append(spellings(m), inThousands(m)) {
			back, err := ParseAmount(out)
			if err != nil || back != m {
				t.Fatalf("ParseAmount(%q) = %d, written %q, read back as %d, %v", s, m, out, back, err)
			}
		}
	})
}

// inThousands writes an amount scaled by k, with the five decimals that
// keep its cents: 1234.56 is 1.23456k.
func inThousands(m Money) string {
	sign, u := "", uint64(m)
	if m < 0 {
		sign, u = "-", -u
	}
	return fmt.Sprintf("%s%d.%05dk", sign, u/100_000, u%100_000)
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// spellings writes an amount the ways people do: plain, grouped in English,
// German, French and Swiss style, and with a currency.
func spellings(m Money) []string {
	g := m.Grouped()
	german := strings.Map(func(r rune) rune {
		switch r {
		case ',':
			return '.'
		case '.':
			return ','
		}
		return r
	}, g)
	french := strings.ReplaceAll(german, ".", "\u00a0")
	swiss := strings.ReplaceAll(g, ",", "'")
	return []string{m.String(), g, german, french, swiss, "€ " + german, g + " USD"}
}
