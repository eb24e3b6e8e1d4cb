package data

import (
	"context"
	"database/sql"
	"time"

	"tend/lifecycle"
)

func (b *Book) contacts(ctx context.Context, where string, args ...any) ([]lifecycle.Contact, error) {
	return readContacts(ctx, b.reader, where, args...)
}

// readContacts reads the contacts the condition lets through, oldest
// first: from the book, or within a write that checks what it changes.
func readContacts(ctx context.Context, q querier, where string, args ...any) ([]lifecycle.Contact, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, customer_id, at, kind, direction, summary, sentiment, moment, follow_up_at, who
		FROM contacts WHERE `+where+` ORDER BY at, id`, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadContacts, nil, "read contacts: %w", describe(err))
	}
	defer rows.Close()
	out := []lifecycle.Contact{}
	for rows.Next() {
		var c lifecycle.Contact
		var at int64
		var follow sql.NullInt64
		if err := rows.Scan(&c.ID, &c.CustomerID, &at, &c.Kind, &c.Direction, &c.Summary, &c.Sentiment, &c.Moment, &follow, &c.Who); err != nil {
			return nil, lifecycle.Problemf(CodeReadContacts, nil, "read contacts: %w", err)
		}
		c.At, c.FollowUp = time.Unix(at, 0), timeOf(follow)
		out = append(out, c)
	}
	return out, rows.Err()
}

func (b *Book) purchases(ctx context.Context, where string, args ...any) ([]lifecycle.Purchase, error) {
	return readPurchases(ctx, b.reader, where, args...)
}

// readPurchases reads the purchases the condition lets through, oldest
// first.
func readPurchases(ctx context.Context, q querier, where string, args ...any) ([]lifecycle.Purchase, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, customer_id, at, amount_cents, currency, note, who
		FROM purchases WHERE `+where+` ORDER BY at, id`, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadHistoryPurchases, nil, "read purchases: %w", describe(err))
	}
	defer rows.Close()
	out := []lifecycle.Purchase{}
	for rows.Next() {
		var p lifecycle.Purchase
		var at, amount int64
		if err := rows.Scan(&p.ID, &p.CustomerID, &at, &amount, &p.Currency, &p.Note, &p.Who); err != nil {
			return nil, lifecycle.Problemf(CodeReadHistoryPurchases, nil, "read purchases: %w", err)
		}
		p.At, p.Amount = time.Unix(at, 0), lifecycle.Money(amount)
		out = append(out, p)
	}
	return out, rows.Err()
}

// reasonKindOfMove is the kind of reason a stored move (pc) gave: a move
// into an ended phase gives why the customer was lost, any other what won
// them back (see lifecycle.Lifecycle.KindOfGiven).
const reasonKindOfMove = `CASE WHEN EXISTS (SELECT 1 FROM phases p WHERE p.key = pc.to_phase AND p.grp = 'ended')
	THEN 'lost' ELSE 'won-back' END`

func (b *Book) phaseChanges(ctx context.Context, customerID int64) ([]lifecycle.PhaseChange, error) {
	rows, err := b.reader.QueryContext(ctx, `SELECT pc.id, pc.customer_id, pc.at, coalesce(pc.from_phase, ''), pc.to_phase, pc.reason,
		coalesce(pc.reason_key, ''), coalesce(pc.reason_note, ''), coalesce(r.label, ''), pc.who
		FROM phase_changes pc LEFT JOIN move_reasons r ON r.key = pc.reason_key AND r.kind = `+reasonKindOfMove+`
		WHERE pc.customer_id = ? ORDER BY pc.at, pc.id`, customerID)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadPhaseChanges, nil, "read phase changes: %w", describe(err))
	}
	defer rows.Close()
	out := []lifecycle.PhaseChange{}
	for rows.Next() {
		var ch lifecycle.PhaseChange
		var at int64
		if err := rows.Scan(&ch.ID, &ch.CustomerID, &at, &ch.From, &ch.To, &ch.Reason, &ch.ReasonKey, &ch.ReasonNote, &ch.ReasonLabel, &ch.Who); err != nil {
			return nil, lifecycle.Problemf(CodeReadPhaseChanges, nil, "read phase changes: %w", err)
		}
		ch.At = time.Unix(at, 0)
		out = append(out, ch)
	}
	return out, rows.Err()
}
