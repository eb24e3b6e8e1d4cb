package ui

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/ui/text"
	"tend/ui/words"
)

// environment is what decides whether and how a mail program opens: the
// system and its variables.
type environment struct {
	goos   string
	getenv func(string) string
}

func mailEnv() environment { return environment{goos: runtime.GOOS, getenv: os.Getenv} }

// opener is the program that opens a link in the desktop's mail program,
// or "" where no desktop is there to open one: over SSH or on a console
// the program would open nothing the user sees, or fail.
func (e environment) opener() string {
	switch e.goos {
	case "darwin":
		if e.getenv("SSH_CONNECTION") == "" {
			return "open"
		}
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		if e.getenv("DISPLAY") != "" || e.getenv("WAYLAND_DISPLAY") != "" {
			return "xdg-open"
		}
	}
	return ""
}

// mailCmd opens a new message to customer id in the mail program: the
// opener is run with the link as its one argument, never through a shell.
func mailCmd(ctx context.Context, b *data.Book, id int64, env environment) tea.Cmd {
	return func() tea.Msg {
		c, err := b.Customer(ctx, id)
		if err != nil {
			return readFailedMsg{err: err}
		}
		name := text.Clean(c.Name)
		if c.Email == "" {
			return reachedMsg{said: words.T("reach.mail.no-email", words.V{"Name": name})}
		}
		program := env.opener()
		if program == "" {
			return reachedMsg{said: words.T("reach.mail.no-desktop")}
		}
		// Without a Stdout or Stderr the opener's words go nowhere, not
		// over the screen.
		if err := exec.CommandContext(ctx, program, mailtoURL(c.Email, "", "")).Run(); err != nil {
			return reachedMsg{said: words.T("reach.mail.failed", words.V{"Program": program, "Reason": err}), isErr: true}
		}
		return reachedMsg{said: words.T("reach.mail.opened", words.V{"Email": text.Clean(c.Email)})}
	}
}

// mailtoURL is the mailto link (RFC 6068) of a message to the address to,
// with a subject and a body where they are not empty.
func mailtoURL(to, subject, body string) string {
	var b strings.Builder
	b.WriteString("mailto:")
	b.WriteString(escapeMailto(to, addressChars))
	sep := "?"
	for _, h := range [][2]string{{"subject", subject}, {"body", body}} {
		if h[1] == "" {
			continue
		}
		b.WriteString(sep + h[0] + "=" + escapeMailto(crlf(h[1]), headerChars))
		sep = "&"
	}
	return b.String()
}

// The characters a mailto link holds as they are (RFC 6068 §2): letters,
// digits and these; every other byte, and so every byte of a character
// beyond ASCII, is written as %XX of its UTF-8. An address keeps the
// delimiters but ",", which would part it into two; a header's value
// loses "&" and "=", which part the headers, ";", which some parsers
// take for "&", and "+", which some mail programs read as a space.
const (
	addressChars = "-._~!$'()*+;:@"
	headerChars  = "-._~!$'()*,:@"
)

// escapeMailto writes s percent-encoded as UTF-8, keeping letters, digits
// and the characters of keep.
func escapeMailto(s, keep string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// crlf writes a text's line breaks as CRLF, which a mailto body's line
// breaks must be (RFC 6068 §5).
func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}
