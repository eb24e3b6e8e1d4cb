package words

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// quickSample are values of the kinds reasons and errors are given, a
// count of one and of none among them.
var quickSample = []any{0, 1, 2, 21, -1, 1234567, "Acquisition", "1,234.50", 0.0749, int64(3), nil, []string{"a"}}

var quickValueNames = regexp.MustCompile(`\.([A-Za-z_][A-Za-z0-9_]*)`)

// TestQuickMessagesSayWhatGoI18nSays says every message of the catalog
// with the error functions, in each language, with values of each kind
// and counts: where it is said without go-i18n, it says what go-i18n
// says, and every reason of a flag is said without it.
func TestQuickMessagesSayWhatGoI18nSays(t *testing.T) {
	for _, tag := range []language.Tag{language.English, language.German} {
		quick := sayEveryMessageQuick(t, tag)
		for _, f := range catalog {
			for _, m := range f.messages {
				if tag == language.English && f.lang == "en" && strings.HasPrefix(m.ID, "flag.reason.") && !quick[m.ID] {
					t.Errorf("%s is said through go-i18n", m.ID)
				}
			}
		}
	}
}

// sayEveryMessageQuick says each message of the catalog in tag's
// language without go-i18n where it can, compares the words with
// go-i18n's, and tells which messages it said.
func sayEveryMessageQuick(t *testing.T, tag language.Tag) map[string]bool {
	s, whole := newSpeaker(tag), wholeCatalog(t, tag)
	quick := map[string]bool{}
	for _, f := range catalog {
		for i := range f.messages {
			m := &f.messages[i]
			names := quickValueNames.FindAllStringSubmatch(m.Zero+m.One+m.Two+m.Few+m.Many+m.Other, -1)
			for shift := range quickSample {
				values := V{}
				for j, name := range names {
					values[name[1]] = quickSample[(j+shift)%len(quickSample)]
				}
				lc := &i18n.LocalizeConfig{MessageID: m.ID, TemplateData: values, TemplateParser: errorParser}
				if m.One != "" {
					lc.PluralCount = quickSample[shift]
				}
				got, err := s.sayQuick(lc)
				if err != nil {
					continue
				}
				quick[m.ID] = true
				if want, err := whole.Localize(lc); err != nil || got != want {
					t.Errorf("%s %s with %v: said %q, go-i18n says %q (%v)", tag, m.ID, values, got, want, err)
				}
			}
		}
	}
	return quick
}

// TestAQuickMessageLeavesToGoI18nWhatItDoesNotHold: another function, a
// number not written plainly, a value of another type or missing.
func TestAQuickMessageLeavesToGoI18nWhatItDoesNotHold(t *testing.T) {
	for src, values := range map[string]V{
		"{{join .L \", \"}}": {"L": []string{"a"}}, "{{if eq .N 0.0}}x{{end}}": {"N": 0}, "{{number .N}}": {"N": int64(3)},
		"{{.Missing}}": {}, "{{.L}}": {"L": []string{"a"}}, "{{with .N}}x{{end}}": {"N": 1}, "{{$x := .N}}": {"N": 1},
		"{{.A.B}}": {"A": map[string]int{"B": 1}}, "{{printf \"%d\" .Missing}}": {}, "{{if .N}}x{{end}}": {"N": 1},
	} {
		m := parseQuick(language.English, &i18n.Message{ID: "x", Other: src})
		if m == nil {
			continue
		}
		if got, ok := m.say(plural.Other, values); ok {
			t.Errorf("%q with %v said %q without go-i18n", src, values, got)
		}
	}
}

// FuzzQuickMessageSaysWhatTextTemplateSays checks that a message said
// without go-i18n says what text/template, which go-i18n uses with the
// error functions, makes of it.
func FuzzQuickMessageSaysWhatTextTemplateSays(f *testing.F) {
	for _, seed := range []string{"no contact for {{number .Days}} days, usually every {{number .N}}",
		"P(alive) {{printf \"%.2f\" .F}} after {{number .N}} purchases", "in {{.S}} {{if eq .N 0}}since today{{else}}for {{number .N}} days{{end}}",
		"{{if eq .N 00}}a{{end}}", "{{if eq .N -1}}a{{else if eq .N 2}}b{{end}}", "{{- .S -}} x", "{{/* c */}}{{.F}}", "{{printf \"%q\" .S}}"} {
		f.Add(seed, "Müller", 42, 0.25)
	}
	f.Fuzz(func(t *testing.T, src, s string, n int, x float64) {
		m := parseQuick(language.English, &i18n.Message{ID: "x", Other: src})
		if m == nil {
			return
		}
		values := V{"S": s, "N": n, "F": x, "Days": n}
		got, ok := m.say(plural.Other, values)
		if !ok {
			return
		}
		tmpl, err := template.New("").Option("missingkey=default").Funcs(errorFuncs).Parse(src)
		if err != nil {
			t.Fatalf("%q read quick, text/template refuses it: %v", src, err)
		}
		var want bytes.Buffer
		if err := tmpl.Execute(&want, values); err != nil || got != want.String() {
			t.Errorf("%q said %q, text/template says %q (%v)", src, got, want.String(), err)
		}
	})
}
