package words

import (
	"errors"
	"fmt"
	"strconv"
	"text/template/parse"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"tend/ui/text"
)

// A message said with the functions of errors and reasons (errorParser)
// is read once into its forms' parse trees and said by walking them, for
// the few things those messages do: print a value by its name, write it
// with number or printf, and choose by eq against a whole number. Said
// through go-i18n and text/template, the reasons of twenty thousand
// flagged customers took a sixth of tend risk's time. Anything else
// (another function, a value of another type, a missing value or form)
// is left to go-i18n, so the words are always go-i18n's.
type quickMessage struct {
	lang  language.Tag
	forms map[plural.Form]*parse.Tree
}

// errNotQuick is why a message is said by go-i18n after all.
var errNotQuick = errors.New("not a quick message")

// quickFuncs are the functions a quick message may call; the parser
// needs to know them by name (eq is text/template's own).
var quickFuncs = map[string]any{"number": Number, "printf": fmt.Sprintf, "eq": struct{}{}}

// sayQuick says a message read with errorParser's functions without
// go-i18n; errNotQuick when go-i18n must say it.
func (s *speaker) sayQuick(lc *i18n.LocalizeConfig) (string, error) {
	if lc.TemplateParser != errorParser {
		return "", errNotQuick
	}
	m := s.quickMessage(lc.MessageID)
	values, ok := lc.TemplateData.(V)
	if m == nil || !ok {
		return "", errNotQuick
	}
	form := plural.Other
	if lc.PluralCount != nil {
		n, ok := lc.PluralCount.(int)
		if !ok {
			return "", errNotQuick
		}
		form = plural.Cardinal.MatchPlural(m.lang, max(n, -n), 0, 0, 0, 0)
	}
	if out, ok := m.say(form, values); ok {
		return out, nil
	}
	return "", errNotQuick
}

// say says the message's form with values; false where go-i18n must.
func (m *quickMessage) say(form plural.Form, values V) (string, bool) {
	tree := m.forms[form]
	if tree == nil {
		return "", false
	}
	b, ok := m.appendNodes(make([]byte, 0, 96), tree.Root, values)
	return string(b), ok
}

// number writes a whole number as the message's language does, whatever
// the language spoken: an English reason in JSON reads 1,234 for every
// reader.
func (m *quickMessage) number(n int) string {
	if base, _ := m.lang.Base(); base.String() == "en" {
		return text.Thousands(n)
	}
	return Number(n)
}

// quickMessage is message id read once, or nil where go-i18n says it.
func (s *speaker) quickMessage(id string) *quickMessage {
	if m, ok := s.quick.Load(id); ok {
		return m.(*quickMessage)
	}
	m := readQuick(s.tag, id)
	s.quick.Store(id, m)
	return m
}

// readQuick reads message id of the language tag speaks, only where
// that language's catalog holds it (go-i18n says English for a missing
// one with an error) and every form parses.
func readQuick(tag language.Tag, id string) *quickMessage {
	base, _ := tag.Base()
	if m := catalogMessage(base.String(), id); m != nil {
		return parseQuick(tag, m)
	}
	return nil
}

func parseQuick(tag language.Tag, msg *i18n.Message) *quickMessage {
	if msg.LeftDelim != "" || msg.RightDelim != "" {
		return nil
	}
	m := &quickMessage{lang: tag, forms: map[plural.Form]*parse.Tree{}}
	for form, src := range map[plural.Form]string{plural.Zero: msg.Zero, plural.One: msg.One, plural.Two: msg.Two,
		plural.Few: msg.Few, plural.Many: msg.Many, plural.Other: msg.Other} {
		if src == "" {
			continue
		}
		trees, err := parse.Parse(msg.ID, src, "", "", quickFuncs)
		if err != nil || len(trees) != 1 || trees[msg.ID] == nil {
			return nil
		}
		m.forms[form] = trees[msg.ID]
	}
	return m
}

// appendNodes appends what the nodes say with values; false for a node
// a quick message does not hold.
func (m *quickMessage) appendNodes(b []byte, list *parse.ListNode, values V) ([]byte, bool) {
	if list == nil {
		return b, true
	}
	ok := true
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			b = append(b, n.Text...)
		case *parse.ActionNode:
			b, ok = m.appendAction(b, n, values)
		case *parse.IfNode:
			b, ok = m.appendIf(b, n, values)
		default:
			ok = false
		}
		if !ok {
			return b, false
		}
	}
	return b, true
}

// appendAction appends {{.Name}}, {{number .Name}} or {{printf "…" .Name}}.
func (m *quickMessage) appendAction(b []byte, n *parse.ActionNode, values V) ([]byte, bool) {
	args, ok := command(n.Pipe)
	if !ok {
		return b, false
	}
	switch {
	case len(args) == 1:
		return appendValue(b, args[0], values)
	case len(args) == 2 && isIdentifier(args[0], "number"):
		if v, ok := valueOf(args[1], values).(int); ok {
			return append(b, m.number(v)...), true
		}
	case len(args) == 3 && isIdentifier(args[0], "printf"):
		format, isText := args[1].(*parse.StringNode)
		if v := valueOf(args[2], values); isText && v != nil {
			return fmt.Appendf(b, format.Text, v), true
		}
	}
	return b, false
}

// appendIf appends {{if eq .Name N}}…{{else}}…{{end}} for a whole number.
func (m *quickMessage) appendIf(b []byte, n *parse.IfNode, values V) ([]byte, bool) {
	args, ok := command(n.Pipe)
	if !ok || len(args) != 3 || !isIdentifier(args[0], "eq") {
		return b, false
	}
	v, isInt := valueOf(args[1], values).(int)
	want, isNumber := args[2].(*parse.NumberNode)
	// A number written otherwise than plainly (0.0, 0x0) is not a whole
	// number to text/template's eq.
	if !isInt || !isNumber || !want.IsInt || want.Text != strconv.FormatInt(want.Int64, 10) {
		return b, false
	}
	if int64(v) == want.Int64 {
		return m.appendNodes(b, n.List, values)
	}
	return m.appendNodes(b, n.ElseList, values)
}

// appendValue prints a value by its name as text/template prints a
// string or a number; false for any other.
func appendValue(b []byte, arg parse.Node, values V) ([]byte, bool) {
	switch v := valueOf(arg, values).(type) {
	case string:
		return append(b, v...), true
	case int:
		return strconv.AppendInt(b, int64(v), 10), true
	case float64:
		return fmt.Append(b, v), true
	}
	return b, false
}

// command is the arguments of a pipeline of one command that sets no
// variable.
func command(p *parse.PipeNode) ([]parse.Node, bool) {
	if p == nil || len(p.Decl) != 0 || len(p.Cmds) != 1 {
		return nil, false
	}
	return p.Cmds[0].Args, true
}

func isIdentifier(n parse.Node, name string) bool {
	id, ok := n.(*parse.IdentifierNode)
	return ok && id.Ident == name
}

// valueOf is the value a field (.Name) names; nil for another node or a
// missing value.
func valueOf(n parse.Node, values V) any {
	f, ok := n.(*parse.FieldNode)
	if !ok || len(f.Ident) != 1 {
		return nil
	}
	return values[f.Ident[0]]
}
