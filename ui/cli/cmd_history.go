package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// logFlags are what log is told of the contact.
type logFlags struct {
	kind, summary, at, direction, sentiment, followUp string
	moment                                            bool
}

func newLogCmd(flags *bookFlags) *cobra.Command {
	var f logFlags
	cmd := &cobra.Command{
		Use:     "log " + words.T("cli.log.use-args"),
		Short:   words.T("cli.log.short"),
		Example: words.T("cli.log.example"),
		Args:    exactArgs(1),
	}
	fs := cmd.Flags()
	fs.StringVar(&f.kind, "kind", "", words.T("cli.log.flag.kind"))
	fs.StringVar(&f.summary, "summary", "", words.T("cli.log.flag.summary"))
	fs.StringVar(&f.at, "at", "now", words.T("cli.log.flag.at", words.V{"When": whenHelp()}))
	fs.StringVar(&f.direction, "direction", "out", words.T("cli.log.flag.direction"))
	fs.StringVar(&f.sentiment, "sentiment", "neutral", words.T("cli.log.flag.sentiment"))
	fs.BoolVar(&f.moment, "moment", false, words.T("cli.log.flag.moment"))
	fs.StringVar(&f.followUp, "follow-up", "", words.T("cli.log.flag.follow-up", words.V{"When": whenHelp()}))
	cmd.MarkFlagRequired("kind")
	cmd.MarkFlagRequired("summary")
	var c lifecycle.Contact
	readFlags := func(_ context.Context, b *data.Book, _ *cobra.Command, _ []string) (err error) {
		c, err = f.contact(b.Now())
		return err
	}
	cmd.RunE = withCustomer(flags, readFlags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, customer lifecycle.Customer, _ []string) error {
		id, err := logContact(ctx, b, customer, c)
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.log.done", words.V{"Kind": c.Kind, "Name": text.Clean(customer.Name), "ID": id}))
		return nil
	})
	return cmd
}

// logContact logs the contact with the customer; its error names what
// failed as log says it.
func logContact(ctx context.Context, b *data.Book, customer lifecycle.Customer, c lifecycle.Contact) (int64, error) {
	c.CustomerID = customer.ID
	id, err := b.LogContact(ctx, c)
	if err != nil {
		return id, cmp.Or(overLimit(err, ""), fmt.Errorf("%s: %w", words.T("cli.log.failed", words.V{"Name": text.Clean(customer.Name)}), err))
	}
	return id, nil
}

// contact reads the flags as of now, each error naming its flag.
func (f *logFlags) contact(now time.Time) (lifecycle.Contact, error) {
	c := lifecycle.Contact{Summary: f.summary, Moment: f.moment}
	var err error
	if c.Kind, err = lifecycle.ParseKind(f.kind); err != nil {
		return c, fmt.Errorf("--kind: %w", err)
	}
	if c.Direction, err = lifecycle.ParseDirection(f.direction); err != nil {
		return c, fmt.Errorf("--direction: %w", err)
	}
	if c.Sentiment, err = lifecycle.ParseSentiment(f.sentiment); err != nil {
		return c, fmt.Errorf("--sentiment: %w", err)
	}
	if c.At, err = parseWhenFlag("at", f.at, now, lifecycle.Past); err != nil {
		return c, err
	}
	if f.followUp != "" {
		if c.FollowUp, err = parseWhenFlag("follow-up", f.followUp, now, lifecycle.Future); err != nil {
			return c, err
		}
	}
	return c, nil
}

func newBuyCmd(flags *bookFlags) *cobra.Command {
	var at, note, currency string
	cmd := &cobra.Command{
		Use:     "buy " + words.T("cli.buy.use-args"),
		Short:   words.T("cli.buy.short"),
		Example: words.T("cli.buy.example"),
		Args:    exactArgs(2),
	}
	cmd.Flags().StringVar(&at, "at", "now", words.T("cli.buy.flag.at", words.V{"When": whenHelp()}))
	cmd.Flags().StringVar(&note, "note", "", words.T("cli.buy.flag.note"))
	cmd.Flags().StringVar(&currency, "currency", lifecycle.DefaultCurrency, words.T("cli.buy.flag.currency"))
	var p lifecycle.Purchase
	readFlags := func(_ context.Context, b *data.Book, _ *cobra.Command, args []string) (err error) {
		p, err = purchase(args[1], at, currency, note, b.Now())
		return err
	}
	cmd.RunE = withCustomer(flags, readFlags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, customer lifecycle.Customer, _ []string) error {
		id, err := addPurchase(ctx, b, customer, p)
		if err != nil {
			return err
		}
		fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.buy.done", words.V{"Amount": words.Amount(p.Amount), "Currency": p.Currency, "Name": text.Clean(customer.Name), "ID": id}))
		if p.Amount > 0 {
			suggestMove(ctx, b, cmd.ErrOrStderr(), customer)
		}
		return nil
	})
	return cmd
}

// purchase reads a purchase as buy is told of it, as of now.
func purchase(amount, at, currency, note string, now time.Time) (lifecycle.Purchase, error) {
	p := lifecycle.Purchase{Currency: currency, Note: note}
	var err error
	if p.Amount, err = lifecycle.ParseAmount(amount); err != nil {
		return p, err
	}
	p.At, err = parseWhenFlag("at", at, now, lifecycle.Past)
	return p, err
}

// addPurchase records the customer's purchase; its error names what
// failed as buy says it.
func addPurchase(ctx context.Context, b *data.Book, customer lifecycle.Customer, p lifecycle.Purchase) (int64, error) {
	p.CustomerID = customer.ID
	id, err := b.AddPurchase(ctx, p)
	if err != nil {
		return id, cmp.Or(overLimit(err, ""), fmt.Errorf("%s: %w", words.T("cli.buy.failed", words.V{"Name": text.Clean(customer.Name)}), err))
	}
	return id, nil
}

// suggestMove says, on stderr, how to move a lead who bought to the first
// owning phase, the move a purchase by a lead most likely means; the board
// asks the same.
func suggestMove(ctx context.Context, b *data.Book, w io.Writer, c lifecycle.Customer) {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return
	}
	from, err := lc.Find(c.Phase)
	to, ok := lc.First(lifecycle.Owning)
	if err != nil || !ok || from.Group != lifecycle.Buying {
		return
	}
	fmt.Fprintln(w, "tend: "+words.T("cli.buy.lead", words.V{"Name": text.Clean(c.Name), "Phase": text.Clean(words.PhaseLabel(from)), "ID": c.ID, "To": to.Key, "Label": text.Clean(words.PhaseLabel(to))}))
}

func newMoveCmd(flags *bookFlags) *cobra.Command {
	var reason, note string
	var set setFlags
	cmd := &cobra.Command{
		Use:     "move " + words.T("cli.move.use-args"),
		Short:   words.T("cli.move.short"),
		Long:    words.T("bulk.cli.move-long"),
		Example: words.T("cli.move.example") + "\n" + words.T("bulk.cli.move-example"),
		Args:    set.args(1),
	}
	cmd.Flags().StringVar(&reason, "reason", "", words.T("cli.move.flag.reason"))
	cmd.Flags().StringVar(&note, "note", "", words.T("cli.move.flag.note"))
	set.register(cmd.Flags())
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		refs, phase := args[:len(args)-1], args[len(args)-1]
		if set.many(refs) {
			return moveSet(ctx, b, cmd, &set, refs, phase, reason, note)
		}
		customer, err := resolve(ctx, b, cmd, refs[0])
		if err != nil {
			return err
		}
		return moveOne(ctx, b, cmd, customer, phase, reason, note)
	})
	return cmd
}

// moveOne moves one customer, as tend move always did.
func moveOne(ctx context.Context, b *data.Book, cmd *cobra.Command, customer lifecycle.Customer, phase, reason, note string) error {
	change, lc, err := moveCustomer(ctx, b, customer, phase, reason, note)
	if err != nil {
		return err
	}
	fmt.Fprintln(cmd.OutOrStdout(), words.T("cli.move.done", words.V{"Name": text.Clean(customer.Name), "From": phaseLabel(lc, change.From), "To": phaseLabel(lc, change.To)}))
	return nil
}

// moveCustomer moves the customer to the phase typed, with the reason
// and note as move reads them; its error names what failed as move says
// it.
func moveCustomer(ctx context.Context, b *data.Book, customer lifecycle.Customer, phase, reason, note string) (lifecycle.PhaseChange, lifecycle.Lifecycle, error) {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return lifecycle.PhaseChange{}, lc, err
	}
	to := phaseTyped(lc, phase)
	free, why, err := moveReason(ctx, b, lc, customer.Phase, to, reason, note)
	if err != nil {
		return lifecycle.PhaseChange{}, lc, fmt.Errorf("--reason: %w", err)
	}
	change, err := b.MoveFor(ctx, customer.ID, to, free, why)
	if err != nil {
		return change, lc, fmt.Errorf("%s: %w", words.T("cli.move.failed", words.V{"Name": text.Clean(customer.Name)}), err)
	}
	return change, lc, nil
}

// moveReason reads --reason and --note for a move: on a move that takes a
// reason (a loss into an ended phase, a win-back), --reason names one of
// the book's list, by key or name, and --note is its free text; on any
// other move --reason is the move's free text, as it always was, and a
// --note is refused by the move.
func moveReason(ctx context.Context, b *data.Book, lc lifecycle.Lifecycle, from, to, reason, note string) (string, lifecycle.Why, error) {
	target, err := lc.Find(to)
	kind, takes := lc.ReasonFor(from, target.Key)
	if err != nil || !takes {
		return reason, lifecycle.Why{Note: note}, nil
	}
	why := lifecycle.Why{Note: note}
	if strings.TrimSpace(reason) == "" {
		return "", why, nil
	}
	reasons, err := b.MoveReasons(ctx)
	if err != nil {
		return "", why, err
	}
	r, err := lifecycle.FindReason(reasons, kind, reason, words.ReasonName)
	why.Key = r.Key
	return "", why, err
}
