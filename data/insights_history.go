package data

import (
	"context"
	"database/sql"
	"sync"
	"time"

	"tend/lifecycle"
)

// customerHistory is one customer's history up to an as-of date: the story
// the insights count, and the rows its flags are replayed from.
type customerHistory struct {
	story    lifecycle.Story
	profile  profileRow
	contacts []contactRow
	triage   triageRow
}

// historyStreams are the queries the histories are read from, side by side
// one customer at a time.
type historyStreams struct {
	customers *stream[storyRow]
	moves     *stream[lifecycle.PhaseChange]
	contacts  *stream[contactRow]
	purchases *stream[lifecycle.Purchase]
	triage    *stream[triageRow]
}

// storyRow is what a history reads of the customer itself.
type storyRow struct {
	profile           profileRow
	created, archived time.Time
}

// pickedCustomers lets the customers an owner and a tag pick through.
var pickedCustomers = `FROM customers c WHERE (?1 = '' OR c.owner = ?1 COLLATE NOCASE)
	AND (?2 = '' OR ` + taggedWith("?2") + `)`

// historyParts says how much of each customer's history a reading needs:
// the phase history alone, or the activity too (contacts, purchases and
// the triage state).
type historyParts bool

const (
	phasesOnly   historyParts = false
	withActivity historyParts = true
)

// openHistoryStreams runs the queries of one range of customers in one
// read transaction.
func openHistoryStreams(ctx context.Context, tx *sql.Tx, q InsightsQuery, set customerSet, parts historyParts) (*historyStreams, error) {
	in, args := set.where("customer_id")
	args = append(args, q.AsOf.Unix())
	var s historyStreams
	var err error
	picked, pickArgs := set.where("c.id")
	if s.customers, err = openStream(ctx, tx, "customers", `SELECT c.id, c.name, c.value_cents, c.do_not_contact,
		c.created_at, c.archived_at `+pickedCustomers+` AND `+picked+` ORDER BY c.id`, scanStoryRow,
		append([]any{q.Owner, q.Tag}, pickArgs...)...); err != nil {
		return nil, err
	}
	if s.moves, err = openStream(ctx, tx, "phase changes", `SELECT customer_id, at, coalesce(from_phase, ''), to_phase,
		coalesce(reason_key, '') FROM phase_changes WHERE `+in+` AND at <= ? ORDER BY customer_id, at, id`, scanMoveRow, args...); err != nil {
		return nil, s.close(err)
	}
	if parts == phasesOnly {
		return &s, nil
	}
	if s.contacts, err = openStream(ctx, tx, "contacts", contactColumns+`
		FROM contacts WHERE `+in+` AND at <= ? ORDER BY customer_id, at, id`, scanContactRow, args...); err != nil {
		return nil, s.close(err)
	}
	if s.purchases, err = openStream(ctx, tx, "purchases", `SELECT customer_id, at, amount_cents, currency
		FROM purchases WHERE `+in+` AND at <= ? ORDER BY customer_id, at, id`, scanPurchaseRow, args...); err != nil {
		return nil, s.close(err)
	}
	if s.triage, err = openStream(ctx, tx, "triage state", `SELECT customer_id, snoozed_until, last_attempt_at, won_back_at
		FROM triage WHERE `+in+` ORDER BY customer_id`, scanTriageRow, args[:len(args)-1]...); err != nil {
		return nil, s.close(err)
	}
	return &s, nil
}

func (s *historyStreams) close(err error) error {
	for _, e := range []error{s.customers.close(), s.moves.close(), s.contacts.close(), s.purchases.close(), s.triage.close()} {
		if err == nil {
			err = e
		}
	}
	return err
}

func scanStoryRow(rows *sql.Rows) (int64, storyRow, error) {
	var id, value, created int64
	var archived sql.NullInt64
	var r storyRow
	err := rows.Scan(&id, &r.profile.name, &value, &r.profile.doNotContact, &created, &archived)
	r.profile.value, r.created, r.archived = lifecycle.Money(value), time.Unix(created, 0), timeOf(archived)
	return id, r, err
}

func scanMoveRow(rows *sql.Rows) (int64, lifecycle.PhaseChange, error) {
	var m lifecycle.PhaseChange
	var at int64
	err := rows.Scan(&m.CustomerID, &at, &m.From, &m.To, &m.ReasonKey)
	m.At = time.Unix(at, 0)
	return m.CustomerID, m, err
}

// eachHistory calls fn with the history of each customer the query picks,
// from ranges of customers read side by side, one read of the book each
// (as the purchase models read them). fn is called by one range at a time,
// and each history is fn's to keep; progress, if not nil, is called in
// between.
func (b *Book) eachHistory(ctx context.Context, q InsightsQuery, parts historyParts, progress Progress, fn func(*customerHistory)) error {
	var first, last, total int64
	err := b.reader.QueryRowContext(ctx, `SELECT coalesce(min(c.id), 0), coalesce(max(c.id), 0), count(*) `+pickedCustomers,
		q.Owner, q.Tag).Scan(&first, &last, &total)
	if err != nil {
		return lifecycle.Problemf(CodeCountCustomers, nil, "count the customers: %w", describe(err))
	}
	var mu sync.Mutex
	done := 0
	take := func(h *customerHistory) {
		mu.Lock()
		defer mu.Unlock()
		fn(h)
		if done++; done%progressStep == 0 && progress != nil {
			progress(done, int(total))
		}
	}
	// The first range to fail stops the others: their figures are of no
	// use without its customers.
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	step := (last-first)/readParts + 1
	var wg sync.WaitGroup
	for i := range readParts {
		from := first + int64(i)*step
		wg.Go(func() {
			if err := b.readHistories(ctx, q, customerSet{from: from, to: from + step}, parts, take); err != nil {
				stop(err)
			}
		})
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return err
	}
	if progress != nil {
		progress(int(total), int(total))
	}
	return nil
}

// readHistories reads the histories of one range of customers.
func (b *Book) readHistories(ctx context.Context, q InsightsQuery, set customerSet, parts historyParts, fn func(*customerHistory)) error {
	tx, err := b.reader.BeginTx(ctx, nil)
	if err != nil {
		return lifecycle.Problemf(CodeReadBook, nil, "read the book: %w", describe(err))
	}
	defer tx.Rollback()
	s, err := openHistoryStreams(ctx, tx, q, set, parts)
	if err != nil {
		return err
	}
	for s.customers.ok {
		id, row := s.customers.id, s.customers.row
		s.customers.advance()
		fn(s.take(id, row))
	}
	return s.close(nil)
}

// progressStep is how many customers go by between reports of progress.
const progressStep = 2000

// take reads one customer's history.
func (s *historyStreams) take(id int64, row storyRow) *customerHistory {
	h := &customerHistory{profile: row.profile}
	st := &h.story
	*st = lifecycle.Story{ID: id, Created: row.created, Archived: row.archived, Value: row.profile.value}
	s.moves.take(id, func(m lifecycle.PhaseChange) { st.Moves = append(st.Moves, m) })
	s.contacts.take(id, func(c contactRow) {
		h.contacts = append(h.contacts, c)
		st.Contacts = append(st.Contacts, lifecycle.ContactMark{At: c.at, Kind: c.kind})
	})
	s.purchases.take(id, func(p lifecycle.Purchase) { st.Purchases = append(st.Purchases, p) })
	h.triage = takeTriage(s.triage, id)
	return h
}
