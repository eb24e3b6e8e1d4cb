package lifecycle

import (
	"strings"
	"text/template"
	"text/template/parse"
	"time"
)

// Template is a message kept in the book to write to customers from: its
// subject and body may hold the fields of [DraftFields], as Go's
// text/template writes them ({{.GivenName}}).
type Template struct {
	ID        int64
	Name      string
	Language  string // a BCP 47 tag, or "" for any
	Subject   string
	Body      string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Draft is a template filled for one customer.
type Draft struct {
	Template string // the template's name
	Language string
	Subject  string
	Body     string
}

// DraftFields are what a template may say of a customer. They are all a
// template sees: plain values, no methods.
type DraftFields struct {
	Name             string
	GivenName        string
	FamilyName       string
	Salutation       string
	Company          string
	LastPurchase     string // the day, 2026-11-03; empty without purchases
	DaysSinceContact int    // -1 without contacts
	Owner            string
}

// NewDraftFields are c's fields for a template, as of now.
func NewDraftFields(c Customer, now time.Time) DraftFields {
	f := DraftFields{Name: c.Name, GivenName: c.Given(), FamilyName: c.FamilyName, Salutation: c.Salutation,
		Company: c.Company, Owner: c.Owner, DaysSinceContact: -1}
	if !c.LastPurchaseAt.IsZero() {
		f.LastPurchase = c.LastPurchaseAt.Format(time.DateOnly)
	}
	if !c.LastContactAt.IsZero() {
		f.DaysSinceContact = daysSince(c.LastContactAt, now)
	}
	return f
}

// TemplateFields are the fields a template may use, by name.
var TemplateFields = []string{"Name", "GivenName", "FamilyName", "Salutation", "Company", "LastPurchase", "DaysSinceContact", "Owner"}

// TemplateFuncs are the only functions a template may call: comparisons
// and logic, for {{if}}.
var TemplateFuncs = []string{"eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not"}

// unset tells which fields c has no value for: a template that uses one
// outside an {{if}} or {{with}} of it cannot be filled.
func (f DraftFields) unset(field string) bool {
	switch field {
	case "LastPurchase":
		return f.LastPurchase == ""
	case "DaysSinceContact":
		return f.DaysSinceContact < 0
	}
	return false
}

// CheckTemplate parses a template's subject and body and refuses what is
// not the documented set: an unknown field, a function beyond
// TemplateFuncs, a loop, a variable or another template.
func CheckTemplate(t Template) error {
	_, err := parseParts(t)
	return err
}

// Fill writes the template for a customer with fields f. A field the
// customer has no value for, used where no {{if}} or {{with}} guards it,
// is an error: nothing is written then.
func (t Template) Fill(f DraftFields) (Draft, error) {
	parts, err := parseParts(t)
	if err != nil {
		return Draft{}, err
	}
	d := Draft{Template: t.Name, Language: t.Language}
	out := []*string{&d.Subject, &d.Body}
	for i, p := range parts {
		if err := p.check.needs(p.tree.Root, nil, f); err != nil {
			return Draft{}, err
		}
		var b strings.Builder
		if err := p.tmpl.Execute(&b, f); err != nil {
			return Draft{}, Problemf(CodeTemplateFailed, Values{"Part": p.check.part, "Reason": err.Error()},
				"the template's %s cannot be filled: %v", p.check.part, err)
		}
		*out[i] = b.String()
	}
	d.Subject = strings.TrimSpace(d.Subject)
	return d, nil
}

// part is a template's subject or body, parsed and checked.
type part struct {
	tmpl  *template.Template
	tree  *parse.Tree
	check checker
}

func parseParts(t Template) ([]part, error) {
	if strings.TrimSpace(t.Name) == "" {
		return nil, Problemf(CodeTemplateName, nil, "a template needs a name")
	}
	if strings.ContainsAny(t.Subject, "\r\n") {
		return nil, Problemf(CodeTemplateSubject, nil, "a template's subject is one line")
	}
	var parts []part
	for _, p := range []struct{ name, text string }{{"subject", t.Subject}, {"body", t.Body}} {
		c := checker{part: p.name, text: p.text}
		tmpl, err := template.New(p.name).Option("missingkey=error").Parse(p.text)
		if err != nil {
			return nil, Problemf(CodeTemplateSyntax, Values{"Part": p.name, "Reason": syntaxReason(err)},
				"the template's %s does not read: %s", p.name, syntaxReason(err))
		}
		if err := c.walk(tmpl.Tree.Root); err != nil {
			return nil, err
		}
		parts = append(parts, part{tmpl: tmpl, tree: tmpl.Tree, check: c})
	}
	return parts, nil
}

// syntaxReason is text/template's error without its "template: " prefix.
func syntaxReason(err error) string { return strings.TrimPrefix(err.Error(), "template: ") }
