package cli

import (
	"cmp"
	"os"
	"os/user"

	"tend/data"
)

// whoIsUser names the user whose changes this process makes: on a server
// book the role the server knows (what its rights are granted to, read as
// the book opened), else TEND_USER, else the login name. Decided once
// here, it is what the book records on every change.
func whoIsUser(b *data.Book) string {
	if who := cmp.Or(b.ServerRole(), os.Getenv("TEND_USER")); who != "" {
		return who
	}
	return loginName()
}

// loginName is the user the system knows, else $USER, else "" (unknown).
func loginName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}
