package words

import (
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// bundle is go-i18n's share of a speaker: the messages neither plain nor
// quick, handed to go-i18n one id at a time, in every language the
// catalog has it in, the first time the speaker needs it. A command says
// a handful of the catalog's thousands of messages; handing go-i18n all
// of them, sorted from the plain ones, took a quarter of a command's
// start.
type bundle struct {
	tag       language.Tag
	mu        sync.RWMutex
	messages  *i18n.Bundle // made with the first message, as go-i18n's plural rules are read then
	localizer *i18n.Localizer
	added     map[string]bool
}

func newBundle(tag language.Tag) *bundle { return &bundle{tag: tag, added: map[string]bool{}} }

// localize says a message through go-i18n, handing it the message first
// where it has not been.
func (b *bundle) localize(lc *i18n.LocalizeConfig) (string, error) {
	b.mu.RLock()
	added := b.added[lc.MessageID]
	b.mu.RUnlock()
	if !added {
		if err := b.add(lc.MessageID); err != nil {
			return "", err
		}
	}
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.localizer.Localize(lc)
}

// add hands go-i18n message id in every language the catalog has it in.
// A file go-i18n refuses (a language without plural rules) is a fault
// of the build, which the catalog's tests find.
func (b *bundle) add(id string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.added[id] {
		return nil
	}
	if b.messages == nil {
		b.messages = i18n.NewBundle(language.English)
		b.localizer = i18n.NewLocalizer(b.messages, b.tag.String())
	}
	for i := range catalog {
		if m := fileMessage(&catalog[i], "", id); m != nil {
			if err := b.messages.AddMessages(language.Make(catalog[i].lang), m); err != nil {
				return err
			}
		}
	}
	b.added[id] = true
	return nil
}
