package data

import (
	"context"
	"errors"
	"slices"
	"testing"

	"tend/lifecycle"
)

func TestANewBookHasTheDefaultTemplatesInEnglishAndGerman(t *testing.T) {
	b := openTestBook(t)
	all, err := b.Templates(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tmpl := range all {
		got = append(got, tmpl.Name+"/"+tmpl.Language)
		if err := lifecycle.CheckTemplate(tmpl); err != nil {
			t.Errorf("default %s/%s: %v", tmpl.Name, tmpl.Language, err)
		}
		for _, c := range []lifecycle.Customer{{Name: "Neu"}, {Name: "Anna Weber", Summary: lifecycle.Summary{LastPurchaseAt: daysBefore(3), LastContactAt: daysBefore(40)}}} {
			if _, err := tmpl.Fill(lifecycle.NewDraftFields(c, b.Now())); err != nil {
				t.Errorf("default %s/%s for %s: %v", tmpl.Name, tmpl.Language, c.Name, err)
			}
		}
	}
	want := []string{"check-in/de", "check-in/en", "miss-you/de", "miss-you/en", "renewal/de", "renewal/en", "thanks/de", "thanks/en"}
	if !slices.Equal(got, want) {
		t.Errorf("templates %v, want %v", got, want)
	}
}

func TestTemplatesAreSavedReplacedRemovedAndChecked(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	hello := lifecycle.Template{Name: "hello", Language: "EN", Subject: "Hi {{.GivenName}}", Body: "Hello from {{.Owner}}"}
	if err := b.SaveTemplate(ctx, hello, false); err != nil {
		t.Fatal(err)
	}
	if err := b.SaveTemplate(ctx, hello, false); errorCode(err) != CodeTemplateTaken {
		t.Errorf("saved twice: %v", err)
	}
	hello.Body = "{{.Nmae}}"
	if err := b.SaveTemplate(ctx, hello, true); errorCode(err) != lifecycle.CodeTemplateField {
		t.Errorf("an unknown field: %v", err)
	}
	hello.Body = "Bye"
	if err := b.SaveTemplate(ctx, hello, true); err != nil {
		t.Fatal(err)
	}
	all, _ := b.Templates(ctx)
	if got, ok := PickTemplate(all, "hello"); !ok || got.Body != "Bye" || got.Language != "en" {
		t.Errorf("after the edit: %+v", got)
	}
	if err := b.RemoveTemplate(ctx, "hello", "en"); err != nil {
		t.Fatal(err)
	}
	var missing *TemplateNotFoundError
	if err := b.RemoveTemplate(ctx, "hello", "en"); !errors.As(err, &missing) {
		t.Errorf("removed twice: %v", err)
	}
	if found, err := b.Check(ctx); err != nil || len(found) != 0 {
		t.Errorf("check: %v, %v", found, err)
	}
	if _, err := b.writer.ExecContext(ctx, `UPDATE templates SET body = '{{.Secret}}' WHERE name = 'thanks' AND language = 'de'`); err != nil {
		t.Fatal(err)
	}
	if found, _ := b.Check(ctx); len(found) != 1 || errorCode(found[0]) != CodeCheckTemplate {
		t.Errorf("check of a bad template: %v", found)
	}
}

func TestADraftIsInTheCustomersLanguageElseTheUsersElseAny(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	de := addCustomer(t, b, lifecycle.Customer{Name: "Jörg Müller", Phase: "retention", Details: lifecycle.Details{Language: "de-AT"}})
	none := addCustomer(t, b, lifecycle.Customer{Name: "Ada Lovelace", Phase: "retention"})
	for _, tt := range []struct {
		id         int64
		lang, want string
	}{{de, "en", "de"}, {none, "en", "en"}, {none, "de", "de"}, {none, "fr", "de"}} {
		d, err := b.Draft(ctx, tt.id, "miss-you", tt.lang)
		if err != nil || d.Language != tt.want {
			t.Errorf("customer %d, user in %s: %+v, %v; want %s", tt.id, tt.lang, d, err, tt.want)
		}
	}
	if d, _ := b.Draft(ctx, de, "miss-you", "en"); d.Subject != "Wir vermissen Sie, Jörg" {
		t.Errorf("subject %q", d.Subject)
	}
	var missing *TemplateNotFoundError
	if _, err := b.Draft(ctx, de, "nope", "en"); !errors.As(err, &missing) {
		t.Errorf("an unknown template: %v", err)
	}
}

func errorCode(err error) string {
	var c lifecycle.Coded
	if errors.As(err, &c) {
		return c.Code()
	}
	return ""
}
