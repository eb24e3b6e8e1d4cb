package words

import "golang.org/x/text/language"

// Open and Close wrap every message in the pseudo-language, so that a test
// can tell text from the catalog from text that bypassed it.
const (
	Open  = "⟦"
	Close = "⟧"
)

// Pseudo has every message said in the pseudo-language until restore is
// called: English wrapped in Open and Close. Only tests speak it; a test
// that switches must not run in parallel with one that reads English.
func Pseudo() (restore func()) {
	before := speaking()
	pseudo := *before
	pseudo.pseudo = true
	current.Store(&pseudo)
	return func() { current.Store(before) }
}

// Speak has every message said in lang ("en", "de") until restore is
// called, as Pseudo does for the pseudo-language: a test reads a screen as
// a reader of another language reads it.
func Speak(lang string) (restore func()) {
	before := speaking()
	current.Store(newSpeaker(language.Make(lang)))
	return func() { current.Store(before) }
}
