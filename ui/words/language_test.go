package words

import (
	"testing"

	"golang.org/x/text/language"
)

func TestTendLangChoosesGerman(t *testing.T) {
	t.Setenv("TEND_LANG", "de")
	if got := chosenLanguage(); got != language.German {
		t.Fatalf("TEND_LANG=de chose %v", got)
	}
	t.Setenv("TEND_LANG", "")
	if got := chosenLanguage(); got != language.English {
		t.Fatalf("no TEND_LANG chose %v", got)
	}
}

func TestLanguageIsTheSpeakersCode(t *testing.T) {
	if got := Language(); got != "en" {
		t.Fatalf("Language() = %q, want en", got)
	}
}
