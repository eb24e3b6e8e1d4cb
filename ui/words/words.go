// Package words holds every sentence tend says to a person, in one
// catalog per language, and phrases them with their values. Both faces,
// the board and the command line, take their words from here, so that a
// second language is a second catalog and never a change in code.
//
// A message is named by a stable id ("board.moved") and filled from named
// values ({{.Name}}); a message that counts picks its plural form by the
// language's rules. Sentences are never glued from fragments: a message
// holds the whole sentence, in the order its language puts the words.
package words

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// V holds a message's values by the names its template uses.
type V map[string]any

// catalogFile is one file of catalog/, as catalog.go holds it: the
// program reads no TOML, so that a command starts without parsing every
// message it may never say.
type catalogFile struct {
	name, lang string
	messages   []i18n.Message
}

// speaker is the language tend speaks now, with a marker for the
// pseudo-language of the tests.
type speaker struct {
	localizer *i18n.Localizer
	numbers   *message.Printer
	pseudo    bool
}

var (
	counting map[string]bool // the ids of the messages that count
	current  atomic.Pointer[speaker]
	// speak sets the language tend speaks on the first message said, so
	// that a command that says none pays nothing for the catalog.
	speak = sync.OnceFunc(func() { current.Store(newSpeaker(language.English)) })
)

func newSpeaker(tag language.Tag) *speaker {
	return &speaker{localizer: i18n.NewLocalizer(loadBundle(), tag.String()), numbers: message.NewPrinter(tag)}
}

// loadBundle gives go-i18n the catalog. It is part of the program, so a
// file it refuses is a fault of the build, found by the tests.
func loadBundle() *i18n.Bundle {
	b := i18n.NewBundle(language.English)
	counting = map[string]bool{}
	for _, f := range catalog {
		msgs := make([]*i18n.Message, len(f.messages))
		for i := range f.messages {
			msgs[i] = &f.messages[i]
			counting[msgs[i].ID] = counting[msgs[i].ID] || msgs[i].One != ""
		}
		if err := b.AddMessages(language.Make(f.lang), msgs...); err != nil {
			panic(fmt.Sprintf("catalog %s: %v", f.name, err))
		}
	}
	return b
}

// T says message id with its values.
func T(id string, values ...V) string {
	return say(&i18n.LocalizeConfig{MessageID: id, TemplateData: merged(values)})
}

// N says message id for count things: the language's plural rules pick
// its form, and the template reads the count as {{.Count}}, written as
// the language writes numbers.
func N(id string, count int, values ...V) string {
	data := merged(values)
	data["Count"] = Number(count)
	return say(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
}

// Number writes n as the language writes a whole number: 12,345 in
// English.
func Number(n int) string { return speaking().numbers.Sprint(n) }

// speaking is the language tend speaks now.
func speaking() *speaker {
	speak()
	return current.Load()
}

// counts tells whether message id picks its form by a count.
func counts(id string) bool {
	speak()
	return counting[id]
}

func say(lc *i18n.LocalizeConfig) string {
	s := speaking()
	out, err := s.localizer.Localize(lc)
	if err != nil {
		// A missing message is a fault of the build, which the catalog's
		// tests find; the id in brackets shows where it is meanwhile.
		out = "[" + lc.MessageID + "]"
	}
	if s.pseudo {
		return Open + out + Close
	}
	return out
}

func merged(values []V) V {
	data := V{}
	for _, v := range values {
		for k, x := range v {
			data[k] = x
		}
	}
	return data
}
