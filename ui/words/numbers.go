package words

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
	"tend/ui/text"
)

// The language's marks in numbers: English writes 12,345.60, German
// 12.345,60. Every number for a person is written the English way and
// given the language's marks, so that English stays exactly as it was.

// marks gives a number written the English way the language's marks.
func marks(english string) string {
	if speaking().commaThousands {
		return english
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case ',':
			return '.'
		case '.':
			return ','
		}
		return r
	}, english)
}

// Amount writes an amount of money for a person, without its currency:
// 12,345 or 12,345.60 in English, 12.345 or 12.345,60 in German.
func Amount(m lifecycle.Money) string { return marks(m.Grouped()) }

// AmountToEdit writes an amount for a person to edit in a field, whole
// and ungrouped as one would type it: 1234.56 in English, 1234,56 in
// German. Both forms are read back in either language.
func AmountToEdit(m lifecycle.Money) string { return marks(m.String()) }

// Decimal writes v with digits decimals: 1234.5 in English, as fmt does,
// and 1.234,5 in German, grouped as German readers expect.
func Decimal(v float64, digits int) string {
	s := strconv.FormatFloat(v, 'f', digits, 64)
	if speaking().commaThousands {
		return s
	}
	sign, rest := "", s
	if r, ok := strings.CutPrefix(s, "-"); ok {
		sign, rest = "-", r
	}
	whole, frac, hasFrac := strings.Cut(rest, ".")
	if n, err := strconv.Atoi(whole); err == nil {
		whole = text.Thousands(n)
	}
	if hasFrac {
		whole += "." + frac
	}
	return marks(sign + whole)
}

// Figure writes a number a message was given as it is, a count or a
// measure, as the language writes it: in English as fmt prints it (1000,
// 0.5), as such messages always read, and in German grouped, with a
// decimal comma (1.000, 0,5). Any other value is printed as it is.
func Figure(v any) string {
	var f float64
	switch n := v.(type) {
	case int:
		f = float64(n)
	case int64:
		f = float64(n)
	case float64:
		f = n
	default:
		return fmt.Sprint(v)
	}
	if speaking().commaThousands {
		return fmt.Sprint(v)
	}
	return Decimal(f, -1)
}

// Thousands writes v thousands briefly, with digits decimals: 12k,
// 12 Tsd.; Millions likewise: 1.2M, 1,2 Mio.
func Thousands(v float64, digits int) string {
	return T("number.thousands", V{"Value": Decimal(v, digits)})
}

// Millions writes v millions briefly; see Thousands.
func Millions(v float64, digits int) string {
	return T("number.millions", V{"Value": Decimal(v, digits)})
}

// Percent writes v percent with digits decimals: 12.5% in English,
// 12,5 % in German.
func Percent(v float64, digits int) string {
	return T("number.percent", V{"Value": Decimal(v, digits)})
}

// Days writes a length of time in days briefly, v already written as
// the language writes numbers: 12.5d in English, 12,5 T. in German.
func Days(v string) string { return T("number.days", V{"Value": v}) }

// Day writes a day for a person: 2024-03-01 in English, 01.03.2024 in
// German. DayTime adds the time of day, Month is a month alone.
func Day(t time.Time) string { return t.Format(T("date.layout.day")) }

// DayTime writes a moment to the minute: 2024-03-01 14:05.
func DayTime(t time.Time) string { return t.Format(T("date.layout.day-time")) }

// Month writes a month by its number: 2024-03 in English, 03.2024 in
// German.
func Month(t time.Time) string { return t.Format(T("date.layout.month")) }

// Significant writes v with digits significant digits, as %g does: 0.2431
// or 1.5e+06 in English, 0,2431 in German.
func Significant(v float64, digits int) string {
	return marks(strconv.FormatFloat(v, 'g', digits, 64))
}
