package lifecycle

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Money is an amount in cents, so that sums are exact.
type Money int64

// String formats the amount with a decimal point and two decimals: 1234.56.
func (m Money) String() string {
	sign, u := "", uint64(m)
	if m < 0 {
		// Negated as unsigned, so that the most negative Money has a sign too.
		sign, u = "-", -u
	}
	return fmt.Sprintf("%s%d.%02d", sign, u/100, u%100)
}

// Grouped formats the amount for people, with thousands separated and the
// cents left out when there are none: 12,345 or 12,345.60.
func (m Money) Grouped() string {
	s := m.String()
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	whole, cents, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if cents != "00" {
		return sign + b.String() + "." + cents
	}
	return sign + b.String()
}

// Float returns the amount in whole units, for JSON and the models.
func (m Money) Float() float64 { return float64(m) / 100 }

// MoneyFromFloat rounds an amount in whole units to cents.
func MoneyFromFloat(f float64) Money { return Money(math.Round(f * 100)) }

// maxWhole is the largest whole amount ParseAmount reads: a trillion keeps
// sums of many amounts far from the int64 limit of cents.
const maxWhole = 1_000_000_000_000

// ParseAmount reads an amount as people write it: 1234.56, 1.234,56,
// 1,234.56, 1 234,56, 1'234.50, 12,50, € 12,50, 12.50 EUR, -5, -€5, and
// scaled, 12k, 1.5m, 1,5 Mio, 2 Tsd, €12k.
//
// A currency symbol or three-letter code may stand before or after the
// number; it is dropped, not checked. With both '.' and ',' present the
// last one is the decimal mark and the other groups thousands. A lone '.'
// or ',' followed by exactly three digits groups thousands, so 1.234 and
// 1,234 are both 1234.00, unless the number starts with 0 (0.125 is a
// fraction, refused for its third decimal); otherwise it is the decimal
// mark. Spaces and apostrophes only ever group thousands. Thousands marks
// must sit between groups of three digits, at most two decimals are read,
// and amounts beyond a trillion are refused.
//
// A scale after the number (k or Tsd for thousands, m, mn or Mio for
// millions, bn or Mrd for billions) multiplies it, and then it may have as
// many decimals as whole cents allow: 1.23456k is 1234.56. Before a scale a
// lone mark followed by three digits is refused, as 12.345k may mean
// 12,345 or 12,345,000.
func ParseAmount(s string) (Money, error) {
	neg, num, sc := unwrap(s)
	if !strings.ContainsAny(num, "0123456789") {
		return 0, Problemf(CodeAmountNoDigits, Values{"Amount": s}, "amount %q has no digits", s)
	}
	whole, frac, err := splitDecimal(num, sc)
	if err != nil {
		return 0, Problemf(CodeAmountBad, Values{"Amount": s}, "amount %q: %w", s, err)
	}
	for len(frac) < sc.places() {
		frac += "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	c, _ := strconv.ParseInt(frac, 10, 64)
	if err != nil || w > maxWhole/sc.factor || w*sc.factor*100+c > maxWhole*100+99 {
		return 0, Problemf(CodeAmountTooLarge, Values{"Amount": s}, "amount %q is not a number this tool can hold", s)
	}
	m := Money(w*sc.factor*100 + c)
	if neg {
		m = -m
	}
	return m, nil
}

// unwrap takes the sign, the currency and the scale off an amount. The sign
// may stand before or after a leading currency: -€5 and € -5 are both minus
// five. One currency is taken, before or after the number, not both: USD 5
// EUR is no amount. The scale stands right after the number, before a
// trailing currency: 12k EUR.
func unwrap(s string) (neg bool, num string, sc scale) {
	neg, signed, s := cutSign(strings.TrimSpace(s))
	s, cut := cutCurrency(s, true)
	s = strings.TrimSpace(s)
	if !signed {
		neg, _, s = cutSign(s)
	}
	s, sc = cutScale(s)
	if !cut && sc.factor == 1 {
		s, _ = cutCurrency(s, false)
		s, sc = cutScale(strings.TrimSpace(s))
	}
	return neg, strings.TrimSpace(s), sc
}

// cutSign takes a leading sign off s. The Unicode minus is read too, since
// amounts are pasted from documents that use it.
func cutSign(s string) (neg, found bool, rest string) {
	for _, sign := range []string{"-", "\u2212", "+"} {
		if r, ok := strings.CutPrefix(s, sign); ok {
			return sign != "+", true, strings.TrimSpace(r)
		}
	}
	return false, false, s
}

// cutCurrency takes a currency symbol or a three-letter code off the start
// or the end of s and tells whether there was one. Other letters stay, so
// that 5x is refused rather than read as 5.00.
func cutCurrency(s string, start bool) (string, bool) {
	symbol := func(r rune) bool { return unicode.Is(unicode.Sc, r) }
	if start {
		if t := strings.TrimLeftFunc(s, symbol); t != s {
			return t, true
		}
		if len(s) >= 3 && isCode(s[:3]) && (len(s) == 3 || !isLetter(s[3])) {
			return s[3:], true
		}
		return s, false
	}
	if t := strings.TrimRightFunc(s, symbol); t != s {
		return t, true
	}
	if n := len(s); n >= 3 && isCode(s[n-3:]) && (n == 3 || !isLetter(s[n-4])) {
		return s[:n-3], true
	}
	return s, false
}

func isCode(s string) bool {
	return isLetter(s[0]) && isLetter(s[1]) && isLetter(s[2])
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// isSpacer tells the marks that only ever group thousands: spaces (plain,
// no-break, narrow no-break and thin) and the Swiss apostrophe.
func isSpacer(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\''
}

// splitDecimal separates the whole part, with its thousands marks removed,
// from the decimals.
func splitDecimal(s string, sc scale) (whole, frac string, err error) {
	s = strings.Map(func(r rune) rune {
		if isSpacer(r) {
			return ' '
		}
		return r
	}, s)
	for _, r := range s {
		if r != '.' && r != ',' && r != ' ' && (r < '0' || r > '9') {
			return "", "", Problemf(CodeAmountUnexpected, Values{"Char": string(r)}, "unexpected %q", r)
		}
	}
	if sc.factor > 1 && ambiguous(s) {
		return "", "", sc.ambiguity(s)
	}
	whole, frac, err = cutDecimals(s, sc)
	if err != nil {
		return "", "", err
	}
	if marks := nonDigits(whole); marks != "" {
		mark := marks[:1]
		if strings.Count(marks, mark) != len(marks) {
			return "", "", Problemf(CodeAmountMixedMarks, nil, "mixes thousands marks")
		}
		if err := checkGroups(whole, mark); err != nil {
			return "", "", err
		}
		whole = strings.ReplaceAll(whole, mark, "")
	}
	if whole == "" {
		whole = "0"
	}
	return whole, frac, nil
}

// cutDecimals cuts s at its decimal mark, if it has one, into the whole
// part and at most the decimals that the scale leaves in whole cents.
func cutDecimals(s string, sc scale) (whole, frac string, err error) {
	dec := decimalMark(s)
	if dec == 0 {
		return s, "", nil
	}
	i := strings.LastIndexByte(s, dec)
	whole, frac = s[:i], s[i+1:]
	switch {
	case strings.IndexByte(whole, dec) >= 0:
		return "", "", Problemf(CodeAmountMarks, nil, "has more than one decimal mark")
	case frac == "":
		return "", "", Problemf(CodeAmountNoCents, nil, "has no digits after the decimal mark")
	case nonDigits(frac) != "":
		return "", "", Problemf(CodeAmountThousandsEnd, nil, "has a thousands mark after the decimal mark")
	case len(frac) > sc.places() && sc.factor > 1:
		return "", "", Problemf(CodeAmountScalePlaces, Values{"Scale": sc.word}, "has more decimals than whole cents allow with %s", sc.word)
	case len(frac) > 2 && sc.factor == 1:
		return "", "", Problemf(CodeAmountPlaces, nil, "has more than two decimal places")
	}
	return whole, frac, nil
}

// nonDigits returns the marks of a number without its digits.
func nonDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if '0' <= r && r <= '9' {
			return -1
		}
		return r
	}, s)
}

// decimalMark picks the decimal mark of a number, or 0 when it has none.
func decimalMark(s string) byte {
	dot, comma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	switch {
	case dot >= 0 && comma >= 0:
		return s[max(dot, comma)]
	case dot < 0 && comma < 0:
		return 0
	}
	i := max(dot, comma)
	lone := strings.IndexByte(s, s[i]) == i
	if !lone || len(s)-i-1 == 3 && i > 0 && s[0] != '0' {
		return 0
	}
	return s[i]
}

// checkGroups refuses thousands marks in odd places, such as 12.34.5, which
// are more likely a typo than an amount. A first group of a grouped number
// never starts with 0.
func checkGroups(whole, mark string) error {
	groups := strings.Split(whole, mark)
	if groups[0] == "" || len(groups[0]) > 3 || groups[0][0] == '0' {
		return errMisplacedMark
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return errMisplacedMark
		}
	}
	return nil
}

var errMisplacedMark = Problemf(CodeAmountMisplaced, nil, "has a misplaced thousands mark")

// Plus adds n to m, and says false where the sum is beyond what Money
// holds, which the book would refuse to add up.
func (m Money) Plus(n Money) (Money, bool) {
	sum := m + n
	if (n > 0 && sum < m) || (n < 0 && sum > m) {
		return m, false
	}
	return sum, true
}
