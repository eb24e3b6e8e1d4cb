// Package lifecycle is the domain of tend: phases and their presets, customers,
// contacts, purchases and moves between phases. Everything here is a plain
// function of its inputs (time is passed in), so it tests without a database
// or a terminal.
package lifecycle

import (
	"strings"
	"unicode"
)

// Group says where a phase stands in the relationship: before the first
// purchase, while the customer pays, or after it has ended.
type Group string

// The three groups a phase can belong to.
const (
	Buying Group = "buying"
	Owning Group = "owning"
	Ended  Group = "ended"
)

// ParseGroup reads a group name, case-insensitively.
func ParseGroup(s string) (Group, error) {
	switch g := Group(strings.ToLower(strings.TrimSpace(s))); g {
	case Buying, Owning, Ended:
		return g, nil
	}
	return "", Problemf(CodeGroupUnknown, Values{"Group": s}, "unknown group %q (use buying, owning or ended)", s)
}

// Phase is one step of a book's lifecycle. The key never changes once a phase
// exists, so history that names it stays valid through renames.
type Phase struct {
	Key    string
	Label  string
	Group  Group
	Hidden bool
}

// KeyFor makes a phase key from a label: lower case, words joined by '-'.
// Letters that have no lower case (ℂ, ϒ) count as word breaks, so that a key
// is always lower case.
func KeyFor(label string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(label) {
		switch {
		case (unicode.IsLetter(r) || unicode.IsDigit(r)) && !unicode.IsUpper(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	return b.String()
}
