package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// safeForTerminal wraps out so that on a terminal each line is cleaned of
// what could move the cursor or recolour the screen; in a pipe or a file the
// records pass as they are stored. Call flush at the end.
func safeForTerminal(out io.Writer) (w io.Writer, flush func() error) {
	return onTerminal(out, text.Clean)
}

// jsonForTerminal wraps out so that JSON on a terminal has the controls
// that could act on it written as \u escapes, which read back the same; in
// a pipe or a file the JSON passes byte for byte. Call flush at the end.
func jsonForTerminal(out io.Writer) (w io.Writer, flush func() error) {
	return onTerminal(out, text.EscapeJSONControls)
}

// onTerminal passes each line through fix when out is a terminal.
func onTerminal(out io.Writer, fix func(string) string) (w io.Writer, flush func() error) {
	if isTerminal(out) {
		c := &cleanLines{w: out, fix: fix}
		return c, c.flush
	}
	return out, func() error { return nil }
}

// isTerminal tells whether out is a terminal.
func isTerminal(out io.Writer) bool {
	file, ok := out.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

// writeJSON prints v as indented JSON, as every command's --json does.
func writeJSON(out io.Writer, v any) error {
	w, flush := jsonForTerminal(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return errors.Join(enc.Encode(v), flush())
}

// writeJSONList prints a list as writeJSON does, made a value at a time by
// each, so that a list of many thousands is never held whole, as values
// or as text.
func writeJSONList[T any](out io.Writer, items []T, each func(T) any) error {
	if len(items) == 0 {
		return writeJSON(out, []any{})
	}
	w, flush := jsonForTerminal(out)
	buf := bufio.NewWriterSize(w, 64<<10)
	var value bytes.Buffer
	enc := json.NewEncoder(&value)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	var hand indentedJSON
	buf.WriteString("[\n")
	for i, item := range items {
		v := each(item)
		hand = indentedJSON{b: hand.b[:0], first: hand.first[:0]}
		if h, ok := v.(writtenByHand); !ok || !h.writeIndented(&hand) {
			value.Reset()
			if err := enc.Encode(v); err != nil {
				return err
			}
			hand.b = append(hand.b[:0], bytes.TrimSuffix(value.Bytes(), []byte("\n"))...)
		}
		buf.WriteString("  ")
		buf.Write(hand.b)
		if i < len(items)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]\n")
	return errors.Join(buf.Flush(), flush())
}

// writtenByHand is a value of a JSON list that writes itself as the
// encoder would indent it; false where it cannot (see indentedJSON).
type writtenByHand interface {
	writeIndented(j *indentedJSON) bool
}

// cleanLines passes text on a line at a time, made safe for a terminal by
// fix.
type cleanLines struct {
	w       io.Writer
	fix     func(string) string
	partial []byte
}

func (c *cleanLines) Write(p []byte) (int, error) {
	c.partial = append(c.partial, p...)
	for {
		line, rest, found := bytes.Cut(c.partial, []byte("\n"))
		if !found {
			return len(p), nil
		}
		if _, err := io.WriteString(c.w, c.fix(string(line))+"\n"); err != nil {
			return 0, err
		}
		c.partial = rest
	}
}

// flush writes the last line when it has no line break.
func (c *cleanLines) flush() error {
	if len(c.partial) == 0 {
		return nil
	}
	_, err := io.WriteString(c.w, c.fix(string(c.partial))+"\n")
	c.partial = nil
	return err
}

// daysAgo says how long ago t was, in days.
func daysAgo(t, now time.Time) string {
	if t.IsZero() {
		return words.T("cli.ago.never")
	}
	days := int(now.Sub(t).Hours() / 24)
	switch {
	case days < 0:
		return words.T("cli.ago.ahead")
	case days == 0:
		return words.T("cli.ago.today")
	}
	// Days are written as before, without separators, in every count.
	return words.N("cli.ago.days", days, words.V{"Days": days})
}

// quietPipe treats a reader that stopped reading (head) as a normal end.
func quietPipe(err error) error {
	if err != nil && strings.Contains(err.Error(), "broken pipe") {
		return nil
	}
	return err
}

// phaseLabel names a phase key for people, a preset's label in their
// language, made safe for the terminal; a key the lifecycle no longer
// holds is said as it is.
func phaseLabel(lc lifecycle.Lifecycle, key string) string {
	if key == "" {
		return "–"
	}
	if p, err := lc.Find(key); err == nil {
		return text.Clean(words.PhaseLabel(p))
	}
	return text.Clean(key)
}
