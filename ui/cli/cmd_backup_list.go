package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// copiesOptions are the flags of tend backup that list the copies.
type copiesOptions struct {
	list, json bool
}

// copyOutput is one copy in tend backup --list --json.
type copyOutput struct {
	Path  string    `json:"path"`
	Kind  string    `json:"kind"`
	Made  time.Time `json:"made"`
	Bytes int64     `json:"bytes"`
}

// listCopies prints the copies tend made of the book, newest first.
func listCopies(ctx context.Context, b *data.Book, out io.Writer, asJSON bool) error {
	copies, err := data.Copies(b.Path())
	if err != nil {
		return err
	}
	if asJSON {
		list := make([]copyOutput, 0, len(copies))
		for _, c := range copies {
			list = append(list, copyOutput{c.Path, string(c.Kind), c.Made, c.Size})
		}
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return quietPipe(enc.Encode(list))
	}
	if len(copies) == 0 {
		_, err := fmt.Fprintln(out, words.T("cli.backup.list.none", words.V{"Book": b.Path()}))
		return quietPipe(err)
	}
	keep, err := b.Setting(ctx, data.BackupsKeepKey, fmt.Sprint(data.DefaultBackupsKeep))
	if err != nil {
		return err
	}
	now := b.Now()
	var rows [][]string
	for _, c := range copies {
		rows = append(rows, []string{copyKind(c.Kind), daysAgo(c.Made, now), byteSize(c.Size), relativeTo(b.Path(), c.Path)})
	}
	fmt.Fprintln(out, words.T("cli.backup.list.title", words.V{"Book": b.Path(), "Keep": keep}))
	header := []string{words.T("cli.backup.list.header.kind"), words.T("cli.backup.list.header.age"),
		words.T("cli.backup.list.header.size"), words.T("cli.backup.list.header.file")}
	return quietPipe(text.WriteTable(out, header, rows, 80))
}

// relativeTo names a copy from the book's folder, where it lies.
func relativeTo(bookPath, path string) string {
	if rel, err := filepath.Rel(filepath.Dir(bookPath), path); err == nil {
		return rel
	}
	return path
}

// byteSize writes a number of bytes for a reader: 812 B, 4.2 MB, 213 MB.
func byteSize(n int64) string {
	const unit = 1000
	if n < unit {
		return words.T("cli.size.b", words.V{"Value": n})
	}
	value, say := float64(n), func(words.V) string { return "" }
	for _, s := range []func(words.V) string{
		func(v words.V) string { return words.T("cli.size.kb", v) },
		func(v words.V) string { return words.T("cli.size.mb", v) },
		func(v words.V) string { return words.T("cli.size.gb", v) },
		func(v words.V) string { return words.T("cli.size.tb", v) },
	} {
		if value, say = value/unit, s; value < unit {
			break
		}
	}
	decimals := 0
	if value < 10 {
		decimals = 1
	}
	return say(words.V{"Value": words.Decimal(value, decimals)})
}
