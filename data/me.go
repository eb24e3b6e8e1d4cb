package data

import (
	"context"
	"strings"

	"tend/lifecycle"
)

// meKey is the setting that holds, for one user of the book, the owner
// name their customers carry: a book several people share keeps one for
// each of them, under the user's name.
func (b *Book) meKey() string { return "me." + b.User() }

// Me is the owner name of the book's user (Who): the customers whose
// owner it is are theirs. It is the user's name until they set another.
func (b *Book) Me(ctx context.Context) (string, error) {
	return b.Setting(ctx, b.meKey(), b.User())
}

// SetMe stores the owner name of the book's user; an empty name is the
// user's name again.
func (b *Book) SetMe(ctx context.Context, name string) error {
	name = strings.TrimSpace(name)
	if name == "" || name == b.User() {
		return b.DeleteSetting(ctx, b.meKey())
	}
	if err := (lifecycle.Customer{Owner: name}).CheckLimits(lifecycle.Customer{}); err != nil {
		return err
	}
	return b.SetSetting(ctx, b.meKey(), name)
}
