package data

import (
	"context"
	"time"

	"tend/lifecycle"
)

// FollowUpDue is an open follow-up of a customer on the board: one neither
// answered by a later contact nor done, on the day it was moved to if it
// was moved.
type FollowUpDue struct {
	CustomerID int64
	Name       string
	Phase      string
	ContactID  int64
	// Summary is what the contact that set the follow-up was about.
	Summary string
	Due     time.Time
	// TimeGiven says the follow-up has a time of day: a follow-up set for
	// a day alone is stored at the day's start.
	TimeGiven bool
	// SetAt is when the contact was written into the book.
	SetAt time.Time
}

// OpenFollowUps lists the open follow-ups of the customers on the board,
// the earliest due first.
func (b *Book) OpenFollowUps(ctx context.Context) ([]FollowUpDue, error) {
	rows, err := b.reader.QueryContext(ctx, `SELECT c.id, c.name, c.phase, k.id, k.summary,
		coalesce(k.follow_up_moved_to, k.follow_up_at), k.created_at
		FROM contacts k JOIN customers c ON c.id = k.customer_id
		WHERE k.`+openFollowUp+` AND c.archived_at IS NULL
		ORDER BY 6, c.id, k.id`)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadFollowUps, nil, "read the open follow-ups: %w", describe(err))
	}
	defer rows.Close()
	due := []FollowUpDue{}
	for rows.Next() {
		var f FollowUpDue
		var at, set int64
		if err := rows.Scan(&f.CustomerID, &f.Name, &f.Phase, &f.ContactID, &f.Summary, &at, &set); err != nil {
			return nil, lifecycle.Problemf(CodeReadFollowUps, nil, "read the open follow-ups: %w", describe(err))
		}
		f.Due, f.SetAt = time.Unix(at, 0), time.Unix(set, 0)
		f.TimeGiven = !f.Due.Equal(lifecycle.StartOfDay(f.Due))
		due = append(due, f)
	}
	if err := rows.Err(); err != nil {
		return nil, lifecycle.Problemf(CodeReadFollowUps, nil, "read the open follow-ups: %w", describe(err))
	}
	return due, nil
}

// Identity names the book outside it for good, as a calendar's event ids
// do: the identity the book was given when it was made ("" on a book
// without one).
func (b *Book) Identity(ctx context.Context) (string, error) {
	return b.Setting(ctx, identityKey, "")
}
