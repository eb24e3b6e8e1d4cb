package data

import (
	"strconv"
	"strings"
	"sync"
)

// The store writes its parameters as SQLite does, ? (or ?N for the N-th),
// and PostgreSQL reads $N; it tells SQLite's planner which index to use
// (INDEXED BY, NOT INDEXED), where PostgreSQL's plans for itself. The
// server's driver rewrites every query once, here, so that the store's
// queries stay one set for both engines.

// rewritten holds the queries already rewritten, by their text.
var rewritten sync.Map

// numberedPlaceholders rewrites a query's ? and ?N to PostgreSQL's $N and
// drops SQLite's index hints, leaving string literals, quoted names and
// comments as they are.
func numberedPlaceholders(query string) string {
	if !strings.Contains(query, "?") && !strings.Contains(query, "INDEXED") {
		return query
	}
	if done, ok := rewritten.Load(query); ok {
		return done.(string)
	}
	done := rewritePlaceholders(query)
	rewritten.Store(query, done)
	return done
}

func rewritePlaceholders(query string) string {
	var out strings.Builder
	out.Grow(len(query) + 8)
	next := 1
	for i := 0; i < len(query); {
		if end := skipQuoted(query, i); end > i {
			out.WriteString(query[i:end])
			i = end
			continue
		}
		if hint := indexHint(query[i:]); hint > 0 {
			i += hint
			continue
		}
		if query[i] != '?' {
			out.WriteByte(query[i])
			i++
			continue
		}
		digits := i + 1
		for digits < len(query) && query[digits] >= '0' && query[digits] <= '9' {
			digits++
		}
		out.WriteByte('$')
		if digits > i+1 {
			// ?N names the N-th parameter; a bare ? after it is the next.
			out.WriteString(query[i+1 : digits])
			n, _ := strconv.Atoi(query[i+1 : digits])
			next = n + 1
		} else {
			out.WriteString(strconv.Itoa(next))
			next++
		}
		i = digits
	}
	return out.String()
}

// skipQuoted returns where the literal, quoted name or comment starting at
// i ends; i itself when none starts there. One left open runs to the end.
func skipQuoted(query string, i int) int {
	rest := query[i:]
	var end int
	switch {
	case rest[0] == '\'' || rest[0] == '"':
		end = closingQuote(rest, rest[0])
	case strings.HasPrefix(rest, "--"):
		end = strings.IndexByte(rest, '\n') + 1
	case strings.HasPrefix(rest, "/*"):
		if close := strings.Index(rest[2:], "*/"); close >= 0 {
			end = close + 4
		}
	default:
		return i
	}
	if end <= 0 || end > len(rest) {
		return len(query)
	}
	return i + end
}

// closingQuote returns the length of the quoted text at the start of s,
// whose doubled quotes stand for one; 0 when it is never closed.
func closingQuote(s string, quote byte) int {
	for j := 1; j < len(s); j++ {
		if s[j] != quote {
			continue
		}
		if j+1 < len(s) && s[j+1] == quote {
			j++
			continue
		}
		return j + 1
	}
	return 0
}

// indexHint returns the length of the SQLite index hint the text starts
// with, 0 when it starts with none: " NOT INDEXED", or " INDEXED BY " and
// the index's name.
func indexHint(s string) int {
	if strings.HasPrefix(s, " NOT INDEXED") {
		return len(" NOT INDEXED")
	}
	if !strings.HasPrefix(s, " INDEXED BY ") {
		return 0
	}
	n := len(" INDEXED BY ")
	for n < len(s) && (s[n] == '_' || s[n] >= 'a' && s[n] <= 'z' || s[n] >= '0' && s[n] <= '9') {
		n++
	}
	return n
}
