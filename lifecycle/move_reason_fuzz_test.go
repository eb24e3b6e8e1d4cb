package lifecycle

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzNewReason checks that whatever a user types as a new reason is
// refused, or keyed so that it is found again by its key and as typed.
func FuzzNewReason(f *testing.F) {
	for _, seed := range []string{"Lieferzeit", "  no answer ", "Preis / Leistung", "Ärger mit ÅNGSTRÖM", "-", "a\x00b", "ℂ", "price"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, label string) {
		r, err := NewReason(LostReason, label, someReasons)
		if err != nil {
			return
		}
		if r.Key == "" || r.Key != strings.ToLower(r.Key) || strings.ContainsFunc(r.Label, unicode.IsControl) {
			t.Fatalf("%q made %+v", label, r)
		}
		reasons := append(append([]MoveReason{}, someReasons...), r)
		typed := []string{r.Key}
		if r.Label != "" { // a default back is found by its name in the user's language
			typed = append(typed, label)
		}
		for _, typed := range typed {
			if _, err := FindReason(reasons, LostReason, typed, func(MoveReason) string { return "" }); err != nil {
				t.Fatalf("%+v added from %q is not found by %q: %v", r, label, typed, err)
			}
		}
	})
}
