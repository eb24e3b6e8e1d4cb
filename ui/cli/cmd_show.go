package cli

import (
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

// shownCustomer is show --json: the customer with its whole history.
type shownCustomer struct {
	data.CustomerRecord
	Contacts     []data.ContactRecord     `json:"contacts"`
	Purchases    []data.PurchaseRecord    `json:"purchases"`
	PhaseChanges []data.PhaseChangeRecord `json:"phase_changes"`
}

func newShowCmd(flags *bookFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "show " + words.T("cli.show.use-args"),
		Short:   words.T("cli.show.short"),
		Example: words.T("cli.show.example"),
		Args:    exactArgs(1),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.show.flag.json"))
	cmd.RunE = withCustomer(flags, nil, func(ctx context.Context, b *data.Book, cmd *cobra.Command, c lifecycle.Customer, _ []string) error {
		h, err := b.History(ctx, c.ID)
		if err != nil {
			return err
		}
		lc, err := b.Lifecycle(ctx)
		if err != nil {
			return err
		}
		if asJSON {
			return showJSON(cmd.OutOrStdout(), c, h, lc)
		}
		currency, err := b.Currency(ctx)
		if err != nil {
			return err
		}
		return showText(cmd.OutOrStdout(), c, h, lc, b.Now(), currency, b.User())
	})
	return cmd
}

func showJSON(w io.Writer, c lifecycle.Customer, h data.History, lc lifecycle.Lifecycle) error {
	return writeJSON(w, newShownCustomer(c, h, lc))
}

func newShownCustomer(c lifecycle.Customer, h data.History, lc lifecycle.Lifecycle) shownCustomer {
	out := shownCustomer{CustomerRecord: data.NewCustomerRecord(c, lc),
		Contacts: []data.ContactRecord{}, Purchases: []data.PurchaseRecord{}, PhaseChanges: []data.PhaseChangeRecord{}}
	for _, x := range h.Contacts {
		out.Contacts = append(out.Contacts, data.NewContactRecord(x))
	}
	for _, p := range h.Purchases {
		out.Purchases = append(out.Purchases, data.NewPurchaseRecord(p))
	}
	for _, ch := range h.PhaseChanges {
		out.PhaseChanges = append(out.PhaseChanges, data.NewPhaseChangeRecord(ch))
	}
	return out
}

// showText writes the customer for people, money in the book's one
// currency ("" for several), each entry naming its author where someone
// other than me made one.
func showText(w io.Writer, c lifecycle.Customer, h data.History, lc lifecycle.Lifecycle, now time.Time, currency, me string) error {
	var b strings.Builder
	title := text.Clean(c.Name)
	if c.Company != "" {
		title += " · " + text.Clean(c.Company)
	}
	fmt.Fprintln(&b, words.T("cli.show.title", words.V{"Title": title, "ID": c.ID}))
	field := func(label, value string) {
		if value != "" {
			fmt.Fprintf(&b, "  %-13s %s\n", label, text.Clean(value))
		}
	}
	field(words.T("cli.show.field.phase"), words.T("cli.show.phase-since", words.V{"Phase": phaseLabel(lc, c.Phase),
		"Since": words.Day(c.PhaseSince), "Ago": daysAgo(c.PhaseSince, now)}))
	field(words.T("cli.show.field.email"), c.Email)
	for _, e := range c.OtherEmails { // under the primary, unlabelled
		field("", e)
	}
	field(words.T("cli.show.field.phone"), c.Phone)
	for _, p := range c.OtherPhones {
		field("", p)
	}
	field(words.T("cli.show.field.owner"), c.Owner)
	for _, d := range c.Details.Fields() {
		// A street of two lines is shown on one.
		field(words.DetailLabel(d.Key), strings.ReplaceAll(*d.Value, "\n", ", "))
	}
	field(words.T("cli.show.field.tags"), strings.Join(c.Tags, ", "))
	field(words.T("cli.show.field.value"), words.T("cli.show.a-year", words.V{"Value": words.Money(words.Amount(c.Value), currency)}))
	field(words.T("cli.show.field.spent"), words.Spent(c.Summary, currency))
	field(words.T("cli.show.field.last-contact"), daysAgo(c.LastContactAt, now))
	var marks []string
	if c.Promoter {
		marks = append(marks, words.T("cli.show.mark.promoter"))
	}
	if c.DoNotContact {
		marks = append(marks, words.T("cli.show.mark.do-not-contact"))
	}
	if c.Archived() {
		marks = append(marks, words.T("cli.show.mark.archived", words.V{"Day": words.Day(c.ArchivedAt)}))
	}
	field(words.T("cli.show.field.marks"), strings.Join(marks, ", "))
	b.WriteString("\n" + words.T("cli.show.timeline") + "\n")
	events := h.Events()
	if len(events) == 0 {
		b.WriteString("  " + words.T("cli.show.nothing-yet") + "\n")
	}
	byOthers := data.ByOthers(events, me)
	wide := eventWidth()
	for _, e := range events {
		what, said := eventLine(e, lc)
		if byOthers && e.Edit == nil && e.Author() != "" { // an edit's words name its author already
			said = words.T("cli.show.by", words.V{"Text": said, "Who": e.Author()})
		}
		fmt.Fprintf(&b, "  %s  %s %s%s\n", words.DayTime(e.At), what+strings.Repeat(" ", max(0, wide-text.Width(what))),
			text.Clean(said), entryRef(e))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// eventWidth is the width of the timeline's event column: that of the
// language's longest word for an event, so the details line up.
func eventWidth() int {
	wide := max(text.Width(words.T("cli.show.event.purchase")), text.Width(words.T("cli.show.event.edited")),
		text.Width(words.T("cli.show.event.moved")))
	for _, k := range lifecycle.Kinds {
		wide = max(wide, text.Width(words.ContactKind(k)))
	}
	return wide
}

// entryRef names a contact or purchase as correct and delete take it, after
// two spaces; other events have none.
func entryRef(e data.Event) string {
	switch {
	case e.Contact != nil:
		return "  " + words.T("cli.show.ref", words.V{"Kind": "contact", "ID": e.Contact.ID})
	case e.Purchase != nil:
		return "  " + words.T("cli.show.ref", words.V{"Kind": "purchase", "ID": e.Purchase.ID})
	}
	return ""
}

// eventLine describes one history event for show: what it was and the
// details.
func eventLine(e data.Event, lc lifecycle.Lifecycle) (what, text string) {
	switch {
	case e.Contact != nil:
		c := e.Contact
		text = fmt.Sprintf("%s · %s · %s", words.Direction(c.Direction), words.Sentiment(c.Sentiment), c.Summary)
		if c.Moment {
			text = words.T("cli.show.moment", words.V{"Text": text})
		}
		if !c.FollowUp.IsZero() {
			text = words.T("cli.show.follow-up", words.V{"Text": text, "Day": words.Day(c.FollowUp)})
		}
		return words.ContactKind(c.Kind), text
	case e.Purchase != nil:
		text = words.Amount(e.Purchase.Amount) + " " + e.Purchase.Currency
		if e.Purchase.Note != "" {
			text += " · " + e.Purchase.Note
		}
		return words.T("cli.show.event.purchase"), text
	case e.Edit != nil:
		return words.T("cli.show.event.edited"), words.Change(e.Edit.Field, e.Edit.Old, e.Edit.New, e.Edit.Who)
	}
	text = phaseLabel(lc, e.Change.From) + " → " + phaseLabel(lc, e.Change.To)
	if e.Change.Reason != "" {
		text += " · " + words.MoveNote(e.Change.Reason)
	}
	return words.T("cli.show.event.moved"), text + words.GivenReason(lc, *e.Change)
}
