package words

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	i18ntemplate "github.com/nicksnyder/go-i18n/v2/i18n/template"
)

// plainMessage is a message that neither counts nor does more with its
// values than print them, said without go-i18n: a command line's help
// and most of the board's words are such messages, and handing every one
// of them to go-i18n on the first word said cost each command more than
// saying the few it says. text holds the words between the values, one
// more than names, the values' names in order.
type plainMessage struct {
	src   string
	text  []string
	names []string
}

// plainMessage is message id read once, or nil where it is not plain
// and goes to go-i18n: a command says a few dozen messages, so each is
// found when first said rather than every one read at start.
func (s *speaker) plainMessage(id string) *plainMessage {
	if m, ok := s.plain.Load(id); ok {
		return m.(*plainMessage)
	}
	m := readPlainOf(s.tag.String(), id)
	s.plain.Store(id, m)
	return m
}

// readPlainOf reads message id of language lang, or English's where lang
// lacks it; nil where that message is not plain or there is none.
func readPlainOf(lang, id string) *plainMessage {
	m := catalogMessage(lang, id)
	if m == nil && lang != "en" {
		m = catalogMessage("en", id)
	}
	if m == nil {
		return nil
	}
	if p, ok := readPlain(m); ok {
		return &p
	}
	return nil
}

// catalogMessage is message id in the files of language lang, nil where
// they lack it. Each file holds its messages sorted by id, as written.
func catalogMessage(lang, id string) *i18n.Message {
	for i := range catalog {
		if m := fileMessage(&catalog[i], lang, id); m != nil {
			return m
		}
	}
	return nil
}

// fileMessage is message id in file f if f is of language lang ("" for
// any), else nil.
func fileMessage(f *catalogFile, lang, id string) *i18n.Message {
	if lang != "" && f.lang != lang {
		return nil
	}
	j := sort.Search(len(f.messages), func(j int) bool { return f.messages[j].ID >= id })
	if j < len(f.messages) && f.messages[j].ID == id {
		return &f.messages[j]
	}
	return nil
}

// readPlain reads a message whose only form is other and whose actions
// all print a value by its name ({{.Name}}); false for any other.
func readPlain(m *i18n.Message) (plainMessage, bool) {
	if m.Zero+m.One+m.Two+m.Few+m.Many != "" || m.LeftDelim != "" || m.RightDelim != "" {
		return plainMessage{}, false
	}
	p := plainMessage{src: m.Other}
	rest := m.Other
	for {
		open := strings.Index(rest, "{{")
		if open < 0 {
			p.text = append(p.text, rest)
			return p, !strings.Contains(rest, "}}")
		}
		end := strings.Index(rest[open:], "}}")
		if end < 0 || !isValueName(rest[open+2:open+end]) || strings.Contains(rest[:open], "}}") {
			return plainMessage{}, false
		}
		p.text = append(p.text, rest[:open])
		p.names = append(p.names, rest[open+3:open+end])
		rest = rest[open+end+2:]
	}
}

// isValueName tells whether an action is a dot and a name, as {{.Name}}
// holds: a field of the values, nothing more.
func isValueName(action string) bool {
	if len(action) < 2 || action[0] != '.' {
		return false
	}
	for i, r := range action[1:] {
		letter := r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// say fills the message with values as go-i18n does, through
// text/template: by hand where every value is one text/template prints as
// fmt does; else (a pointer, such as an error, which it follows) through
// text/template itself.
func (p plainMessage) say(values V) (string, error) {
	if out, ok := p.fill(values); ok {
		return out, nil
	}
	t, err := (&i18ntemplate.TextParser{}).Parse(p.src, "", "")
	if err != nil {
		return "", err
	}
	return t.Execute(values)
}

// fill fills the message by hand: a value is printed as fmt prints it,
// and a missing one as "<no value>". False for a value text/template
// prints otherwise.
func (p plainMessage) fill(values V) (string, bool) {
	if len(p.names) == 0 {
		return p.text[0], true
	}
	var b strings.Builder
	for i, name := range p.names {
		b.WriteString(p.text[i])
		switch v := values[name].(type) {
		case nil:
			b.WriteString("<no value>")
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		case int64:
			b.WriteString(strconv.FormatInt(v, 10))
		default:
			if !printedAsIs(v) {
				return "", false
			}
			fmt.Fprint(&b, v)
		}
	}
	b.WriteString(p.text[len(p.names)])
	return b.String(), true
}

// printedAsIs tells whether text/template prints v as fmt does: not a
// pointer (which it follows), a channel or a function (which it refuses).
func printedAsIs(v any) bool {
	switch reflect.TypeOf(v).Kind() {
	case reflect.Pointer, reflect.Chan, reflect.Func:
		return false
	}
	return true
}
