package words

import (
	"errors"
	"os"
	"strings"

	"golang.org/x/text/language"
)

// The languages tend speaks, as a person types them.
const (
	English = "en"
	German  = "de"
)

// Choice is where the language may come from, each empty where it says
// nothing: the --lang flag, TEND_LANG, the person's settings file (and
// where it is), and the locale's variables, read by Env.
type Choice struct {
	Flag, TendLang, File, FilePath string
	Env                            func(string) string
}

// Choose is the language a person asked for, the first that says one of
// the --lang flag, TEND_LANG, the settings file, then LC_ALL, LC_MESSAGES
// and LANG as the C library reads them: a German locale (de, de_DE.UTF-8,
// de_AT, de_CH) chooses German, any other English. A value tend does not
// speak, where a person chose it for tend, is an error that names it and
// where it was, with the language the rest of the choice says.
func Choose(c Choice) (string, error) {
	asked := []struct{ value, where string }{{c.Flag, "--lang"}, {c.TendLang, "TEND_LANG"}, {c.File, c.FilePath}}
	var bad error
	for _, a := range asked {
		if a.value == "" {
			continue
		}
		lang, ok := tendLanguage(a.value)
		switch {
		case ok:
			return lang, bad
		case bad == nil:
			bad = unknownLanguage{value: a.value, where: a.where}
		}
	}
	return localeLanguage(c.Env), bad
}

// Decided tells whether the --lang flag or TEND_LANG already names a
// language tend speaks, so that the settings file need not be read.
func (c Choice) Decided() bool {
	_, byFlag := tendLanguage(c.Flag)
	_, byEnv := tendLanguage(c.TendLang)
	return byFlag || byEnv
}

// tendLanguage reads a language as a person types it for tend: de or en,
// in any case, a country or encoding after it allowed (de_AT, en-GB).
func tendLanguage(value string) (string, bool) {
	switch base := strings.ToLower(localeBase(value)); base {
	case German, English:
		return base, true
	}
	return "", false
}

// localeLanguage is the language the locale's variables choose: the first
// of LC_ALL, LC_MESSAGES and LANG that is set decides, German for a
// German locale, English for any other (C, POSIX, fr_FR).
func localeLanguage(env func(string) string) string {
	if env == nil {
		return English
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := env(name); v != "" {
			if localeBase(v) == German {
				return German
			}
			return English
		}
	}
	return English
}

// localeBase is a locale name's language: de of de_DE.UTF-8@euro.
func localeBase(locale string) string {
	base, _, _ := strings.Cut(locale, ".")
	base, _, _ = strings.Cut(base, "@")
	base, _, _ = strings.Cut(base, "_")
	base, _, _ = strings.Cut(base, "-")
	return strings.TrimSpace(base)
}

// unknownLanguage is a language tend does not speak, and where it was
// asked for.
type unknownLanguage struct{ value, where string }

func (e unknownLanguage) Error() string {
	return T("language.unknown", V{"Value": e.value, "Where": e.where, "Choices": German + ", " + English})
}

// IsUnknownLanguage tells whether err is a language tend does not speak.
func IsUnknownLanguage(err error) bool {
	var u unknownLanguage
	return errors.As(err, &u)
}

// chosenLanguage is the language tend speaks where the program did not
// say one with Use, as in the tests: German where TEND_LANG says de,
// English otherwise, whatever the locale of the machine they run on.
func chosenLanguage() language.Tag {
	if lang, _ := tendLanguage(os.Getenv("TEND_LANG")); lang == German {
		return language.German
	}
	return language.English
}

// Use has tend speak lang ("de" or "en") from now on, until restore is
// called. The program says it before its first word, which then pays for
// the catalog as before: a command that says none pays nothing. A test
// that switches must not run in parallel with one that reads another
// language.
func Use(lang string) (restore func()) {
	tag := language.English
	if lang == German {
		tag = language.German
	}
	before, wantedBefore := current.Load(), wanted.Swap(&tag)
	if before != nil && before.tag != tag {
		current.Store(newSpeaker(tag))
	}
	return func() {
		wanted.Store(wantedBefore)
		switch {
		case before != nil:
			current.Store(before)
		case current.Load() != nil: // a word was said meanwhile, in tag
			current.Store(newSpeaker(choiceOr(wantedBefore)))
		}
	}
}

// choiceOr is the language the program chose, or chosenLanguage where it
// chose none.
func choiceOr(chosen *language.Tag) language.Tag {
	if chosen != nil {
		return *chosen
	}
	return chosenLanguage()
}

// Language is the language tend speaks now, as its two-letter code: "en"
// or "de".
func Language() string {
	base, _ := speaking().tag.Base()
	return base.String()
}

// NowTyped is the word for the present moment as a reader of the language
// types it into a date: a value the dates' reader takes in either
// language, never a message, so that it is never marked.
func NowTyped() string {
	if Language() == German {
		return "jetzt"
	}
	return "now"
}
