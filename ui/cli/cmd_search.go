package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

type searchOptions struct {
	json  bool
	limit int
}

// newSearchCmd searches the whole book: the customers by their own fields,
// the contacts and purchases by their words.
func newSearchCmd(flags *bookFlags) *cobra.Command {
	opt := &searchOptions{}
	cmd := &cobra.Command{
		Use:     "search " + words.T("cli.search.use-args"),
		Short:   words.T("cli.search.short"),
		Long:    words.T("cli.search.long"),
		Example: words.T("cli.search.example"),
		Args:    someArgs,
		RunE: withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
			hits, err := b.Search(ctx, strings.Join(args, " "), opt.limit)
			if err != nil {
				return err
			}
			if opt.json {
				return writeJSON(cmd.OutOrStdout(), searchJSON(hits))
			}
			return writeSearchTable(cmd.OutOrStdout(), hits)
		}),
	}
	cmd.Flags().BoolVar(&opt.json, "json", false, words.T("cli.search.flag.json"))
	cmd.Flags().IntVar(&opt.limit, "limit", data.DefaultSearchLimit, words.T("cli.search.flag.limit"))
	return cmd
}

// someArgs takes one argument or more: the words of a search need no
// quotes.
func someArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return exactArgs(1)(cmd, args)
	}
	return nil
}

// searchHitJSON is a hit as --json prints it.
type searchHitJSON struct {
	Kind       string     `json:"kind"`
	CustomerID int64      `json:"customer_id"`
	Customer   string     `json:"customer"`
	EntryID    int64      `json:"entry_id,omitempty"`
	At         *time.Time `json:"at,omitempty"`
	Field      string     `json:"field"`
	Snippet    string     `json:"snippet"`
}

func searchJSON(hits []data.SearchHit) []searchHitJSON {
	out := make([]searchHitJSON, len(hits))
	for i, h := range hits {
		out[i] = searchHitJSON{Kind: h.Kind, CustomerID: h.CustomerID, Customer: h.Customer, EntryID: h.EntryID,
			Field: h.Field, Snippet: h.Snippet}
		if !h.At.IsZero() {
			out[i].At = &h.At
		}
	}
	return out
}

// writeSearchTable prints the hits as a table whose last column is the
// snippet, its match in bold on a terminal. The table lays out the other
// columns; the snippet follows them, cut to the terminal's width, since a
// table cell cannot hold the bold.
func writeSearchTable(out io.Writer, hits []data.SearchHit) error {
	if len(hits) == 0 {
		_, err := io.WriteString(out, words.T("cli.search.none")+"\n")
		return err
	}
	header := []string{words.T("cli.search.header.kind"), words.T("cli.search.header.customer"),
		words.T("cli.search.header.when"), words.T("cli.search.header.where")}
	rows := make([][]string, len(hits))
	for i, h := range hits {
		rows[i] = []string{words.SearchKind(h.Kind), h.Customer, "", words.SearchField(h.Field)}
		if !h.At.IsZero() {
			rows[i][2] = words.DayTime(h.At)
		}
	}
	var table bytes.Buffer
	if err := text.WriteTable(&table, header, rows, 30); err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n")
	width := 0
	for _, l := range lines {
		width = max(width, text.Width(l))
	}
	room, bold := snippetRoom(out, width+2)
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l + strings.Repeat(" ", width-text.Width(l)+2))
		if i == 0 {
			b.WriteString(words.T("cli.search.header.match"))
		} else {
			b.WriteString(markSnippet(hits[i-1], room, bold))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(out, b.String())
	return err
}

// snippetRoom is how many cells the snippet has on a terminal after the
// columns before it (0 for all it needs in a file or a pipe), and whether
// the match is set in bold, which it is on a terminal only.
func snippetRoom(out io.Writer, used int) (room int, bold bool) {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, false
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0, true
	}
	return max(width-used, 20), true
}

// markSnippet writes a hit's snippet within room cells (all of it for 0),
// the matched words in bold when bold is set.
func markSnippet(h data.SearchHit, room int, bold bool) string {
	snippet := text.Clean(h.Snippet)
	if room > 0 {
		snippet = text.Fit(snippet, room)
	}
	if !bold || text.Clean(h.Snippet) != h.Snippet {
		return snippet // a character cleaned away would move the marks
	}
	kept := len(strings.TrimSuffix(snippet, "…"))
	if snippet == h.Snippet {
		kept = len(snippet)
	}
	var b strings.Builder
	at := 0
	for _, m := range h.Marks {
		if m[1] > kept || m[0] < at {
			break
		}
		b.WriteString(snippet[at:m[0]] + "\x1b[1m" + snippet[m[0]:m[1]] + "\x1b[22m")
		at = m[1]
	}
	return b.String() + snippet[at:]
}
