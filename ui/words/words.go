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
	"errors"
	"sync"
	"sync/atomic"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"tend/ui/text"
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
// pseudo-language of the tests. Its plain messages are said without
// go-i18n, which is handed each of the others when it is first said.
type speaker struct {
	tag     language.Tag
	plain   *sync.Map // id: *plainMessage, nil where go-i18n says it
	bundle  *bundle
	quick   *sync.Map // id: *quickMessage, nil where go-i18n says it
	numbers *message.Printer
	// commaThousands: the language writes whole numbers as 12,345, which
	// is done without the printer's work on every number.
	commaThousands bool
	pseudo         bool
}

var (
	current atomic.Pointer[speaker]
	// speak sets the language tend speaks on the first message said, so
	// that a command that says none pays nothing for the catalog.
	speak = onFirstWord()
	// wanted is the language the program chose with Use, if it did.
	wanted atomic.Pointer[language.Tag]
	// english says what is English in every language: the sentences of
	// the JSON a script reads.
	english = sync.OnceValue(func() *speaker { speak(); return newSpeaker(language.English) })
)

// onFirstWord sets the language tend speaks, once: the program's choice,
// else chosenLanguage.
func onFirstWord() func() {
	return sync.OnceFunc(func() {
		current.Store(newSpeaker(choiceOr(wanted.Load())))
	})
}

func newSpeaker(tag language.Tag) *speaker {
	numbers := message.NewPrinter(tag)
	return &speaker{tag: tag, plain: &sync.Map{}, numbers: numbers, quick: &sync.Map{}, bundle: newBundle(tag),
		commaThousands: numbers.Sprint(-1234567) == "-1,234,567"}
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
func Number(n int) string {
	s := speaking()
	if s.commaThousands {
		return text.Thousands(n)
	}
	return s.numbers.Sprint(n)
}

// speaking is the language tend speaks now.
func speaking() *speaker {
	speak()
	return current.Load()
}

// counts tells whether message id picks its form by a count, in any
// language.
func counts(id string) bool {
	for i := range catalog {
		if m := fileMessage(&catalog[i], "", id); m != nil && m.One != "" {
			return true
		}
	}
	return false
}

func say(lc *i18n.LocalizeConfig) string {
	return speaking().say(lc)
}

// say says a message in the speaker's language.
func (s *speaker) say(lc *i18n.LocalizeConfig) string {
	out, err := s.sayPlain(lc)
	if err != nil {
		out, err = s.sayQuick(lc)
	}
	if err != nil {
		out, err = s.bundle.localize(lc)
	}
	var missing *i18n.MessageNotFoundErr
	if errors.As(err, &missing) && out != "" {
		// The language lacks the message, which go-i18n said in English:
		// better English than its id while a catalog is being written.
		err = nil
	}
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

// errNotPlain is why a message is said by go-i18n.
var errNotPlain = errors.New("not a plain message")

// sayPlain says a plain message said without a count.
func (s *speaker) sayPlain(lc *i18n.LocalizeConfig) (string, error) {
	m := s.plainMessage(lc.MessageID)
	if m == nil || lc.PluralCount != nil {
		return "", errNotPlain
	}
	values, _ := lc.TemplateData.(V)
	return m.say(values)
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
