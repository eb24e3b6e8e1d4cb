package lifecycle

import (
	"errors"
	"strings"
)

// PhaseNames are the other names a phase goes by, by its key: a preset's
// labels in every language tend speaks, which a file a person wrote may
// hold in place of the key or the book's own label.
type PhaseNames map[string][]string

// bareUmlauts are the German letters with their dots dropped, as a
// keyboard without them types them ("Ruckgewinnung").
var bareUmlauts = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "ß", "ss")

// EnterNamed is Enter for a phase named as a person writes it: by key or
// label as Enter reads them, else by the book's label or one of names,
// case-blind, with umlauts as typed, spelled out (ue) or bare (u). The
// book's own labels come first, so that a label the user gave a phase is
// never taken for another's preset name.
func (l Lifecycle) EnterNamed(name string, names PhaseNames) (Phase, error) {
	p, err := l.Enter(name)
	if !errors.Is(err, ErrUnknownPhase) {
		return p, err
	}
	for _, q := range l.Phases {
		if sameName(name, q.Label) {
			return l.Enter(q.Key)
		}
	}
	for _, q := range l.Phases {
		for _, other := range names[q.Key] {
			if sameName(name, other) {
				return l.Enter(q.Key)
			}
		}
	}
	return p, err
}

// sameName tells whether typed names label: alike in letters and digits,
// case-blind, with umlauts spelled out or bare on either side.
func sameName(typed, label string) bool {
	fold := func(r *strings.Replacer, s string) string { return KeyFor(r.Replace(strings.ToLower(s))) }
	for _, r := range []*strings.Replacer{umlauts, bareUmlauts} {
		if f := fold(r, typed); f != "" && f == fold(r, label) {
			return true
		}
	}
	return false
}
