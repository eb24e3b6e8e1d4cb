package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// entityArgs checks the number of arguments, and that the first names
// customers, contacts or purchases, before the book is opened.
func entityArgs(count cobra.PositionalArgs) cobra.PositionalArgs {
	return cobra.MatchAll(count, func(_ *cobra.Command, args []string) error {
		_, err := data.ParseEntity(args[0])
		return err
	})
}

func newImportCmd(flags *bookFlags) *cobra.Command {
	var opt data.ImportOptions
	var onDuplicate, from, format string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "import " + words.T("cli.import.use-args"),
		Short:   words.T("cli.import.short"),
		Long:    words.T("cli.import.long"),
		Example: words.T("cli.import.example"),
		Args:    entityArgs(exactArgs(2)),
	}
	fs := cmd.Flags()
	fs.BoolVar(&opt.DryRun, "dry-run", false, words.T("cli.import.flag.dry-run"))
	fs.StringVar(&onDuplicate, "on-duplicate", string(data.DuplicateError),
		words.T("cli.import.flag.on-duplicate"))
	fs.StringArrayVar(&opt.Map, "map", nil, words.T("cli.import.flag.map"))
	fs.BoolVar(&opt.CreateMissing, "create-missing", false,
		words.T("cli.import.flag.create-missing"))
	fs.StringVar(&from, "from", "", words.T("cli.import.flag.from"))
	fs.StringArrayVar(&opt.PhaseMap, "phase-map", nil, words.T("cli.import.flag.phase-map"))
	fs.StringVar(&format, "format", "", words.T("cli.import.flag.format"))
	fs.BoolVar(&asJSON, "json", false, words.T("cli.import.flag.json"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		what, _ := data.ParseEntity(args[0])
		var err error
		if opt.OnDuplicate, err = data.ParseOnDuplicate(onDuplicate); err != nil {
			return fmt.Errorf("--on-duplicate: %w", err)
		}
		opt.From = data.Source(from)
		if opt.Format, err = importFormat(format, args[1]); err != nil {
			return err
		}
		return runImport(ctx, b, cmd, what, args[1], opt, asJSON)
	})
	return cmd
}

func runImport(ctx context.Context, b *data.Book, cmd *cobra.Command, what data.Entity, path string, opt data.ImportOptions, asJSON bool) error {
	src, err := openImport(path, cmd.InOrStdin())
	if err != nil {
		return err
	}
	defer src.Close()
	opt.File = path
	opt.PhaseNames = words.PhaseNames()
	opt.DealNote = dealNote
	if path == "-" {
		opt.File = "stdin"
	}
	out := cmd.OutOrStdout()
	opt.LastActivity = lastActivityNote
	var lc lifecycle.Lifecycle
	if !asJSON {
		if lc, err = b.Lifecycle(ctx); err != nil {
			return err
		}
		opt.Plan = func(r data.ImportReport) { printPlan(out, opt.File, r, lc) }
	}
	report, err := b.Import(ctx, what, src, opt)
	reportColumns(cmd.ErrOrStderr(), opt.File, report)
	if err != nil {
		return err
	}
	if asJSON {
		return writeImportJSON(out, opt.File, report)
	}
	if report.DryRun && report.Separator == "" {
		fmt.Fprintln(out, words.T("cli.import.read-as-vcard", words.V{"File": opt.File}))
	} else if report.DryRun {
		fmt.Fprintln(out, words.T("cli.import.read-as", words.V{"File": opt.File, "Encoding": report.Encoding, "Separator": separator(report.Separator)}))
	}
	if what == data.Deals {
		dealSummary(out, opt.File, report)
		return nil
	}
	fmt.Fprintln(out, importSummary(report))
	printProfile(out, report, lc)
	return nil
}

// importFormat is the --format given (csv or vcard; the import refuses
// json), else vCard for a
// file named .vcf or .vcard, else "": the file's start tells.
func importFormat(flag, path string) (data.Format, error) {
	if flag != "" {
		f, err := data.ParseFormat(flag)
		if err != nil {
			return f, fmt.Errorf("--format: %w", err)
		}
		return f, nil
	}
	if isVCardFile(path) {
		return data.VCard, nil
	}
	return "", nil
}

// isVCardFile tells whether a file's name says it holds vCards.
func isVCardFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".vcf" || ext == ".vcard"
}

// openImport opens the file to import; - is standard input.
func openImport(path string, stdin io.Reader) (io.ReadCloser, error) {
	if path == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", words.T("cli.import.cannot-read", words.V{"File": path}), fileTrouble(errors.Unwrap(err)))
	}
	return f, nil
}

// fileTrouble says the system's most common reasons a file cannot be read
// or written in tend's words, keeping the cause for errors.Is; others stay
// as the system says them.
func fileTrouble(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return saidError{words.T("cli.file.not-exist"), err}
	case errors.Is(err, fs.ErrPermission):
		return saidError{words.T("cli.file.permission"), err}
	}
	return err
}

// reportColumns tells on stderr which columns of the file were not read.
func reportColumns(w io.Writer, file string, r data.ImportReport) {
	if len(r.Ignored) > 0 {
		fmt.Fprintf(w, "tend: %s\n", words.T("cli.import.ignored", words.V{"File": file, "Columns": quoted(r.Ignored)}))
	}
	if len(r.Derived) > 0 {
		fmt.Fprintf(w, "tend: %s\n", words.T("cli.import.derived", words.V{"File": file, "Columns": quoted(r.Derived)}))
	}
}

func quoted(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(out, ", ")
}

// importSummary says what an import did: "Imported 120 customers: 118 new,
// 2 updated, 0 skipped".
func importSummary(r data.ImportReport) string {
	v := words.V{"What": count(r.Rows, r.Entity), "New": r.New, "Updated": r.Updated, "Skipped": r.Skipped,
		"Created": count(r.CreatedCustomers, data.Customers)}
	switch {
	case r.DryRun && r.CreatedCustomers > 0:
		return words.T("cli.import.summary.dry-created", v)
	case r.DryRun:
		return words.T("cli.import.summary.dry", v)
	case r.CreatedCustomers > 0:
		return words.T("cli.import.summary.created", v)
	}
	return words.T("cli.import.summary.done", v)
}

// count says n things of an entity: 1 customer, 12 purchases. The
// number is written as it was counted, without separators.
func count(n int, what data.Entity) string {
	v := words.V{"N": n}
	switch what {
	case data.Customers:
		return words.N("cli.count.customers", n, v)
	case data.Contacts:
		return words.N("cli.count.contacts", n, v)
	case data.Purchases:
		return words.N("cli.count.purchases", n, v)
	}
	return words.N("cli.count.history", n, v)
}

func newExportCmd(flags *bookFlags) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "export " + words.T("cli.export.use-args"),
		Short:   words.T("cli.export.short"),
		Long:    words.T("cli.export.long"),
		Example: words.T("cli.export.example"),
		Args: cobra.MatchAll(rangeArgs(1, 2), func(_ *cobra.Command, args []string) error {
			_, err := data.ParseExported(args[0])
			return err
		}),
	}
	cmd.Flags().StringVar(&format, "format", "", words.T("cli.export.flag.format"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		what, _ := data.ParseExported(args[0])
		path := ""
		if len(args) == 2 {
			path = args[1]
		}
		f, err := exportFormat(format, path)
		if err != nil {
			return err
		}
		if path == "" {
			return quietPipe(exportStdout(ctx, b, what, f, cmd.OutOrStdout()))
		}
		n, err := exportFile(ctx, b, what, f, path)
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.export.done", words.V{"What": count(n, what), "File": path}))
		return nil
	})
	return cmd
}

// exportStdout writes the export to standard output, made safe for a
// terminal in either format.
func exportStdout(ctx context.Context, b *data.Book, what data.Entity, f data.Format, out io.Writer) error {
	safe := safeForTerminal
	if f == data.JSON {
		safe = jsonForTerminal
	}
	w, flush := safe(out)
	_, err := b.Export(ctx, what, f, w)
	return errors.Join(err, flush())
}

// exportFormat is the --format given, else the one FILE's extension names,
// else CSV.
func exportFormat(flag, path string) (data.Format, error) {
	if flag != "" {
		f, err := data.ParseFormat(flag)
		if err != nil {
			return f, fmt.Errorf("--format: %w", err)
		}
		return f, nil
	}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return data.JSON, nil
	}
	if isVCardFile(path) {
		return data.VCard, nil
	}
	return data.CSV, nil
}

// exportFile writes the export to path as writeWholeFile does.
func exportFile(ctx context.Context, b *data.Book, what data.Entity, f data.Format, path string) (int, error) {
	var n int
	err := writeWholeFile(path, func(w io.Writer) error {
		var err error
		n, err = b.Export(ctx, what, f, w)
		return err
	})
	return n, err
}

// writeWholeFile writes to a new file beside path, readable by the owner
// only, and moves it into place once it is complete, so that a failed
// export never leaves half a file.
func writeWholeFile(path string, write func(io.Writer) error) error {
	if data.IsDatabase(path) {
		return errors.New(words.T("cli.export.over-database", words.V{"File": path}))
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("%s: %w", words.T("cli.export.cannot-write", words.V{"File": path}), fileTrouble(errors.Unwrap(err)))
	}
	defer os.Remove(tmp.Name())
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", words.T("cli.export.failed", words.V{"File": path}), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", words.T("cli.export.cannot-write", words.V{"File": path}), fileTrouble(errors.Unwrap(err)))
	}
	return nil
}
