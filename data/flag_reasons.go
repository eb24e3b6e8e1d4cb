package data

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"tend/lifecycle"
)

// The flags of a customer are kept with their reasons as text, a line a
// flag: its kind, severity and worth in cents, then a tab before each
// reason, its code and its values by name, sorted, each value tagged with
// its type so that it is read back as it was made:
//
//	at-risk 100 3771141	silent-rhythm Days=i129 Every=i13	spend-drop Days=i90 Earlier=m3771141 Recent=m862879
//
// i is an int (days, a count), m Money in cents, f a float64 written to
// be read back exactly (a share), s a string quoted as Go quotes it (a
// phase's label), so that no value holds a space, tab or newline.
const (
	intValue    = 'i'
	moneyValue  = 'm'
	floatValue  = 'f'
	stringValue = 's'
)

// encodeFlags writes flags as the book keeps them; false when a reason
// holds a value of a type it cannot keep, or a name that cannot be read
// back, so that the customer is judged afresh when read.
func encodeFlags(flags []lifecycle.Flag) (string, bool) {
	var b strings.Builder
	for i, f := range flags {
		if i > 0 {
			b.WriteByte('\n')
		}
		if !plainWord(string(f.Kind)) {
			return "", false
		}
		b.WriteString(string(f.Kind) + " " + strconv.Itoa(f.Severity) + " " + strconv.FormatInt(int64(f.Worth), 10))
		for _, r := range f.Reasons {
			if !encodeReason(&b, r) {
				return "", false
			}
		}
	}
	return b.String(), true
}

func encodeReason(b *strings.Builder, r lifecycle.Reason) bool {
	if !plainWord(string(r.Code)) {
		return false
	}
	b.WriteString("\t" + string(r.Code))
	for _, k := range slices.Sorted(maps.Keys(r.Values)) {
		if !plainWord(k) || strings.Contains(k, "=") {
			return false
		}
		var v string
		switch x := r.Values[k].(type) {
		case int:
			v = string(intValue) + strconv.Itoa(x)
		case lifecycle.Money:
			v = string(moneyValue) + strconv.FormatInt(int64(x), 10)
		case float64:
			v = string(floatValue) + strconv.FormatFloat(x, 'g', -1, 64)
		case string:
			v = string(stringValue) + strconv.Quote(x)
		default:
			return false
		}
		b.WriteString(" " + k + "=" + v)
	}
	return true
}

// plainWord tells a kind, code or name that the text can hold as it is.
func plainWord(s string) bool {
	return s != "" && !strings.ContainsAny(s, " \t\n")
}

// decodeFlags reads flags as encodeFlags writes them; false for text it
// did not write.
func decodeFlags(s string) ([]lifecycle.Flag, bool) { return readReasons(nil).flags(s) }

// readReasons holds the reasons read so far by their text, for a reading
// of many customers' flags: the same reason comes back often among
// thousands, and reading it again made a new map of its values each
// time. The values are shared, and only read. A nil one keeps nothing.
type readReasons map[string]lifecycle.Reason

// flags reads flags as encodeFlags writes them; false for text it did
// not write.
func (read readReasons) flags(s string) ([]lifecycle.Flag, bool) {
	flags := make([]lifecycle.Flag, 0, strings.Count(s, "\n")+1)
	for line := range strings.SplitSeq(s, "\n") {
		head, reasons, hasReasons := strings.Cut(line, "\t")
		f, ok := decodeFlagHead(head)
		if !ok {
			return nil, false
		}
		if hasReasons {
			if f.Reasons, ok = read.reasons(reasons); !ok {
				return nil, false
			}
		}
		flags = append(flags, f)
	}
	return flags, true
}

// reasons reads a flag's reasons, each after a tab but the first.
func (read readReasons) reasons(s string) ([]lifecycle.Reason, bool) {
	reasons := make([]lifecycle.Reason, 0, strings.Count(s, "\t")+1)
	for p := range strings.SplitSeq(s, "\t") {
		r, ok := read[p]
		if !ok {
			if r, ok = decodeReason(p); !ok {
				return nil, false
			}
			if read != nil {
				read[p] = r
			}
		}
		reasons = append(reasons, r)
	}
	return reasons, true
}

// decodeFlagHead reads a flag's kind, severity and worth.
func decodeFlagHead(head string) (lifecycle.Flag, bool) {
	kind, rest, ok1 := strings.Cut(head, " ")
	severity, worth, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || !plainWord(kind) || strings.Contains(worth, " ") {
		return lifecycle.Flag{}, false
	}
	sev, err1 := strconv.Atoi(severity)
	w, err2 := strconv.ParseInt(worth, 10, 64)
	if err1 != nil || err2 != nil {
		return lifecycle.Flag{}, false
	}
	return lifecycle.Flag{Kind: lifecycle.FlagKind(kind), Severity: sev, Worth: lifecycle.Money(w)}, true
}

// decodeReason reads a reason's code and its values.
func decodeReason(s string) (lifecycle.Reason, bool) {
	code, rest, _ := strings.Cut(s, " ")
	if !plainWord(code) {
		return lifecycle.Reason{}, false
	}
	r := lifecycle.Reason{Code: lifecycle.ReasonCode(code)}
	for rest != "" {
		name, after, ok := strings.Cut(rest, "=")
		if !ok || !plainWord(name) || after == "" {
			return lifecycle.Reason{}, false
		}
		v, tail, ok := decodeValue(after)
		if !ok {
			return lifecycle.Reason{}, false
		}
		if r.Values == nil {
			r.Values = map[string]any{}
		}
		r.Values[name] = v
		if rest, ok = strings.CutPrefix(tail, " "); !ok && tail != "" {
			return lifecycle.Reason{}, false
		}
	}
	return r, true
}

// decodeValue reads one tagged value from the start of s and returns what
// follows it.
func decodeValue(s string) (any, string, bool) {
	tag, s := s[0], s[1:]
	if tag == stringValue {
		quoted, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, "", false
		}
		v, err := strconv.Unquote(quoted)
		return v, s[len(quoted):], err == nil
	}
	word, tail, _ := strings.Cut(s, " ")
	if tail != "" || strings.HasSuffix(s, " ") {
		tail = " " + tail
	}
	var v any
	var err error
	switch tag {
	case intValue:
		v, err = strconv.Atoi(word)
	case moneyValue:
		var n int64
		n, err = strconv.ParseInt(word, 10, 64)
		v = lifecycle.Money(n)
	case floatValue:
		v, err = strconv.ParseFloat(word, 64)
	default:
		return nil, "", false
	}
	return v, tail, err == nil
}
