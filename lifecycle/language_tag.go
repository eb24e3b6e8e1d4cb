package lifecycle

import "strings"

// ParseLanguage reads a BCP 47 language tag as mail and address books
// write one (de, en-GB, zh-Hant-TW, de-CH-1996) and writes it in its
// usual case: the language lower, a script as a title, a region upper.
func ParseLanguage(s string) (string, error) {
	subtags := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"), "-")
	if !isLanguage(subtags[0]) {
		return "", badLanguage(s)
	}
	out := []string{strings.ToLower(subtags[0])}
	rest := subtags[1:]
	if len(rest) > 0 && len(rest[0]) == 4 && allLetters(rest[0]) { // a script
		out = append(out, strings.ToUpper(rest[0][:1])+strings.ToLower(rest[0][1:]))
		rest = rest[1:]
	}
	if len(rest) > 0 && isRegion(rest[0]) {
		out = append(out, strings.ToUpper(rest[0]))
		rest = rest[1:]
	}
	for _, v := range rest { // variants
		if !isVariant(v) {
			return "", badLanguage(s)
		}
		out = append(out, strings.ToLower(v))
	}
	return strings.Join(out, "-"), nil
}

func badLanguage(s string) error {
	return Problemf(CodeCustomerLanguage, Values{"Language": s}, "language %q is not a language tag like de or en-GB", s)
}

// isLanguage tells a primary language subtag: two or three letters (ISO
// 639). The grammar's five to eight are reserved and never assigned, and
// would take a word such as "deutsch" for a tag.
func isLanguage(s string) bool { return (len(s) == 2 || len(s) == 3) && allLetters(s) }

// isRegion tells two letters (ISO 3166) or three digits (UN M.49).
func isRegion(s string) bool {
	return (len(s) == 2 && allLetters(s)) || (len(s) == 3 && strings.Trim(s, "0123456789") == "")
}

// isVariant tells five to eight letters or digits, or four beginning with
// a digit.
func isVariant(s string) bool {
	alnum := strings.Trim(strings.ToLower(s), "abcdefghijklmnopqrstuvwxyz0123456789") == ""
	return alnum && ((len(s) >= 5 && len(s) <= 8) || (len(s) == 4 && s[0] >= '0' && s[0] <= '9'))
}

func allLetters(s string) bool {
	return s != "" && strings.Trim(strings.ToLower(s), "abcdefghijklmnopqrstuvwxyz") == ""
}
