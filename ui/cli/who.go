package cli

import (
	"cmp"
	"context"
	"os"
	"os/user"

	"tend/data"
)

// whoIsUser names the user whose changes this process makes: on a server
// book the role the server knows (what its rights are granted to), else
// TEND_USER, else the login name. Decided once here, it is what the book
// records on every change.
func whoIsUser(ctx context.Context, b *data.Book) (string, error) {
	role, err := b.ServerRole(ctx)
	if err != nil {
		return "", err
	}
	return cmp.Or(role, os.Getenv("TEND_USER"), loginName()), nil
}

// loginName is the user the system knows, else $USER, else "" (unknown).
func loginName() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}
