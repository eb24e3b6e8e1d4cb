package words

import (
	"bytes"
	"testing"
	"text/template"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"tend/lifecycle"
)

// sample are values of the kinds the program hands its messages.
var sample = []any{"Müller & Söhne <GmbH>", 12345, int64(-7), 0.25, lifecycle.Money(123456),
	time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC), []string{"a", "b"}, nil, &struct{ A int }{3}, true}

// TestPlainMessagesReadAsGoI18nSaysThem says every plain message of the
// catalog, with values of each kind and one missing, both without go-i18n
// and through go-i18n given the whole catalog, and compares the words.
func TestPlainMessagesReadAsGoI18nSaysThem(t *testing.T) {
	whole := wholeCatalog(t, language.English)
	s, plain := newSpeaker(language.English), 0
	for _, id := range catalogIDs("en") {
		m := s.plainMessage(id)
		if m == nil {
			continue
		}
		plain++
		for shift := range sample {
			values := V{}
			for i, name := range m.names[:max(len(m.names)-1, 0)] { // the last one missing
				values[name] = sample[(i+shift)%len(sample)]
			}
			lc := &i18n.LocalizeConfig{MessageID: id, TemplateData: values}
			want, err := whole.Localize(lc)
			if err != nil {
				t.Fatal(err)
			}
			if got, err := s.sayPlain(lc); err != nil || got != want {
				t.Errorf("%s with %v: said %q (%v), go-i18n says %q", id, values, got, err, want)
			}
		}
	}
	if plain < 1000 {
		t.Errorf("%d plain messages; the catalog holds more than a thousand", plain)
	}
}

// catalogIDs are the ids of the messages of language lang.
func catalogIDs(lang string) []string {
	var ids []string
	for _, f := range catalog {
		if f.lang == lang {
			for i := range f.messages {
				ids = append(ids, f.messages[i].ID)
			}
		}
	}
	return ids
}

// TestEveryMessageIsFoundByItsID finds each message of each file by its
// id, as a word said finds it, and finds none for an id the catalog lacks.
func TestEveryMessageIsFoundByItsID(t *testing.T) {
	for _, f := range catalog {
		for i := range f.messages {
			if m := catalogMessage(f.lang, f.messages[i].ID); m != &f.messages[i] {
				t.Errorf("%s of %s: found %v", f.messages[i].ID, f.name, m)
			}
		}
	}
	for _, id := range []string{"", "zzz", "cli.archive.don", "cli.archive.donee"} {
		if m := catalogMessage("en", id); m != nil || counts(id) {
			t.Errorf("%q: found %v", id, m)
		}
	}
	if !counts("count.customers") || counts("cli.archive.done") {
		t.Error("counts tells a message that counts from one that does not wrongly")
	}
}

// wholeCatalog is go-i18n given the whole catalog, speaking tag.
func wholeCatalog(t *testing.T, tag language.Tag) *i18n.Localizer {
	t.Helper()
	b := i18n.NewBundle(language.English)
	for _, f := range catalog {
		msgs := make([]*i18n.Message, len(f.messages))
		for i := range f.messages {
			msgs[i] = &f.messages[i]
		}
		if err := b.AddMessages(language.Make(f.lang), msgs...); err != nil {
			t.Fatal(err)
		}
	}
	return i18n.NewLocalizer(b, tag.String())
}

func TestOnlyMessagesThatPrintValuesAreReadPlain(t *testing.T) {
	for src, plain := range map[string]bool{
		"no values": true, "{{.Name}} and {{.Other_2}}": true, "": true,
		"{{.}}": false, "{{ .Name }}": false, "{{.A.B}}": false, "{{number .N}}": false, "{{.Name": false,
		"}} alone": false, "{{.Name}}}}": false, "{{.2x}}": false, "{{if .A}}x{{end}}": false,
	} {
		if _, ok := readPlain(&i18n.Message{ID: "x", Other: src}); ok != plain {
			t.Errorf("%q read plain: %v, want %v", src, ok, plain)
		}
	}
	if _, ok := readPlain(&i18n.Message{ID: "x", One: "one", Other: "many"}); ok {
		t.Error("a message that counts was read plain")
	}
}

// FuzzPlainMessageSaysWhatTextTemplateSays checks that a message read
// plain says what text/template, which go-i18n uses, makes of it.
func FuzzPlainMessageSaysWhatTextTemplateSays(f *testing.F) {
	for _, seed := range []string{"Moved {{.Name}} to {{.Phase}}", "{{.A}}{{.B}}", "a }} b", "{{.Name}}}}", "{{{.A}}", "x{{.Missing}}y"} {
		f.Add(seed, "Müller", 42)
	}
	f.Fuzz(func(t *testing.T, src, name string, n int) {
		m, ok := readPlain(&i18n.Message{ID: "x", Other: src})
		if !ok {
			return
		}
		tmpl, err := template.New("").Option("missingkey=default").Parse(src)
		if err != nil {
			t.Fatalf("%q read plain, text/template refuses it: %v", src, err)
		}
		values := V{"Name": name, "Phase": n, "A": 1.5, "B": nil}
		var want bytes.Buffer
		if err := tmpl.Execute(&want, values); err != nil {
			t.Fatal(err)
		}
		if got, ok := m.fill(values); !ok || got != want.String() {
			t.Errorf("%q said %q (%v), text/template says %q", src, got, ok, want.String())
		}
	})
}
