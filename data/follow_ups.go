package data

import (
	"context"
	"time"

	"tend/lifecycle"
)

// FollowUp is an open follow-up as the agenda lists it: the contact that
// set it, its customer, and when it is due.
type FollowUp struct {
	ContactID, CustomerID int64
	Customer              string // the customer's name
	Phase, PhaseLabel     string // the customer's phase, by key and label
	About                 string // the summary of the contact that set it
	Due                   time.Time
	Moved                 bool // moved to Due from the day first set
	DaysLate              int  // calendar days past Due; 0 on its day and after
}

// AgendaDay is a day of the agenda with the follow-ups due on it.
type AgendaDay struct {
	Day       time.Time // its start
	FollowUps []FollowUp
}

// Agenda is what is to be followed up: the overdue follow-ups, oldest
// first, and those due from today on, by day.
type Agenda struct {
	Overdue []FollowUp
	Days    []AgendaDay
}

// Due counts the follow-ups due on today's day.
func (a Agenda) Due(today time.Time) int {
	for _, d := range a.Days {
		if d.Day.Equal(lifecycle.StartOfDay(today)) {
			return len(d.FollowUps)
		}
	}
	return 0
}

// Agenda reads the open follow-ups of the active customers due before
// the end of the day days after today's: the overdue ones, and those of
// today and the days after, each day's in order of time and name.
func (b *Book) Agenda(ctx context.Context, today time.Time, days int) (Agenda, error) {
	end := lifecycle.DaysAfter(today, days+1)
	rows, err := b.reader.QueryContext(ctx, `SELECT k.id, k.customer_id, c.name, c.phase, coalesce(p.label, c.phase), k.summary,
		coalesce(k.follow_up_moved_to, k.follow_up_at), k.follow_up_state = 'moved'
		FROM contacts k JOIN customers c ON c.id = k.customer_id LEFT JOIN phases p ON p.key = c.phase
		WHERE k.`+openFollowUp+` AND c.archived_at IS NULL AND coalesce(k.follow_up_moved_to, k.follow_up_at) < ?
		ORDER BY 7, c.name, k.id`, end.Unix())
	if err != nil {
		return Agenda{}, lifecycle.Problemf(CodeReadAgenda, nil, "read the agenda: %w", describe(err))
	}
	defer rows.Close()
	var a Agenda
	for rows.Next() {
		var f FollowUp
		var due int64
		if err := rows.Scan(&f.ContactID, &f.CustomerID, &f.Customer, &f.Phase, &f.PhaseLabel, &f.About, &due, &f.Moved); err != nil {
			return Agenda{}, lifecycle.Problemf(CodeReadAgenda, nil, "read the agenda: %w", describe(err))
		}
		f.Due = time.Unix(due, 0).In(today.Location())
		a.add(f, today)
	}
	if err := rows.Err(); err != nil {
		return Agenda{}, lifecycle.Problemf(CodeReadAgenda, nil, "read the agenda: %w", describe(err))
	}
	return a, nil
}

// add puts a follow-up, read in order of due time, where it belongs.
func (a *Agenda) add(f FollowUp, today time.Time) {
	f.DaysLate = lifecycle.FollowUpDaysLate(f.Due, today)
	if f.DaysLate > 0 {
		a.Overdue = append(a.Overdue, f)
		return
	}
	day := lifecycle.StartOfDay(f.Due)
	if n := len(a.Days); n == 0 || !a.Days[n-1].Day.Equal(day) {
		a.Days = append(a.Days, AgendaDay{Day: day})
	}
	last := &a.Days[len(a.Days)-1]
	last.FollowUps = append(last.FollowUps, f)
}

// followUpCountsQuery counts the active customers' follow-ups due from a
// day's start and those before it, of the days before the next day's
// start: from the index of those days (customers_follow_ups_due) alone.
const followUpCountsQuery = `SELECT count(*) FILTER (WHERE follow_up_due_at >= ?), count(*) FILTER (WHERE follow_up_due_at < ?)
	FROM customers WHERE archived_at IS NULL AND follow_up_due_at < ?`

// FollowUpCounts counts the open follow-ups of the active customers due
// on today's day and those overdue, as the board's status line says them.
// A customer has one open follow-up at most, its latest contact's, whose
// day the customer's row keeps (follow_up_due_at): the count reads the
// customers alone, not the contacts of every open follow-up, which took
// twice as long on a book of 100,000 customers with 35,000 open.
func (b *Book) FollowUpCounts(ctx context.Context, today time.Time) (due, overdue int, err error) {
	return followUpCounts(ctx, b.reader, today)
}

// followUpCountsRead is the statement that counts the follow-ups due on
// today's day and those overdue.
func followUpCountsRead(today time.Time) statement {
	start := lifecycle.StartOfDay(today)
	return statement{followUpCountsQuery, []any{start.Unix(), start.Unix(), lifecycle.DaysAfter(today, 1).Unix()}}
}

func followUpCounts(ctx context.Context, q querier, today time.Time) (due, overdue int, err error) {
	s := followUpCountsRead(today)
	err = q.QueryRowContext(ctx, s.query, s.args...).Scan(&due, &overdue)
	if err != nil {
		return 0, 0, lifecycle.Problemf(CodeReadAgenda, nil, "read the agenda: %w", describe(err))
	}
	return due, overdue, nil
}
