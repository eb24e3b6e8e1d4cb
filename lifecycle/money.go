package lifecycle

import (
	"errors"
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
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
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

// maxWhole keeps amounts far from the int64 limit of cents.
const maxWhole = 1_000_000_000_000

// ParseAmount reads an amount as people write it: 1234.56, 1.234,56,
// 1,234.56, 12,50, € 12,50, 12.50 EUR, -5. With both separators present
// the last one is the decimal mark; a lone separator followed by exactly
// three digits groups thousands, otherwise it is the decimal mark.
func ParseAmount(s string) (Money, error) {
	in := s
	s = strings.TrimSpace(s)
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Sc, r) || unicode.IsSpace(r) })
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, strings.TrimSpace(s[1:])
	} else if strings.HasPrefix(s, "+") {
		s = strings.TrimSpace(s[1:])
	}
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.Is(unicode.Sc, r) || unicode.IsSpace(r) })
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "'", "").Replace(s)
	if s == "" {
		return 0, fmt.Errorf("amount %q has no digits", in)
	}
	whole, frac, err := splitDecimal(s)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", in, err)
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > maxWhole {
		return 0, fmt.Errorf("amount %q is not a number this tool can hold", in)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	c, _ := strconv.ParseInt(frac, 10, 64)
	m := Money(w*100 + c)
	if neg {
		m = -m
	}
	return m, nil
}

// splitDecimal separates the whole part (thousands marks removed) from the
// decimals.
func splitDecimal(s string) (whole, frac string, err error) {
	for _, r := range s {
		if r != '.' && r != ',' && (r < '0' || r > '9') {
			return "", "", fmt.Errorf("unexpected %q", r)
		}
	}
	dec := byte(0)
	lastDot, lastComma := strings.LastIndexByte(s, '.'), strings.LastIndexByte(s, ',')
	switch {
	case lastDot >= 0 && lastComma >= 0:
		dec = s[max(lastDot, lastComma)]
	case lastDot >= 0 || lastComma >= 0:
		sep := byte('.')
		if lastComma >= 0 {
			sep = ','
		}
		i := max(lastDot, lastComma)
		grouped := strings.Count(s, string(sep)) > 1 || (len(s)-i-1 == 3 && s[:i] != "0" && s[:i] != "")
		if !grouped {
			dec = sep
		}
	}
	if dec != 0 {
		i := strings.LastIndexByte(s, dec)
		whole, frac = s[:i], s[i+1:]
	} else {
		whole = s
	}
	thousands := ","
	if dec == ',' {
		thousands = "."
	}
	if strings.ContainsAny(frac, ".,") || strings.Contains(whole, string(dec)) && dec != 0 {
		return "", "", errors.New("has more than one decimal mark")
	}
	if err := checkGroups(whole, thousands); err != nil {
		return "", "", err
	}
	whole = strings.ReplaceAll(whole, thousands, "")
	if whole == "" {
		whole = "0"
	}
	if frac == "" && dec != 0 {
		return "", "", errors.New("has no digits after the decimal mark")
	}
	if len(frac) > 2 {
		return "", "", errors.New("has more than two decimal places")
	}
	return whole, frac, nil
}

// checkGroups refuses thousands marks in odd places, such as 12.34.5, which
// are more likely a typo than an amount.
func checkGroups(whole, mark string) error {
	if !strings.Contains(whole, mark) {
		return nil
	}
	groups := strings.Split(whole, mark)
	if groups[0] == "" || len(groups[0]) > 3 {
		return errors.New("has a misplaced thousands mark")
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return errors.New("has a misplaced thousands mark")
		}
	}
	return nil
}
