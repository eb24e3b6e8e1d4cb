package words

import (
	"strings"
	"testing"
)

// FuzzChoose reads any flag, TEND_LANG, settings value and locale: the
// choice is always English or German, refuses a value a person asked
// for that is neither where no value before it was good, and names the
// choices.
func FuzzChoose(f *testing.F) {
	for _, seed := range [][4]string{
		{"de", "", "", ""}, {"", "en", "", "de_DE.UTF-8"}, {"", "", "de", "C"}, {"fr", "de", "", ""},
		{"", "", "", "de_CH.UTF-8@euro"}, {"DE-at", "", "", ""}, {"", "xx", "en", "POSIX"}, {".", "_", "@", "-"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, flag, tendLang, file, lang string) {
		c := Choice{Flag: flag, TendLang: tendLang, File: file, FilePath: "settings.toml",
			Env: func(name string) string {
				if name == "LANG" {
					return lang
				}
				return ""
			}}
		got, err := Choose(c)
		if got != English && got != German {
			t.Fatalf("chose %q", got)
		}
		// A bad value counts where no value before it was good.
		bad := false
		for _, v := range []string{flag, tendLang, file} {
			if v == "" {
				continue
			}
			_, ok := tendLanguage(v)
			if ok {
				break
			}
			bad = true
		}
		if (err != nil) != bad {
			t.Fatalf("%+v: error %v, yet a bad value comes first: %v", c, err, bad)
		}
		if err != nil && !strings.Contains(err.Error(), "de, en") {
			t.Fatalf("the error %q names no choices", err)
		}
	})
}
