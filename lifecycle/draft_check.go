package lifecycle

import (
	"slices"
	"strings"
	"text/template/parse"
)

// checker walks a parsed part of a template and refuses what is beyond
// the documented set, naming the field and the line.
type checker struct {
	part string // "subject" or "body"
	text string
}

// line is the line of the part a node stands on, from 1.
func (c checker) line(n parse.Node) int {
	return strings.Count(c.text[:min(int(n.Position()), len(c.text))], "\n") + 1
}

func (c checker) refuse(n parse.Node, what string) error {
	return Problemf(CodeTemplateNotAllowed, Values{"Part": c.part, "Line": c.line(n), "What": what},
		"the template's %s, line %d: %s is not allowed; use the fields and {{if}}, {{with}}, {{else}}", c.part, c.line(n), what)
}

// walk checks every node under n.
func (c checker) walk(n parse.Node) error {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		for _, x := range n.Nodes {
			if err := c.walk(x); err != nil {
				return err
			}
		}
	case *parse.TextNode, *parse.CommentNode:
	case *parse.ActionNode:
		return c.pipe(n.Pipe)
	case *parse.IfNode:
		return c.branch(&n.BranchNode)
	case *parse.WithNode:
		return c.branch(&n.BranchNode)
	default:
		return c.refuse(n, "{{"+strings.Fields(n.String() + " ")[0][2:]+"}}")
	}
	return nil
}

func (c checker) branch(b *parse.BranchNode) error {
	if err := c.pipe(b.Pipe); err != nil {
		return err
	}
	if err := c.walk(b.List); err != nil {
		return err
	}
	return c.walk(b.ElseList)
}

// pipe checks a pipeline: no variables, only the allowed functions and
// known fields, and constants.
func (c checker) pipe(p *parse.PipeNode) error {
	if p == nil {
		return nil
	}
	if len(p.Decl) > 0 {
		return c.refuse(p, "a variable")
	}
	for _, cmd := range p.Cmds {
		for _, arg := range cmd.Args {
			if err := c.arg(arg); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c checker) arg(n parse.Node) error {
	switch n := n.(type) {
	case *parse.FieldNode:
		if len(n.Ident) != 1 || !slices.Contains(TemplateFields, n.Ident[0]) {
			field := "." + strings.Join(n.Ident, ".")
			return Problemf(CodeTemplateField, Values{"Part": c.part, "Line": c.line(n), "Field": field,
				"Fields": strings.Join(TemplateFields, ", ")},
				"the template's %s, line %d: there is no field %s; the fields are %s",
				c.part, c.line(n), field, strings.Join(TemplateFields, ", "))
		}
	case *parse.IdentifierNode:
		if !slices.Contains(TemplateFuncs, n.Ident) {
			return c.refuse(n, "the function "+n.Ident)
		}
	case *parse.PipeNode:
		return c.pipe(n)
	case *parse.DotNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode:
	default:
		return c.refuse(n, n.String())
	}
	return nil
}

// needs refuses a field f has no value for, used outside an {{if}} or
// {{with}} that tests it; guarded are the fields the branches around n
// test.
func (c checker) needs(n parse.Node, guarded []string, f DraftFields) error {
	switch n := n.(type) {
	case *parse.ListNode:
		for _, x := range n.Nodes {
			if err := c.needs(x, guarded, f); err != nil {
				return err
			}
		}
	case *parse.ActionNode:
		return c.needsIn(n.Pipe, guarded, f)
	case *parse.IfNode:
		return c.needsBranch(&n.BranchNode, guarded, f)
	case *parse.WithNode:
		return c.needsBranch(&n.BranchNode, guarded, f)
	}
	return nil
}

func (c checker) needsBranch(b *parse.BranchNode, guarded []string, f DraftFields) error {
	inside := append(slices.Clone(guarded), fieldsOf(b.Pipe)...)
	if err := c.needs(b.List, inside, f); err != nil {
		return err
	}
	if b.ElseList != nil {
		return c.needs(b.ElseList, guarded, f)
	}
	return nil
}

// needsIn refuses an unguarded field without a value in an action.
func (c checker) needsIn(p *parse.PipeNode, guarded []string, f DraftFields) error {
	for _, cmd := range p.Cmds {
		for _, arg := range cmd.Args {
			field, ok := arg.(*parse.FieldNode)
			if ok && f.unset(field.Ident[0]) && !slices.Contains(guarded, field.Ident[0]) {
				return Problemf(CodeTemplateUnset, Values{"Part": c.part, "Line": c.line(field), "Field": "." + field.Ident[0]},
					"the template's %s, line %d: the customer has no value for .%s; put it in {{if .%s}}…{{end}}",
					c.part, c.line(field), field.Ident[0], field.Ident[0])
			}
		}
	}
	return nil
}

// fieldsOf are the fields a branch's test names.
func fieldsOf(p *parse.PipeNode) []string {
	var out []string
	for _, cmd := range p.Cmds {
		for _, arg := range cmd.Args {
			if field, ok := arg.(*parse.FieldNode); ok {
				out = append(out, field.Ident[0])
			}
		}
	}
	return out
}
