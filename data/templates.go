package data

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"tend/lifecycle"
)

// Templates are the book's templates, by name, then language.
func (b *Book) Templates(ctx context.Context) ([]lifecycle.Template, error) {
	rows, err := b.reader.QueryContext(ctx, `SELECT id, name, language, subject, body, created_at, updated_at
		FROM templates ORDER BY name, language`)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadTemplates, nil, "read the templates: %w", describe(err))
	}
	defer rows.Close()
	out := []lifecycle.Template{}
	for rows.Next() {
		var t lifecycle.Template
		var created, updated int64
		if err := rows.Scan(&t.ID, &t.Name, &t.Language, &t.Subject, &t.Body, &created, &updated); err != nil {
			return nil, lifecycle.Problemf(CodeReadTemplates, nil, "read the templates: %w", describe(err))
		}
		t.CreatedAt, t.UpdatedAt = time.Unix(created, 0), time.Unix(updated, 0)
		out = append(out, t)
	}
	return out, rows.Err()
}

// TemplateNotFoundError names a template the book does not hold.
type TemplateNotFoundError struct{ Name, Language string }

func (e *TemplateNotFoundError) Error() string {
	if e.Language == "" {
		return "no template is named " + e.Name
	}
	return "no template " + e.Name + " in " + e.Language
}

// Code and Values make the error coded.
func (e *TemplateNotFoundError) Code() string { return CodeTemplateNotFound }

// Values are what the error's message says.
func (e *TemplateNotFoundError) Values() map[string]any {
	return lifecycle.Values{"Name": e.Name, "Language": e.Language}
}

// SaveTemplate checks a template and stores it: a new one, or in place of
// the one of its name and language when replace is set. Each language of
// a name is a template of its own.
func (b *Book) SaveTemplate(ctx context.Context, t lifecycle.Template, replace bool) error {
	t.Name = strings.TrimSpace(t.Name)
	if t.Language != "" {
		tag, err := lifecycle.ParseLanguage(t.Language)
		if err != nil {
			return err
		}
		t.Language = tag
	}
	if err := lifecycle.CheckTemplate(t); err != nil {
		return err
	}
	return b.write(ctx, func(tx *sql.Tx) error {
		now := b.Now().Unix()
		res, err := tx.ExecContext(ctx, `UPDATE templates SET subject = ?, body = ?, updated_at = ? WHERE name = ? AND language = ?`,
			t.Subject, t.Body, now, t.Name, t.Language)
		if err != nil {
			return lifecycle.Problemf(CodeStoreTemplate, lifecycle.Values{"Name": t.Name}, "store template %s: %w", t.Name, describe(err))
		}
		switch n, _ := res.RowsAffected(); {
		case n > 0 && !replace:
			return lifecycle.Problemf(CodeTemplateTaken, lifecycle.Values{"Name": t.Name, "Language": t.Language},
				"there is a template %s in %q already; edit it, or give another name", t.Name, t.Language)
		case n == 0 && replace:
			return &TemplateNotFoundError{Name: t.Name, Language: t.Language}
		case n > 0:
			return nil
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO templates (name, language, subject, body, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`, t.Name, t.Language, t.Subject, t.Body, now, now)
		if err != nil {
			return lifecycle.Problemf(CodeStoreTemplate, lifecycle.Values{"Name": t.Name}, "store template %s: %w", t.Name, describe(err))
		}
		return nil
	})
}

// RemoveTemplate deletes the template of a name in a language.
func (b *Book) RemoveTemplate(ctx context.Context, name, language string) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM templates WHERE name = ? AND language = ?`, name, language)
		if err != nil {
			return lifecycle.Problemf(CodeStoreTemplate, lifecycle.Values{"Name": name}, "remove template %s: %w", name, describe(err))
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return &TemplateNotFoundError{Name: name, Language: language}
		}
		return nil
	})
}

// Draft fills the template of a name for a customer: the one in the
// customer's language where the book has it, else in the user's (lang),
// else any.
func (b *Book) Draft(ctx context.Context, customerID int64, name, lang string) (lifecycle.Draft, error) {
	c, err := b.Customer(ctx, customerID)
	if err != nil {
		return lifecycle.Draft{}, err
	}
	all, err := b.Templates(ctx)
	if err != nil {
		return lifecycle.Draft{}, err
	}
	t, ok := PickTemplate(all, name, c.Language, lang)
	if !ok {
		return lifecycle.Draft{}, &TemplateNotFoundError{Name: name}
	}
	return t.Fill(lifecycle.NewDraftFields(c, b.Now()))
}

// PickTemplate chooses among the templates of a name the one in the first
// of langs it is written in (a tag or its base: de-AT finds de), else the
// first of them.
func PickTemplate(all []lifecycle.Template, name string, langs ...string) (lifecycle.Template, bool) {
	var named []lifecycle.Template
	for _, t := range all {
		if strings.EqualFold(t.Name, strings.TrimSpace(name)) {
			named = append(named, t)
		}
	}
	if len(named) == 0 {
		return lifecycle.Template{}, false
	}
	for _, lang := range langs {
		for _, want := range []string{lang, baseLanguage(lang)} {
			if i := slices.IndexFunc(named, func(t lifecycle.Template) bool { return want != "" && strings.EqualFold(t.Language, want) }); i >= 0 {
				return named[i], true
			}
		}
	}
	return named[0], true
}

// TemplateNames are the names of the templates, each once, in order.
func TemplateNames(all []lifecycle.Template) []string {
	var names []string
	for _, t := range all {
		names = append(names, t.Name)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return slices.Compact(names)
}

// baseLanguage is a tag's language alone: de of de-AT.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return base
}
