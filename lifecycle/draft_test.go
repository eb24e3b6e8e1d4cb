package lifecycle

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func codeOf(err error) string {
	var c Coded
	if errors.As(err, &c) {
		return c.Code()
	}
	return ""
}

func TestATemplateIsFilledWithTheCustomersFields(t *testing.T) {
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	c := Customer{Name: "Anna Weber", Company: "Weber Druck", Owner: "Ben", Summary: Summary{
		LastContactAt: now.AddDate(0, 0, -40), LastPurchaseAt: time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)}}
	tmpl := Template{Name: "miss", Subject: "Hello {{.GivenName}}", Body: "{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},\n" +
		"{{.DaysSinceContact}} days, last order {{.LastPurchase}}{{if gt .DaysSinceContact 30}} — too long{{end}}.\n{{.Owner}}, {{.Company}}"}
	d, err := tmpl.Fill(NewDraftFields(c, now))
	want := "Hi Anna,\n40 days, last order 2026-11-03 — too long.\nBen, Weber Druck"
	if err != nil || d.Subject != "Hello Anna" || d.Body != want || d.Template != "miss" {
		t.Errorf("filled %+v, %v; want body %q", d, err, want)
	}
}

func TestATemplateBeyondTheDocumentedSetIsRefusedByFieldAndLine(t *testing.T) {
	for _, tt := range []struct{ body, code, says string }{
		{"Hi\n{{.Nmae}}", CodeTemplateField, "line 2: there is no field .Nmae"},
		{"{{.Name.Len}}", CodeTemplateField, "no field .Name.Len"},
		{"{{printf \"%v\" .Name}}", CodeTemplateNotAllowed, "the function printf"},
		{"{{call .Name}}", CodeTemplateNotAllowed, "the function call"},
		{"a\nb\n{{range 5}}x{{end}}", CodeTemplateNotAllowed, "line 3: {{range"},
		{"{{$x := .Name}}", CodeTemplateNotAllowed, "a variable"},
		{"{{template \"x\"}}", CodeTemplateNotAllowed, "{{template"},
		{"{{.Name", CodeTemplateSyntax, "does not read"},
	} {
		err := CheckTemplate(Template{Name: "t", Body: tt.body})
		if codeOf(err) != tt.code || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%q: %v; want %s saying %q", tt.body, err, tt.code, tt.says)
		}
	}
}

func TestAFieldWithoutAValueOrAFailingOneFillsNothing(t *testing.T) {
	f := NewDraftFields(Customer{Name: "Neu"}, time.Now())
	for _, tt := range []struct{ body, code, says string }{
		{"Your order of\n{{.LastPurchase}}", CodeTemplateUnset, "line 2: the customer has no value for .LastPurchase"},
		{"{{if .Name}}{{.DaysSinceContact}}{{end}}", CodeTemplateUnset, ".DaysSinceContact"},
		{"{{if lt .Name 3}}x{{end}}", CodeTemplateFailed, "cannot be filled"},
	} {
		d, err := Template{Name: "t", Body: tt.body}.Fill(f)
		if codeOf(err) != tt.code || !strings.Contains(err.Error(), tt.says) || d != (Draft{}) {
			t.Errorf("%q: %+v, %v; want %s saying %q", tt.body, d, err, tt.code, tt.says)
		}
	}
	if d, err := (Template{Name: "t", Body: "{{with .LastPurchase}}on {{.}}{{else}}never{{end}}"}).Fill(f); err != nil || d.Body != "never" {
		t.Errorf("a guarded field: %+v, %v", d, err)
	}
}

// FuzzCheckTemplate: the checker never panics, and a template it lets
// through fills for any customer without a panic.
func FuzzCheckTemplate(f *testing.F) {
	for _, s := range []string{"Hi {{.GivenName}}", "{{if gt .DaysSinceContact 30}}x{{else}}y{{end}}", "{{with .Company}}{{.}}{{end}}",
		"{{.Nope}}", "{{range .Name}}{{end}}", "{{block \"x\" .}}{{end}}", "{{(eq .Name \"a\")}}", "{{.Name | printf \"%s\"}}", "{{"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		tmpl := Template{Name: "fuzz", Body: body}
		if CheckTemplate(tmpl) != nil {
			return
		}
		for _, c := range []Customer{{Name: "A"}, {Name: "Anna Weber", Summary: Summary{LastContactAt: time.Unix(0, 0), LastPurchaseAt: time.Unix(0, 0)}}} {
			_, _ = tmpl.Fill(NewDraftFields(c, time.Unix(1e9, 0)))
		}
	})
}
