package words

import (
	"os"
	"strings"

	"golang.org/x/text/language"
)

// chosenLanguage is the language the user asked for: German where
// TEND_LANG says de, English otherwise.
func chosenLanguage() language.Tag {
	if strings.HasPrefix(os.Getenv("TEND_LANG"), "de") {
		return language.German
	}
	return language.English
}

// Language is the language tend speaks now, as its two-letter code: "en"
// or "de".
func Language() string {
	base, _ := speaking().tag.Base()
	return base.String()
}
