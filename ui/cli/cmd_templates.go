package cli

import (
	"context"
	"io"
	"os"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// newTemplatesCmd lists the book's templates of drafts, and adds, edits
// and removes them. They are the book's: everyone who works in it writes
// from the same ones.
func newTemplatesCmd(flags *bookFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "templates",
		Short:   words.T("cli.templates.short"),
		Long:    words.T("cli.templates.long"),
		Example: words.T("cli.templates.example"),
		Args:    noArgs,
	}
	list := &cobra.Command{Use: "list", Short: words.T("cli.templates.list.short"), Args: noArgs}
	for _, c := range []*cobra.Command{cmd, list} {
		c.Flags().BoolVar(&asJSON, "json", false, words.T("cli.templates.flag.json"))
		c.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, _ []string) error {
			return printTemplates(ctx, b, cmd.OutOrStdout(), asJSON)
		})
	}
	cmd.AddCommand(list, templateWriteCmd(flags, "add"), templateWriteCmd(flags, "edit"), templateRemoveCmd(flags))
	return cmd
}

// templateRecord is a template as --json writes it.
type templateRecord struct {
	Name      string `json:"name"`
	Language  string `json:"language"`
	Subject   string `json:"subject"`
	Body      string `json:"body"`
	CreatedAt string `json:"created_at"`
	UpdatedAt string `json:"updated_at"`
}

func printTemplates(ctx context.Context, b *data.Book, w io.Writer, asJSON bool) error {
	all, err := b.Templates(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSONList(w, all, func(t lifecycle.Template) any {
			return templateRecord{t.Name, t.Language, t.Subject, t.Body, rfc3339(t.CreatedAt), rfc3339(t.UpdatedAt)}
		})
	}
	rows := make([][]string, 0, len(all))
	for _, t := range all {
		rows = append(rows, []string{text.Clean(t.Name), t.Language, text.Clean(t.Subject)})
	}
	header := []string{words.T("cli.templates.header.name"), words.T("cli.templates.header.language"), words.T("cli.templates.header.subject")}
	return text.WriteTable(w, header, rows, 60)
}

// templateFlags say which template, and what it says.
type templateFlags struct {
	lang, subject, file string
}

// templateWriteCmd adds a template, or edits one: the body comes from
// --file (- for standard input), else from standard input when it is not
// a terminal, else from $EDITOR.
func templateWriteCmd(flags *bookFlags, name string) *cobra.Command {
	var f templateFlags
	editing := name == "edit"
	short := words.T("cli.templates.add.short")
	if editing {
		short = words.T("cli.templates.edit.short")
	}
	cmd := &cobra.Command{Use: name + " " + words.T("cli.templates.use-args"), Short: short, Args: exactArgs(1)}
	cmd.Flags().StringVar(&f.lang, "lang", "", words.T("cli.templates.flag.lang"))
	cmd.Flags().StringVar(&f.subject, "subject", "", words.T("cli.templates.flag.subject"))
	cmd.Flags().StringVar(&f.file, "file", "", words.T("cli.templates.flag.file"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		t := lifecycle.Template{Name: args[0], Language: f.lang}
		if editing {
			var err error
			if t, err = chosenTemplate(ctx, b, args[0], f.lang); err != nil {
				return err
			}
		} else if f.lang == "" {
			t.Language = words.Language()
		}
		if cmd.Flags().Changed("subject") {
			t.Subject = f.subject
		}
		body, err := templateBody(cmd, f.file, t.Body, editing && cmd.Flags().Changed("subject"))
		if err != nil {
			return err
		}
		t.Body = body
		if err := b.SaveTemplate(ctx, t, editing); err != nil {
			return err
		}
		return printTemplates(ctx, b, cmd.OutOrStdout(), false)
	})
	return cmd
}

// chosenTemplate is the template of a name in lang, or in the user's
// language, or any, when lang is not given.
func chosenTemplate(ctx context.Context, b *data.Book, name, lang string) (lifecycle.Template, error) {
	all, err := b.Templates(ctx)
	if err != nil {
		return lifecycle.Template{}, err
	}
	if lang != "" {
		for _, t := range all {
			if t.Name == name && t.Language == lang {
				return t, nil
			}
		}
		return lifecycle.Template{}, &data.TemplateNotFoundError{Name: name, Language: lang}
	}
	t, ok := data.PickTemplate(all, name, words.Language())
	if !ok {
		return t, &data.TemplateNotFoundError{Name: name}
	}
	return t, nil
}

// templateBody reads the body from file, from standard input, or from the
// editor, starting from was; keep leaves it as it was when nothing names
// a body (an edit of the subject alone).
func templateBody(cmd *cobra.Command, file, was string, keep bool) (string, error) {
	switch {
	case file == "-":
		return readAll(cmd.InOrStdin())
	case file != "":
		body, err := os.ReadFile(file)
		return string(body), err
	case keep:
		return was, nil
	case !isTerminalIn(cmd.InOrStdin()):
		return readAll(cmd.InOrStdin())
	}
	return editText(was)
}

func readAll(r io.Reader) (string, error) {
	body, err := io.ReadAll(r)
	return string(body), err
}

func templateRemoveCmd(flags *bookFlags) *cobra.Command {
	var lang string
	cmd := &cobra.Command{Use: "remove " + words.T("cli.templates.use-args"), Short: words.T("cli.templates.remove.short"), Args: exactArgs(1)}
	cmd.Flags().StringVar(&lang, "lang", "", words.T("cli.templates.flag.lang"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		t, err := chosenTemplate(ctx, b, args[0], lang)
		if err != nil {
			return err
		}
		if err := b.RemoveTemplate(ctx, t.Name, t.Language); err != nil {
			return err
		}
		return printTemplates(ctx, b, cmd.OutOrStdout(), false)
	})
	return cmd
}
