package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// profileFlags are the customer fields that add and edit take.
type profileFlags struct {
	name, company, email, phone, owner, value string
	tags, addTags, removeTags                 []string
	addEmails, removeEmails                   []string
	addPhones, removePhones                   []string
	promoter, doNotContact                    bool
	details                                   lifecycle.Details
}

// detailFlag is the flag that sets a customer's detail: --given-name.
func detailFlag(key string) string { return strings.ReplaceAll(key, "_", "-") }

func (p *profileFlags) register(fs *pflag.FlagSet, editing bool) {
	fs.StringVar(&p.company, "company", "", words.T("cli.profile.flag.company"))
	fs.StringVar(&p.email, "email", "", words.T("cli.profile.flag.email"))
	fs.StringVar(&p.phone, "phone", "", words.T("cli.profile.flag.phone"))
	fs.StringVar(&p.owner, "owner", "", words.T("cli.profile.flag.owner"))
	fs.StringVar(&p.value, "value", "", words.T("cli.profile.flag.value"))
	fs.StringArrayVar(&p.tags, "tag", nil, words.T("cli.profile.flag.tag"))
	fs.BoolVar(&p.promoter, "promoter", false, words.T("cli.profile.flag.promoter"))
	fs.BoolVar(&p.doNotContact, "do-not-contact", false, words.T("cli.profile.flag.do-not-contact"))
	for _, f := range p.details.Fields() {
		fs.StringVar(f.Value, detailFlag(f.Key), "", words.DetailFlag(f.Key))
	}
	fs.StringArrayVar(&p.addEmails, "add-email", nil, words.T("cli.profile.flag.add-email"))
	fs.StringArrayVar(&p.addPhones, "add-phone", nil, words.T("cli.profile.flag.add-phone"))
	if editing {
		fs.StringArrayVar(&p.removeEmails, "remove-email", nil, words.T("cli.edit.flag.remove-email"))
		fs.StringArrayVar(&p.removePhones, "remove-phone", nil, words.T("cli.edit.flag.remove-phone"))
		fs.StringVar(&p.name, "name", "", words.T("cli.edit.flag.name"))
		fs.StringArrayVar(&p.addTags, "add-tag", nil, words.T("cli.edit.flag.add-tag"))
		fs.StringArrayVar(&p.removeTags, "remove-tag", nil, words.T("cli.edit.flag.remove-tag"))
		fs.Lookup("tag").Usage = words.T("cli.edit.flag.tag")
	}
}

// apply copies the flags the user gave onto c.
func (p *profileFlags) apply(fs *pflag.FlagSet, c *lifecycle.Customer) error {
	set := func(name string, dst *string, v string) {
		if fs.Changed(name) {
			*dst = v
		}
	}
	set("name", &c.Name, p.name)
	set("company", &c.Company, p.company)
	set("email", &c.Email, p.email)
	set("phone", &c.Phone, p.phone)
	set("owner", &c.Owner, p.owner)
	given := p.details.Fields()
	for i, f := range c.Details.Fields() {
		set(detailFlag(f.Key), f.Value, *given[i].Value)
	}
	if err := parsedFlag(fs, "value", p.value, lifecycle.ParseAmount, &c.Value); err != nil {
		return err
	}
	if fs.Changed("tag") {
		c.Tags = p.tags
	}
	c.Tags = append(c.Tags, p.addTags...)
	for _, rm := range p.removeTags {
		c.Tags = without(c.Tags, rm)
	}
	p.applyOthers(c)
	if fs.Changed("promoter") {
		c.Promoter = p.promoter
	}
	if fs.Changed("do-not-contact") {
		c.DoNotContact = p.doNotContact
	}
	return nil
}

// applyOthers adds and removes the other e-mails and phones the flags
// give; a removed address or number goes wherever it is, the primary
// one included.
func (p *profileFlags) applyOthers(c *lifecycle.Customer) {
	c.OtherEmails = append(slices.Clone(c.OtherEmails), p.addEmails...)
	c.OtherPhones = append(slices.Clone(c.OtherPhones), p.addPhones...)
	for _, e := range p.removeEmails {
		c.RemoveEmail(e)
	}
	for _, ph := range p.removePhones {
		c.RemovePhone(ph)
	}
}

func without(tags []string, tag string) []string {
	var out []string
	for _, t := range tags {
		if !strings.EqualFold(t, tag) {
			out = append(out, t)
		}
	}
	return out
}

func newAddCmd(flags *bookFlags) *cobra.Command {
	var p profileFlags
	var phase string
	cmd := &cobra.Command{
		Use:     "add " + words.T("cli.add.use-args"),
		Short:   words.T("cli.add.short"),
		Example: words.T("cli.add.example"),
		Args:    exactArgs(1),
	}
	p.register(cmd.Flags(), false)
	cmd.Flags().StringVar(&phase, "phase", "", words.T("cli.add.flag.phase"))
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		typed, err := phaseTypedIn(ctx, b, phase)
		if err != nil {
			return err
		}
		id, err := addCustomer(ctx, b, lifecycle.Customer{Name: args[0], Phase: typed}, &p, cmd.Flags())
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), id)
		return nil
	})
	return cmd
}

// addCustomer adds c with the profile flags given; its error names what
// failed as add says it.
func addCustomer(ctx context.Context, b *data.Book, c lifecycle.Customer, p *profileFlags, fs *pflag.FlagSet) (int64, error) {
	if err := p.apply(fs, &c); err != nil {
		return 0, err
	}
	id, err := b.AddCustomer(ctx, c)
	if err != nil {
		return 0, cmp.Or(overLimit(err, "NAME"), fmt.Errorf("%s: %w", words.T("cli.add.failed", words.V{"Name": fmt.Sprintf("%q", c.Name)}), err))
	}
	return id, nil
}

func newEditCmd(flags *bookFlags) *cobra.Command {
	var p profileFlags
	var set setFlags
	cmd := &cobra.Command{
		Use:     "edit " + words.T("cli.edit.use-args"),
		Short:   words.T("cli.edit.short"),
		Long:    words.T("cli.edit.long") + "\n\n" + words.T("bulk.cli.edit-long"),
		Example: words.T("cli.edit.example") + "\n" + words.T("bulk.cli.edit-example"),
		Args:    set.args(0),
	}
	p.register(cmd.Flags(), true)
	set.register(cmd.Flags())
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, refs []string) error {
		if onlyBookFlags(cmd.Flags(), "where", "dry-run", "json") {
			return errors.New(words.T("cli.edit.nothing"))
		}
		edit := func(c *lifecycle.Customer) error { return p.apply(cmd.Flags(), c) }
		if set.many(refs) {
			return editSet(ctx, b, cmd, &set, refs, edit)
		}
		c, err := resolve(ctx, b, cmd, refs[0])
		if err != nil {
			return err
		}
		return editOne(ctx, b, cmd, c, edit)
	})
	return cmd
}

// editOne edits one customer, as tend edit always did.
func editOne(ctx context.Context, b *data.Book, cmd *cobra.Command, c lifecycle.Customer, edit func(*lifecycle.Customer) error) error {
	c, err := editCustomer(ctx, b, c, edit)
	if err != nil {
		return err
	}
	fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.edit.done", words.V{"Name": text.Clean(c.Name), "ID": c.ID}))
	return nil
}

// editCustomer edits one customer; its error names what failed as edit
// says it.
func editCustomer(ctx context.Context, b *data.Book, c lifecycle.Customer, edit func(*lifecycle.Customer) error) (lifecycle.Customer, error) {
	edited, err := b.EditCustomer(ctx, c.ID, edit)
	if err != nil {
		return edited, cmp.Or(overLimit(err, "--name"), fmt.Errorf("%s: %w", words.T("cli.edit.failed", words.V{"Name": c.Name}), err))
	}
	return edited, nil
}

// onlyBookFlags reports whether the only flags given choose the book,
// or are among also (which change nothing themselves).
func onlyBookFlags(fs *pflag.FlagSet, also ...string) bool {
	only := true
	fs.Visit(func(f *pflag.Flag) {
		if f.Name != "db" && f.Name != "demo" && !slices.Contains(also, f.Name) {
			only = false
		}
	})
	return only
}

func newArchiveCmd(flags *bookFlags) *cobra.Command {
	var undo bool
	cmd := &cobra.Command{
		Use:   "archive " + words.T("cli.archive.use-args"),
		Short: words.T("cli.archive.short"),
		Args:  exactArgs(1),
	}
	cmd.Flags().BoolVar(&undo, "undo", false, words.T("cli.archive.flag.undo"))
	cmd.RunE = withCustomer(flags, nil, func(ctx context.Context, b *data.Book, cmd *cobra.Command, c lifecycle.Customer, _ []string) error {
		if err := b.Archive(ctx, c.ID, undo); err != nil {
			return err
		}
		done := words.T("cli.archive.done", words.V{"Name": text.Clean(c.Name), "ID": c.ID})
		if undo {
			done = words.T("cli.archive.undone", words.V{"Name": text.Clean(c.Name), "ID": c.ID})
		}
		fmt.Fprintln(cmd.OutOrStdout(), done)
		return nil
	})
	return cmd
}
