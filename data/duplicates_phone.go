package data

import "strings"

// phoneKey is a phone number as two spellings of it share it: its digits,
// without the country's code of an international number (+49 or 0049)
// and without the leading zeros of a national one (Italy's too, on both
// sides), so that "+49 30 1234567",
// "0049 (0)30 123 45 67" and "030/1234567" meet. A number of fewer than
// six such digits is no key ("").
func phoneKey(s string) string {
	s = strings.TrimSpace(s)
	international := strings.HasPrefix(s, "+")
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	if !international && strings.HasPrefix(d, "00") {
		d, international = d[2:], true
	}
	if international {
		d = d[countryCodeLength(d):]
	}
	d = strings.TrimLeft(d, "0")
	if len(d) < 6 {
		return ""
	}
	return d
}

// twoDigitCodes are the country codes of two digits (ITU-T E.164); 1 and 7
// are the codes of one, and every other code has three. The codes are
// prefix-free, so a number's first digits say how long its code is.
var twoDigitCodes = map[string]bool{
	"20": true, "27": true, "30": true, "31": true, "32": true, "33": true, "34": true, "36": true, "39": true,
	"40": true, "41": true, "43": true, "44": true, "45": true, "46": true, "47": true, "48": true, "49": true,
	"51": true, "52": true, "53": true, "54": true, "55": true, "56": true, "57": true, "58": true,
	"60": true, "61": true, "62": true, "63": true, "64": true, "65": true, "66": true,
	"81": true, "82": true, "84": true, "86": true, "90": true, "91": true, "92": true, "93": true, "94": true, "95": true, "98": true,
}

// countryCodeLength is how many of the digits d begins with are the
// country's code.
func countryCodeLength(d string) int {
	switch {
	case strings.HasPrefix(d, "1") || strings.HasPrefix(d, "7"):
		return 1
	case len(d) >= 2 && twoDigitCodes[d[:2]]:
		return 2
	}
	return min(3, len(d))
}
