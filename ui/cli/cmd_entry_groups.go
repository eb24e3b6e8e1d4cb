package cli

import (
	"context"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/ui/words"
)

// tend contact edit|delete ID and tend purchase edit|delete ID change a
// logged entry as the customer screen does: they are correct and delete
// of one kind, with --json, and a delete asks first unless --yes.

func newContactCmd(flags *bookFlags) *cobra.Command {
	return newEntryGroupCmd(flags, "contact", words.T("cli.entry.contact.short"))
}

func newPurchaseCmd(flags *bookFlags) *cobra.Command {
	return newEntryGroupCmd(flags, "purchase", words.T("cli.entry.purchase.short"))
}

// newEntryGroupCmd is the command of one kind of entry, with edit and
// delete under it.
func newEntryGroupCmd(flags *bookFlags, kind, short string) *cobra.Command {
	cmd := &cobra.Command{Use: kind, Short: short, Args: exactArgs(0)}
	cmd.AddCommand(newEntryEditCmd(flags, kind), newEntryDeleteCmd(flags, kind))
	return cmd
}

// entrySubCmd is a command under contact or purchase that takes an id.
func entrySubCmd(verb, short, long, example string) *cobra.Command {
	return &cobra.Command{Use: verb + " " + words.T("cli.entry.use-args"), Short: short, Long: long, Example: example, Args: exactArgs(1)}
}

func newEntryEditCmd(flags *bookFlags, kind string) *cobra.Command {
	var f correctFlags
	var asJSON bool
	v := words.V{"Kind": kind}
	cmd := entrySubCmd("edit", words.T("cli.entry.edit.short", v), words.T("cli.entry.edit.long", v), words.T("cli.entry.edit.example", v))
	f.register(cmd.Flags(), kind)
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.entry.flag.json", v))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		return f.correct(ctx, b, cmd, kind, args[0], asJSON)
	})
	return cmd
}

func newEntryDeleteCmd(flags *bookFlags, kind string) *cobra.Command {
	var opt deleteOptions
	v := words.V{"Kind": kind}
	cmd := entrySubCmd("delete", words.T("cli.entry.delete.short", v), words.T("cli.entry.delete.long", v), words.T("cli.entry.delete.example", v))
	cmd.Flags().BoolVar(&opt.yes, "yes", false, words.T("cli.entry.flag.yes"))
	cmd.Flags().BoolVar(&opt.asJSON, "json", false, words.T("cli.entry.flag.json", v))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		return deleteEntry(ctx, b, cmd, kind, args[0], opt)
	})
	return cmd
}
