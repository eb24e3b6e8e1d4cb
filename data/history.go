package data

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"tend/lifecycle"
)

// History is everything that happened with a customer, each list oldest
// first.
type History struct {
	Contacts     []lifecycle.Contact
	Purchases    []lifecycle.Purchase
	PhaseChanges []lifecycle.PhaseChange
	// Audit are the changes of the customer's record, oldest first.
	Audit []AuditEntry
}

// LogContact stores a contact and updates the customer's summary in the same
// transaction; it returns the contact's id.
func (b *Book) LogContact(ctx context.Context, c lifecycle.Contact) (int64, error) {
	return b.logContact(ctx, c, nil)
}

// logContact stores a contact, and with an attempt's step records it as a
// triage attempt, noting in the step what changed.
func (b *Book) logContact(ctx context.Context, c lifecycle.Contact, attempt *TriageStep) (int64, error) {
	c.Summary = strings.TrimSpace(c.Summary)
	c.Who = b.User()
	if err := c.Validate(); err != nil {
		return 0, err
	}
	if err := c.CheckTime(b.Now()); err != nil {
		return 0, err
	}
	var id int64
	err := b.write(ctx, func(tx *sql.Tx) error {
		now := b.Now()
		if attempt == nil {
			// The contact goes with its summary's statements.
			ahead := append([]statement{contactInsert(c, now.Unix())}, summaryAhead(c.CustomerID, now)...)
			if err := b.engine.sendAhead(ctx, tx, ahead); err != nil {
				return lifecycle.Problemf(CodeStoreContact, lifecycle.Values{"ID": c.CustomerID},
					"store contact for customer %d: %w", c.CustomerID, describe(err))
			}
		}
		var err error
		if id, err = insertContact(ctx, tx, c, now.Unix()); err != nil {
			return err
		}
		if attempt != nil {
			err := attempt.around(ctx, tx, func() error {
				return markDone(ctx, tx, c.CustomerID, now, `last_attempt_at = ?`, c.At.Unix())
			})
			if err != nil {
				return err
			}
		}
		return b.refreshSummary(ctx, tx, c.CustomerID, now)
	})
	return id, err
}

// contactInsert is the statement that stores a contact, made at now, and
// returns its id.
func contactInsert(c lifecycle.Contact, now int64) statement {
	return statement{`INSERT INTO contacts (customer_id, at, kind, direction, summary, sentiment, moment, follow_up_at, created_at, who)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		[]any{c.CustomerID, c.At.Unix(), string(c.Kind), string(c.Direction), c.Summary, string(c.Sentiment), c.Moment, unixOrNull(c.FollowUp), now,
			c.Who}}
}

func insertContact(ctx context.Context, ex inserter, c lifecycle.Contact, now int64) (int64, error) {
	var id int64
	s := contactInsert(c, now)
	err := ex.QueryRowContext(ctx, s.query, s.args...).Scan(&id)
	if err != nil {
		return 0, lifecycle.Problemf(CodeStoreContact, lifecycle.Values{"ID": c.CustomerID},
			"store contact for customer %d: %w", c.CustomerID, describe(err))
	}
	return id, nil
}

// AddPurchase stores a purchase and updates the customer's summary in the
// same transaction; it returns the purchase's id.
func (b *Book) AddPurchase(ctx context.Context, p lifecycle.Purchase) (int64, error) {
	if p.Currency == "" {
		p.Currency = lifecycle.DefaultCurrency
	}
	p.Who = b.User()
	if err := p.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := b.write(ctx, func(tx *sql.Tx) error {
		var err error
		if id, err = insertPurchase(ctx, tx, p, b.Now().Unix()); err != nil {
			return err
		}
		return b.refreshSummary(ctx, tx, p.CustomerID, b.Now())
	})
	return id, err
}

func insertPurchase(ctx context.Context, ex inserter, p lifecycle.Purchase, now int64) (int64, error) {
	var id int64
	err := ex.QueryRowContext(ctx, `INSERT INTO purchases (customer_id, at, amount_cents, currency, note, created_at, who) VALUES (?, ?, ?, ?, ?, ?, ?)
		RETURNING id`, p.CustomerID, p.At.Unix(), int64(p.Amount), p.Currency, strings.TrimSpace(p.Note), now, p.Who).Scan(&id)
	if err != nil {
		return 0, lifecycle.Problemf(CodeStorePurchase, lifecycle.Values{"ID": p.CustomerID},
			"store purchase for customer %d: %w", p.CustomerID, describe(err))
	}
	return id, nil
}

// Move puts a customer into another phase (by key or label) and records the
// change with its reason.
func (b *Book) Move(ctx context.Context, customerID int64, to, reason string) (lifecycle.PhaseChange, error) {
	return b.MoveFor(ctx, customerID, to, reason, lifecycle.Why{})
}

// MoveFor is Move with why a customer was lost or won back, which only
// such a move takes (see lifecycle.Explain).
func (b *Book) MoveFor(ctx context.Context, customerID int64, to, reason string, why lifecycle.Why) (lifecycle.PhaseChange, error) {
	var change lifecycle.PhaseChange
	err := b.write(ctx, func(tx *sql.Tx) error {
		c, err := customerByID(ctx, tx, customerID)
		if err != nil {
			return err
		}
		lc, err := readLifecycle(ctx, tx)
		if err != nil {
			return err
		}
		if change, err = b.moveOne(ctx, tx, lc, c, to, reason, why); err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), []int64{customerID})
	})
	return change, err
}

// moveOne checks and records the move of customer c to the phase to, in
// the transaction tx, leaving the scoring to the caller.
func (b *Book) moveOne(ctx context.Context, tx *sql.Tx, lc lifecycle.Lifecycle, c lifecycle.Customer, to, reason string, why lifecycle.Why) (lifecycle.PhaseChange, error) {
	change, err := lc.Move(c.ID, c.Phase, to, reason, b.Now())
	if err != nil {
		return change, err
	}
	if change, err = explainMove(ctx, tx, lc, change, why); err != nil {
		return change, err
	}
	change.Who = b.User()
	change.ID, err = b.recordMove(ctx, tx, change)
	return change, err
}

// recordMove records a move in the phase history and the audit trail,
// puts the customer in its new phase and returns the record's id.
func (b *Book) recordMove(ctx context.Context, tx *sql.Tx, ch lifecycle.PhaseChange) (int64, error) {
	var from any
	if ch.From != "" {
		from = ch.From
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO phase_changes (customer_id, at, from_phase, to_phase, reason, reason_key, reason_note, who)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, ch.CustomerID, ch.At.Unix(), from, ch.To, ch.Reason, nullIfEmpty(ch.ReasonKey),
		nullIfEmpty(ch.ReasonNote), ch.Who).Scan(&id)
	if err != nil {
		return 0, lifecycle.Problemf(CodeRecordMove, nil, "record the move: %w", describe(err))
	}
	if _, err := tx.ExecContext(ctx, `UPDATE customers SET phase = ?, phase_since = ?, updated_at = ? WHERE id = ?`,
		ch.To, ch.At.Unix(), ch.At.Unix(), ch.CustomerID); err != nil {
		return 0, lifecycle.Problemf(CodeRecordMove, nil, "record the move: %w", describe(err))
	}
	if err := b.audit(ctx, tx, ch.CustomerID, ch.At, "phase", ch.From, ch.To); err != nil {
		return 0, err
	}
	if why := auditedReason(ch); why != "" {
		if err := b.audit(ctx, tx, ch.CustomerID, ch.At, reasonField, "", why); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// reasonField is the audit trail's name for why a customer was lost or
// won back.
const reasonField = "phase reason"

// auditedReason is a move's reason as the audit trail holds it: its key,
// and its note after a colon.
func auditedReason(ch lifecycle.PhaseChange) string {
	if ch.ReasonNote == "" {
		return ch.ReasonKey
	}
	return strings.TrimPrefix(ch.ReasonKey+": "+ch.ReasonNote, ": ")
}

// refreshSummary recomputes a customer's summary from its history, and
// with it the customer's flags. Doing it from the history rather than by
// increments keeps one way of getting it right, and the indexes make it
// cheap.
func (b *Book) refreshSummary(ctx context.Context, tx *sql.Tx, customerID int64, now time.Time) error {
	if err := b.engine.sendAhead(ctx, tx, summaryAhead(customerID, now)); err != nil {
		return lifecycle.Problemf(CodeUpdateSummaries, nil, "update the customers' summaries: %w", describe(err))
	}
	if err := refreshSummaries(ctx, tx, []int64{customerID}, now, b.audit); err != nil {
		return err
	}
	return b.rescore(ctx, tx, now, []int64{customerID})
}

// summaryAhead are the statements of refreshSummary up to the re-scoring's
// reads, sent in one round trip on a server: the audit records made among
// them change none of them.
func summaryAhead(customerID int64, now time.Time) []statement {
	var ahead []statement
	for _, s := range settleStatements("?") {
		ahead = append(ahead, statement{s, []any{customerID}})
	}
	ahead = append(ahead, statement{summaryUpdate("?"), []any{now.Unix(), customerID}})
	return append(ahead, scorerReads...)
}

// summaryBatch is how many customers one statement of refreshSummaries
// names, well below SQLite's limit on parameters.
const summaryBatch = 500

// refreshSummaries recomputes the summaries of many customers, a batch of
// them per statement, for writes such as an import that touch many at once.
// The follow-ups are settled first (see settleFollowUps), recorded by
// record.
func refreshSummaries(ctx context.Context, tx *sql.Tx, customerIDs []int64, now time.Time, record auditor) error {
	for start := 0; start < len(customerIDs); start += summaryBatch {
		batch := customerIDs[start:min(start+summaryBatch, len(customerIDs))]
		args := make([]any, 0, len(batch)+1)
		args = append(args, now.Unix())
		for _, id := range batch {
			args = append(args, id)
		}
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(batch)), ", ")
		if err := settleFollowUps(ctx, tx, marks, args[1:], now, record); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, summaryUpdate(marks), args...)
		if err != nil {
			return lifecycle.Problemf(CodeUpdateSummaries, nil, "update the customers' summaries: %w", describe(err))
		}
	}
	return nil
}

// summaryUpdate sets the summaries of the customers whose ids marks
// holds; its arguments are the time of the change, then the ids.
func summaryUpdate(marks string) string {
	return `UPDATE customers SET ` + summaryAssignments + `, updated_at = ? WHERE id IN (` + marks + `)`
}

// summaryColumns are the summary columns of customers, each with what its
// history adds up to: those shown, and those the flag rules read (see
// 004_flags.sql). tend check compares them.
var summaryColumns = []struct{ column, history string }{
	{"last_contact_at", `(SELECT max(at) FROM contacts WHERE customer_id = customers.id)`},
	{"contact_count", `(SELECT count(*) FROM contacts WHERE customer_id = customers.id)`},
	{"last_purchase_at", `(SELECT max(at) FROM purchases WHERE customer_id = customers.id)`},
	{"purchase_count", `(SELECT count(*) FROM purchases WHERE customer_id = customers.id)`},
	{"total_spend_cents", `(SELECT coalesce(sum(amount_cents), 0) FROM purchases WHERE customer_id = customers.id)`},
	{"first_contact_at", `(SELECT min(at) FROM contacts WHERE customer_id = customers.id)`},
	{"follow_up_due_at", `(SELECT coalesce(follow_up_moved_to, follow_up_at) FROM contacts
		WHERE customer_id = customers.id AND ` + openFollowUp + ` ORDER BY at DESC, id DESC LIMIT 1)`},
	{"negative_run", `(SELECT count(*) FROM contacts k WHERE k.customer_id = customers.id AND k.sentiment = 'negative'
		AND NOT EXISTS (SELECT 1 FROM contacts n WHERE n.customer_id = k.customer_id AND n.sentiment <> 'negative'
			AND (n.at, n.id) > (k.at, k.id)))`},
	{"last_negative_moment_at", `(SELECT max(at) FROM contacts WHERE customer_id = customers.id AND moment <> 0 AND sentiment = 'negative')`},
}

// summaryAssignments sets every summary column from the history, and
// clears the purchase digest, which the next scoring makes anew.
var summaryAssignments = joinSummary(" = ", ",\n") + ",\n\tpurchase_digest = NULL"

// summaryMismatch holds for a customer whose summary columns differ from
// what its history adds up to.
var summaryMismatch = joinSummary(" IS DISTINCT FROM ", "\n\tOR ")

func joinSummary(op, sep string) string {
	parts := make([]string, len(summaryColumns))
	for i, c := range summaryColumns {
		parts[i] = c.column + op + c.history
	}
	return strings.Join(parts, sep)
}

// History returns a customer's contacts, purchases, phase changes and the
// audit trail of its record.
func (b *Book) History(ctx context.Context, customerID int64) (History, error) {
	var h History
	var err error
	if h.Contacts, err = b.contacts(ctx, `customer_id = ?`, customerID); err != nil {
		return h, err
	}
	if h.Purchases, err = b.purchases(ctx, `customer_id = ?`, customerID); err != nil {
		return h, err
	}
	if h.PhaseChanges, err = b.phaseChanges(ctx, customerID); err != nil {
		return h, err
	}
	h.Audit, err = b.auditTrail(ctx, `customer_id = ?`, customerID)
	return h, err
}
