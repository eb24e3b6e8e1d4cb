package cli

import (
	"context"
	"fmt"
	"io"

	"tend/data"
	"tend/ui/words"
)

// meKey is the setting of the owner name the user's customers carry,
// which the book keeps for each of its users apart.
const meKey = "me"

// meSetting shows, sets or resets the user's owner name, as args and
// reset say.
func meSetting(ctx context.Context, b *data.Book, w io.Writer, args []string, reset bool) error {
	switch {
	case reset:
		if err := b.SetMe(ctx, ""); err != nil {
			return err
		}
		_, err := fmt.Fprintln(w, words.T("cli.settings.reset-done", words.V{"Key": meKey}))
		return err
	case len(args) == 2:
		if err := b.SetMe(ctx, args[1]); err != nil {
			return fmt.Errorf("%s: %w", words.T("cli.settings.store-failed", words.V{"Key": meKey}), err)
		}
	}
	return listMe(ctx, b, w)
}

// listMe writes the user's owner name as tend settings lists a setting,
// its default marked as such.
func listMe(ctx context.Context, b *data.Book, w io.Writer) error {
	me, err := b.Me(ctx)
	if err != nil {
		return err
	}
	value := me
	if me == b.User() {
		value = words.T("cli.settings.default", words.V{"Value": me})
	}
	_, err = fmt.Fprintf(w, "%s = %s\n  %s\n", meKey, value, words.T("cli.settings.me.what", words.V{"User": b.User()}))
	return err
}
