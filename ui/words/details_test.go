package words

import (
	"strings"
	"testing"

	"tend/lifecycle"
)

// The detail family of messages is said by key: every detail has each.
func TestEveryDetailHasItsWordsInBothLanguages(t *testing.T) {
	for _, lang := range []string{"en", "de"} {
		t.Run(lang, func(t *testing.T) {
			defer Use(lang)()
			for _, f := range (&lifecycle.Details{}).Fields() {
				for _, said := range []string{Detail(f.Key), DetailLabel(f.Key), DetailFlag(f.Key)} {
					if said == "" || strings.Contains(said, "detail.") {
						t.Errorf("%s: detail %s reads %q", lang, f.Key, said)
					}
				}
			}
		})
	}
	if got := Change("postcode", "79098", "4051", "anna"); got != "postcode: 79098 → 4051, by anna" {
		t.Errorf("a detail's change reads %q", got)
	}
	if got := SearchField("given_name"); got != "given name" {
		t.Errorf("a search in a detail reads %q", got)
	}
}
