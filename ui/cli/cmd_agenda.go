package cli

import (
	"context"
	"errors"
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

// maxAgendaDays is the most days ahead the agenda looks: a year.
const maxAgendaDays = 366

func newAgendaCmd(flags *bookFlags) *cobra.Command {
	var days int
	var asJSON bool
	var feed feedFlags
	cmd := &cobra.Command{
		Use:     "agenda",
		Short:   words.T("cli.agenda.short"),
		Long:    words.T("cli.agenda.long"),
		Example: words.T("cli.agenda.example"),
		Args:    maxArgs(1), // the FILE of --ics FILE
	}
	cmd.Flags().IntVar(&days, "days", 7, words.T("cli.agenda.flag.days"))
	cmd.Flags().BoolVar(&asJSON, "json", false, words.T("cli.agenda.flag.json"))
	addFeedFlags(cmd, &feed)
	cmd.RunE = withBook(flags, func(ctx context.Context, b *data.Book, cmd *cobra.Command, args []string) error {
		if feed.wanted() {
			return runFeed(ctx, cmd, feed, args, b, followUpEvents(b))
		}
		if len(args) > 0 {
			return noArgs(cmd, args)
		}
		if days < 0 || days > maxAgendaDays {
			return errors.New(words.T("cli.agenda.days-out-of-range", words.V{"Days": days, "Most": maxAgendaDays}))
		}
		today := b.Now()
		a, err := b.Agenda(ctx, today, days)
		if err != nil {
			return err
		}
		if asJSON {
			return quietPipe(writeJSON(cmd.OutOrStdout(), newAgendaOutput(a, today, days)))
		}
		return quietPipe(writeAgendaText(cmd.OutOrStdout(), a, today, days))
	})
	return cmd
}

// writeAgendaText writes the overdue follow-ups, then each day's, under
// their headings.
func writeAgendaText(w io.Writer, a data.Agenda, today time.Time, days int) error {
	var b strings.Builder
	if len(a.Overdue) == 0 && len(a.Days) == 0 {
		last := time.Date(today.Year(), today.Month(), today.Day()+days, 0, 0, 0, 0, today.Location())
		fmt.Fprintln(&b, words.T("agenda.empty", words.V{"Day": words.Day(last)}))
	}
	if len(a.Overdue) > 0 {
		fmt.Fprintln(&b, words.T("agenda.overdue"))
		for _, f := range a.Overdue {
			fmt.Fprintln(&b, "  "+agendaLine(f))
		}
	}
	for _, d := range a.Days {
		fmt.Fprintln(&b, words.AgendaDay(d.Day, today))
		for _, f := range d.FollowUps {
			fmt.Fprintln(&b, "  "+agendaLine(f))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// agendaLine is a follow-up as the agenda lists it.
func agendaLine(f data.FollowUp) string {
	phase := words.PhaseLabel(lifecycle.Phase{Key: f.Phase, Label: f.PhaseLabel})
	return words.AgendaItem(f.Due, text.Clean(f.Customer), text.Clean(phase), text.Clean(f.About), f.DaysLate)
}

// agendaOutput is tend agenda --json: the same keys and values in every
// language.
type agendaOutput struct {
	Today   string            `json:"today"`
	Days    int               `json:"days"`
	Overdue []followUpOutput  `json:"overdue"`
	Due     []agendaDayOutput `json:"due"`
}

type agendaDayOutput struct {
	Day       string           `json:"day"`
	FollowUps []followUpOutput `json:"follow_ups"`
}

// followUpOutput is one follow-up: the contact that set it, its customer,
// what it is about, when it is due (due_at, RFC 3339; timed false for a
// whole day), whether it was moved, and how many days late it is.
type followUpOutput struct {
	ContactID  int64  `json:"contact_id"`
	CustomerID int64  `json:"customer_id"`
	Customer   string `json:"customer"`
	Phase      string `json:"phase"`
	About      string `json:"about"`
	Day        string `json:"day"`
	DueAt      string `json:"due_at"`
	Timed      bool   `json:"timed"`
	Moved      bool   `json:"moved"`
	DaysLate   int    `json:"days_late"`
}

func newAgendaOutput(a data.Agenda, today time.Time, days int) agendaOutput {
	out := agendaOutput{Today: today.Format(time.DateOnly), Days: days, Overdue: followUpOutputs(a.Overdue),
		Due: make([]agendaDayOutput, len(a.Days))}
	for i, d := range a.Days {
		out.Due[i] = agendaDayOutput{Day: d.Day.Format(time.DateOnly), FollowUps: followUpOutputs(d.FollowUps)}
	}
	return out
}

func followUpOutputs(fs []data.FollowUp) []followUpOutput {
	out := make([]followUpOutput, len(fs))
	for i, f := range fs {
		out[i] = followUpOutput{ContactID: f.ContactID, CustomerID: f.CustomerID, Customer: f.Customer, Phase: f.Phase,
			About: f.About, Day: f.Due.Format(time.DateOnly), DueAt: f.Due.Format(time.RFC3339),
			Timed: words.DueAt(f.Due) != "", Moved: f.Moved, DaysLate: f.DaysLate}
	}
	return out
}
