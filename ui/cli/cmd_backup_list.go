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
		_, err := fmt.Fprintf(out, "tend has made no copy of %s yet.\n", b.Path())
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
	fmt.Fprintf(out, "Copies of %s (backups.keep %s of each kind), newest first:\n", b.Path(), keep)
	return quietPipe(text.WriteTable(out, []string{"KIND", "AGE", "SIZE", "FILE"}, rows, 80))
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
		return fmt.Sprintf("%d B", n)
	}
	value, prefix := float64(n), ""
	for _, p := range []string{"kB", "MB", "GB", "TB"} {
		if value, prefix = value/unit, p; value < unit {
			break
		}
	}
	if value < 10 {
		return fmt.Sprintf("%.1f %s", value, prefix)
	}
	return fmt.Sprintf("%.0f %s", value, prefix)
}
