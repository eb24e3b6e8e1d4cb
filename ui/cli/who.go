package cli

import (
	"cmp"
	"os"
	"os/user"

	"tend/data"
)

// knowWho tells the book whose changes this process makes: on a server
// book the role the server knows (what its rights are granted to, read as
// the book opened), else TEND_USER, else the login name, which is asked
// of the system only when a change or "mine" needs it. Decided once, it is
// what the book records on every change.
func knowWho(b *data.Book) {
	b.Who = cmp.Or(b.ServerRole(), os.Getenv("TEND_USER"))
	b.WhoElse = loginName
}

// loginName is the user the system knows, else $USER, else "" (unknown).
func loginName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}
