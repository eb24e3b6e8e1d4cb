package ui

import (
	"context"
	"os"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
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

// mailCmd opens a new message to customer id in the mail program, with
// draft d where it is not empty: the opener is run with the link as its
// one argument, never through a shell.
func mailCmd(ctx context.Context, b *data.Book, id int64, env environment, d lifecycle.Draft) tea.Cmd {
	return func() tea.Msg {
		c, err := b.Customer(ctx, id)
		if err != nil {
			return readFailedMsg{err: err}
		}
		if c.Email == "" {
			return reachedMsg{said: words.T("reach.mail.no-email", words.V{"Name": text.Clean(c.Name)})}
		}
		program := env.opener()
		if program == "" {
			return reachedMsg{said: words.T("reach.mail.no-desktop")}
		}
		link, rest := draftLink(c.Email, d)
		// Without a Stdout or Stderr the opener's words go nowhere, not
		// over the screen.
		if err := exec.CommandContext(ctx, program, link).Run(); err != nil {
			return reachedMsg{said: words.T("reach.mail.failed", words.V{"Program": program, "Reason": err}), isErr: true}
		}
		return mailOpened(c.Email, d, rest)
	}
}

// mailtoLimit is the longest link a message is opened with: several mail
// programs and desktops cut or refuse a link beyond about 2,000
// characters, losing the end of a draft without a word.
const mailtoLimit = 2000

// draftLink is the mailto link of a message to the address to with draft
// d: its subject and body while the link stays within mailtoLimit, else
// the subject alone, the body left over (rest) for the clipboard, whole
// rather than cut.
func draftLink(to string, d lifecycle.Draft) (link, rest string) {
	link = mailtoURL(to, d.Subject, d.Body)
	if len(link) <= mailtoLimit {
		return link, ""
	}
	return mailtoURL(to, d.Subject, ""), d.Body
}

// mailOpened says a message was opened to the address email, with draft
// d, its body rest put on the clipboard where the link had no room for it.
func mailOpened(email string, d lifecycle.Draft, rest string) reachedMsg {
	v := words.V{"Email": text.Clean(email), "Template": text.Clean(d.Template)}
	switch {
	case rest != "":
		return reachedMsg{copy: rest, said: words.T("reach.mail.opened-long", v)}
	case d.Template != "":
		return reachedMsg{said: words.T("reach.mail.opened-draft", v)}
	}
	return reachedMsg{said: words.T("reach.mail.opened", v)}
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
