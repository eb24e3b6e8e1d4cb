package cli

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// A contact or purchase is corrected or deleted by its kind and id, as
// log, buy and show name it: "tend correct contact 12 --summary …".

// entryFlags are the flags of correct that apply to each kind of entry;
// --at applies to both.
var entryFlags = map[string][]string{
	"contact":  {"kind", "summary", "direction", "sentiment", "moment", "follow-up"},
	"purchase": {"amount", "note", "currency"},
}

// correctFlags are what correct is told to change.
type correctFlags struct {
	logFlags
	amount, note, currency string
}

func newCorrectCmd(flags *bookFlags) *cobra.Command {
	var f correctFlags
	cmd := &cobra.Command{
		Use:     "correct " + words.T("cli.correct.use-args"),
		Short:   words.T("cli.correct.short"),
		Long:    words.T("cli.correct.long"),
		Example: words.T("cli.correct.example"),
		Args:    exactArgs(2),
	}
	f.register(cmd.Flags(), "contact", "purchase")
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		return f.correct(ctx, b, cmd, args[0], args[1], false)
	})
	return cmd
}

// register adds the flags of correct that apply to the kinds of entry
// given, and --at.
func (f *correctFlags) register(fs *pflag.FlagSet, kinds ...string) {
	fs.StringVar(&f.at, "at", "", words.T("cli.correct.flag.at", words.V{"When": whenHelp()}))
	if slices.Contains(kinds, "contact") {
		fs.StringVar(&f.kind, "kind", "", words.T("cli.log.flag.kind"))
		fs.StringVar(&f.summary, "summary", "", words.T("cli.correct.flag.summary"))
		fs.StringVar(&f.direction, "direction", "", words.T("cli.log.flag.direction"))
		fs.StringVar(&f.sentiment, "sentiment", "", words.T("cli.log.flag.sentiment"))
		fs.BoolVar(&f.moment, "moment", false, words.T("cli.correct.flag.moment"))
		fs.StringVar(&f.followUp, "follow-up", "", words.T("cli.correct.flag.follow-up", words.V{"When": whenHelp()}))
	}
	if slices.Contains(kinds, "purchase") {
		fs.StringVar(&f.amount, "amount", "", words.T("cli.correct.flag.amount"))
		fs.StringVar(&f.note, "note", "", words.T("cli.buy.flag.note"))
		fs.StringVar(&f.currency, "currency", "", words.T("cli.buy.flag.currency"))
	}
}

// correct changes the entry of a kind and id by the flags given, in one
// transaction with its audit entry, and says so, in JSON if asked.
func (f *correctFlags) correct(ctx context.Context, b *data.Book, cmd *cobra.Command, kind, id string, asJSON bool) error {
	was, v, err := findEntry(ctx, b, kind, id)
	if err != nil {
		return err
	}
	now, err := f.corrected(cmd.Flags(), was, b.Now())
	if err != nil {
		return err
	}
	if err := b.EditEntry(ctx, was, now); err != nil {
		return fmt.Errorf("%s: %w", words.T("cli.correct.failed", v), err)
	}
	if asJSON {
		return writeJSON(cmd.OutOrStdout(), newEntryResult("edited", now))
	}
	fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.correct.done", v))
	return nil
}

// corrected is the entry with the flags given applied; a flag of the
// other kind of entry, or none at all, is a mistake.
func (f *correctFlags) corrected(fs *pflag.FlagSet, was data.Entry, now time.Time) (data.Entry, error) {
	given := false
	for kind, names := range entryFlags {
		for _, name := range names {
			if !fs.Changed(name) {
				continue
			}
			if kind != was.Kind() {
				return was, errors.New(words.T("cli.correct.not-for", words.V{"Flag": "--" + name, "Kind": was.Kind()}))
			}
			given = true
		}
	}
	if !given && !fs.Changed("at") {
		return was, errors.New(words.T("cli.correct.nothing"))
	}
	var err error
	if fs.Changed("at") {
		at, err := parseWhenFlag("at", f.at, now, lifecycle.Past)
		if err != nil {
			return was, err
		}
		was = withTime(was, at)
	}
	if was.Contact != nil {
		c := *was.Contact
		err = f.correctContact(fs, &c, now)
		return data.ContactEntry(c), err
	}
	p := *was.Purchase
	err = f.correctPurchase(fs, &p)
	return data.PurchaseEntry(p), err
}

// withTime is the entry at another time.
func withTime(e data.Entry, at time.Time) data.Entry {
	if e.Contact != nil {
		c := *e.Contact
		c.At = at
		return data.ContactEntry(c)
	}
	p := *e.Purchase
	p.At = at
	return data.PurchaseEntry(p)
}

// correctContact applies the contact's flags given.
func (f *correctFlags) correctContact(fs *pflag.FlagSet, c *lifecycle.Contact, now time.Time) error {
	err := cmp.Or(parsedFlag(fs, "kind", f.kind, lifecycle.ParseKind, &c.Kind),
		parsedFlag(fs, "direction", f.direction, lifecycle.ParseDirection, &c.Direction),
		parsedFlag(fs, "sentiment", f.sentiment, lifecycle.ParseSentiment, &c.Sentiment))
	if err != nil {
		return err
	}
	if fs.Changed("summary") {
		c.Summary = f.summary
	}
	if fs.Changed("moment") {
		c.Moment = f.moment
	}
	if fs.Changed("follow-up") {
		c.FollowUp = time.Time{}
		if strings.TrimSpace(f.followUp) != "" {
			c.FollowUp, err = parseWhenFlag("follow-up", f.followUp, now, lifecycle.Future)
		}
	}
	return err
}

// correctPurchase applies the purchase's flags given.
func (f *correctFlags) correctPurchase(fs *pflag.FlagSet, p *lifecycle.Purchase) error {
	if fs.Changed("note") {
		p.Note = f.note
	}
	if fs.Changed("currency") {
		p.Currency = strings.ToUpper(strings.TrimSpace(f.currency))
	}
	return parsedFlag(fs, "amount", f.amount, lifecycle.ParseAmount, &p.Amount)
}

// parsedFlag reads a flag that was given into dst with parse, its error
// naming the flag; a flag not given leaves dst as it is.
func parsedFlag[T any](fs *pflag.FlagSet, name, value string, parse func(string) (T, error), dst *T) error {
	if !fs.Changed(name) {
		return nil
	}
	v, err := parse(value)
	if err != nil {
		return fmt.Errorf("--%s: %w", name, err)
	}
	*dst = v
	return nil
}

func newDeleteCmd(flags *bookFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "delete " + words.T("cli.delete.use-args"),
		Short:   words.T("cli.delete.short"),
		Long:    words.T("cli.delete.long"),
		Example: words.T("cli.delete.example"),
		Args:    exactArgs(2),
	}
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		return deleteEntry(ctx, b, cmd, args[0], args[1], deleteOptions{yes: true})
	})
	return cmd
}

// findEntry finds the entry of a kind and id, with the values that name
// it in words: its kind, id and customer.
func findEntry(ctx context.Context, b *data.Book, kind, id string) (data.Entry, words.V, error) {
	e, err := b.FindEntry(ctx, kind, id)
	if err != nil {
		return e, nil, err
	}
	c, err := b.Customer(ctx, e.CustomerID())
	if err != nil {
		return e, nil, err
	}
	return e, words.V{"Kind": e.Kind(), "ID": e.ID(), "Name": text.Clean(c.Name)}, nil
}

// deleteOptions are how an entry's deletion is asked for: yes deletes
// without asking first, asJSON says what was deleted as JSON.
type deleteOptions struct{ yes, asJSON bool }

// deleteEntry takes the entry of a kind and id out of the book, in one
// transaction with its audit entry, after asking unless told yes.
func deleteEntry(ctx context.Context, b *data.Book, cmd *cobra.Command, kind, id string, opt deleteOptions) error {
	e, v, err := findEntry(ctx, b, kind, id)
	if err != nil {
		return err
	}
	if !opt.yes {
		// The question goes to standard error, which keeps the JSON
		// on standard output whole.
		in, out := bufio.NewReader(cmd.InOrStdin()), cmd.ErrOrStderr()
		fmt.Fprintln(out, entryLine(e))
		if err := ask(in, out, words.T("cli.entry.ask", v), words.T("cli.entry.not-deleted", v), words.T("cli.entry.no-answer", v)); err != nil {
			return err
		}
	}
	if _, err := b.RemoveEntry(ctx, e); err != nil {
		return fmt.Errorf("%s: %w", words.T("cli.delete.failed", v), err)
	}
	if opt.asJSON {
		return writeJSON(cmd.OutOrStdout(), newEntryResult("deleted", e))
	}
	fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.delete.done", v))
	return nil
}

// entryLine is an entry as show's timeline writes it: when, what and
// its details.
func entryLine(e data.Entry) string {
	ev := data.Event{Contact: e.Contact, Purchase: e.Purchase}
	if e.Contact != nil {
		ev.At = e.Contact.At
	} else {
		ev.At = e.Purchase.At
	}
	what, said := eventLine(ev, lifecycle.Lifecycle{})
	return "  " + words.DayTime(ev.At) + "  " + what + " " + text.Clean(said)
}

// entryResult is what contact and purchase edit and delete say in JSON:
// what they did and the entry, as stored now or as it was.
type entryResult struct {
	Action   string               `json:"action"` // "edited" or "deleted"
	Contact  *data.ContactRecord  `json:"contact,omitempty"`
	Purchase *data.PurchaseRecord `json:"purchase,omitempty"`
}

func newEntryResult(action string, e data.Entry) entryResult {
	r := entryResult{Action: action}
	if e.Contact != nil {
		c := data.NewContactRecord(*e.Contact)
		r.Contact = &c
		return r
	}
	p := data.NewPurchaseRecord(*e.Purchase)
	r.Purchase = &p
	return r
}
