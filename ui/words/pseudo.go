package words

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
