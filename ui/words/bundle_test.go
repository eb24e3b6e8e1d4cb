package words

import (
	"strings"
	"sync"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// BenchmarkFirstTemplateWord is what the first message go-i18n says
// costs a command: the speaker made, the message handed to go-i18n in
// both languages and said.
func BenchmarkFirstTemplateWord(b *testing.B) {
	for b.Loop() {
		newSpeaker(language.English).say(&i18n.LocalizeConfig{MessageID: "cli.entry.edit.short", TemplateData: V{"Kind": "contact"}})
	}
}

// TestGoI18nTakesEveryFileOfTheCatalog: go-i18n is handed a message when
// it is first said, so a file it would refuse (a language it has no
// plural rules for) is found here, not by the person it is said to.
func TestGoI18nTakesEveryFileOfTheCatalog(t *testing.T) {
	for _, f := range catalog {
		msgs := make([]*i18n.Message, len(f.messages))
		for i := range f.messages {
			msgs[i] = &f.messages[i]
		}
		if err := i18n.NewBundle(language.English).AddMessages(language.Make(f.lang), msgs...); err != nil {
			t.Errorf("catalog %s: %v", f.name, err)
		}
	}
}

// TestTemplateWordsSaidAtOnceAreEachLanguagesOwn: go-i18n is handed each
// message as it is first said, from goroutines at once (the race
// detector watches), and each speaker says its own language's words,
// English where a language lacks the message.
func TestTemplateWordsSaidAtOnceAreEachLanguagesOwn(t *testing.T) {
	de, en := newSpeaker(language.German), newSpeaker(language.English)
	say := func(s *speaker, id, kind string) string {
		return s.say(&i18n.LocalizeConfig{MessageID: id, TemplateData: V{"Kind": kind}})
	}
	ids := []string{"cli.entry.edit.short", "cli.entry.delete.short", "cli.entry.flag.json"}
	var wg sync.WaitGroup
	for range 8 {
		for _, id := range ids {
			wg.Go(func() { say(de, id, "purchase") })
			wg.Go(func() { say(en, id, "contact") })
		}
	}
	wg.Wait()
	for _, c := range []struct {
		s          *speaker
		kind, want string
	}{
		{de, "purchase", "Einen Kauf bearbeiten: "},
		{en, "contact", "Edit a contact: "},
	} {
		if got := say(c.s, ids[0], c.kind); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s says %q, want it to begin %q", c.s.tag, got, c.want)
		}
	}
	if got := say(de, "no.such.message", ""); got != "[no.such.message]" {
		t.Errorf("a missing message is said as %q", got)
	}
}
