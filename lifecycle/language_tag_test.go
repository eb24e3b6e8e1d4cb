package lifecycle

import "testing"

func TestALanguageTagIsReadAndWrittenInItsUsualCase(t *testing.T) {
	for in, want := range map[string]string{"de": "de", "DE-at": "de-AT", " en_gb ": "en-GB", "zh-hant-tw": "zh-Hant-TW",
		"es-419": "es-419", "de-CH-1996": "de-CH-1996", "gsw": "gsw"} {
		if got, err := ParseLanguage(in); err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "d", "deutsch!", "en-", "en--GB", "e1", "de-AT-x", "toolonglanguage", "de-ÄT"} {
		if _, err := ParseLanguage(bad); err == nil {
			t.Errorf("%q was taken", bad)
		}
	}
}

// FuzzParseLanguage: a tag read is read again as itself.
func FuzzParseLanguage(f *testing.F) {
	for _, s := range []string{"de", "en-GB", "zh-Hant-TW", "es-419", "de-CH-1996", "x", "en_gb", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tag, err := ParseLanguage(s)
		if err != nil {
			return
		}
		if again, err := ParseLanguage(tag); err != nil || again != tag {
			t.Errorf("%q read as %q, then %q, %v", s, tag, again, err)
		}
	})
}
