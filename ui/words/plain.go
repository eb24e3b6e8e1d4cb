package words

import (
	"fmt"
	"reflect"
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

// plainMessages are the catalog's plain messages of language lang, with
// English where lang lacks a message; the others go to go-i18n.
func plainMessages(lang string) map[string]plainMessage {
	plain := make(map[string]plainMessage, 1024)
	for _, f := range catalog {
		if f.lang != "en" {
			continue
		}
		addPlain(plain, f.messages)
	}
	for _, f := range catalog {
		if f.lang == lang && lang != "en" {
			addPlain(plain, f.messages)
		}
	}
	return plain
}

func addPlain(plain map[string]plainMessage, msgs []i18n.Message) {
	for i := range msgs {
		if m, ok := readPlain(&msgs[i]); ok {
			plain[msgs[i].ID] = m
		} else {
			delete(plain, msgs[i].ID)
		}
	}
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
