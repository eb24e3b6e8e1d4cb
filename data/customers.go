package data

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
)

// ErrNotFound is what errors about a customer the book does not hold are.
var ErrNotFound = lifecycle.Problemf(CodeNotFound, nil, "no such customer")

// NotFoundError names the customer that was looked for.
type NotFoundError struct{ Ref string }

func (e NotFoundError) Error() string { return fmt.Sprintf("no customer matches %q", e.Ref) }

// Is makes a NotFoundError match [ErrNotFound].
func (e NotFoundError) Is(target error) bool { return target == ErrNotFound }

// tagSeparator joins a customer's tags in one column; written into the
// query as itself, since the engines name a character by code differently.
const tagSeparator = "\x1f"

// customerColumns is the select list that scanCustomer reads; the tags come
// joined by the unit separator.
var customerColumns = `c.id, c.name, c.company, c.email, c.phone, c.owner, c.phase, c.phase_since,
	c.value_cents, c.promoter, c.do_not_contact, c.created_at, c.updated_at, c.archived_at,
	c.last_contact_at, c.last_purchase_at, c.contact_count, c.purchase_count, c.total_spend_cents,
	coalesce((SELECT group_concat(tag, '` + tagSeparator + `') FROM tags t WHERE t.customer_id = c.id), ''),
	c.flag_code, c.follow_up_due_at, c.other_emails, c.other_phones, ` + detailColumns

// detailKeys are the columns of a customer's details, named as their
// keys, in the order of lifecycle.Details.Fields: every statement that
// reads or writes the details lists them by it.
var detailKeys = func() []string {
	var d lifecycle.Details
	var keys []string
	for _, f := range d.Fields() {
		keys = append(keys, f.Key)
	}
	return keys
}()

// detailColumns are the details in a select list of customers c.
var detailColumns = "c." + strings.Join(detailKeys, ", c.")

// detailValues are c's details, in the order of detailKeys.
func detailValues(c lifecycle.Customer) []any {
	var out []any
	for _, f := range c.Details.Fields() {
		out = append(out, *f.Value)
	}
	return out
}

type scanner interface{ Scan(dest ...any) error }

// sortedTags sorts a customer's tags as SQLite's NOCASE does, those that
// differ in case alone by their bytes. They are sorted here rather than in
// the query: a server's first sort by its case-blind collation in a new
// backend cost some 15 ms, before the board's first frame.
func sortedTags(tags []string) []string {
	slices.SortFunc(tags, func(a, b string) int {
		return cmp.Or(strings.Compare(nocase(a), nocase(b)), strings.Compare(a, b))
	})
	return tags
}

func scanCustomer(s scanner) (lifecycle.Customer, error) {
	var c lifecycle.Customer
	var since, created, updated int64
	var archived, lastContact, lastPurchase, followUp sql.NullInt64
	var value, spend int64
	var tags, otherEmails, otherPhones string
	var flags flagCode
	dest := []any{&c.ID, &c.Name, &c.Company, &c.Email, &c.Phone, &c.Owner, &c.Phase, &since,
		&value, &c.Promoter, &c.DoNotContact, &created, &updated, &archived,
		&lastContact, &lastPurchase, &c.Contacts, &c.Purchases, &spend, &tags, &flags, &followUp, &otherEmails, &otherPhones}
	for _, f := range c.Details.Fields() {
		dest = append(dest, f.Value)
	}
	if err := s.Scan(dest...); err != nil {
		return c, err
	}
	c.PhaseSince = time.Unix(since, 0)
	c.CreatedAt = time.Unix(created, 0)
	c.UpdatedAt = time.Unix(updated, 0)
	c.ArchivedAt = timeOf(archived)
	c.LastContactAt, c.LastPurchaseAt, c.FollowUpDue = timeOf(lastContact), timeOf(lastPurchase), timeOf(followUp)
	c.Value, c.TotalSpend = lifecycle.Money(value), lifecycle.Money(spend)
	c.Tags = []string{}
	if tags != "" {
		c.Tags = sortedTags(strings.Split(tags, tagSeparator))
	}
	c.Flags = flags.kinds()
	c.OtherEmails, c.OtherPhones = splitOthers(otherEmails), splitOthers(otherPhones)
	return c, nil
}

// Customer returns one customer by id, archived ones included.
func (b *Book) Customer(ctx context.Context, id int64) (lifecycle.Customer, error) {
	return customerByID(ctx, b.reader, id)
}

func customerByID(ctx context.Context, q querier, id int64) (lifecycle.Customer, error) {
	c, err := scanCustomer(q.QueryRowContext(ctx, customersQuery(`c.id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, NotFoundError{Ref: fmt.Sprint(id)}
	}
	if err != nil {
		return c, lifecycle.Problemf(CodeReadCustomer, lifecycle.Values{"ID": id}, "read customer %d: %w", id, describe(err))
	}
	return c, nil
}

// AddCustomer stores a new customer and the phase it starts in (the first
// buying phase when none is given), and returns its id.
func (b *Book) AddCustomer(ctx context.Context, c lifecycle.Customer) (int64, error) {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return 0, err
	}
	err := b.write(ctx, func(tx *sql.Tx) error {
		lc, err := readLifecycle(ctx, tx)
		if err != nil {
			return err
		}
		if err := checkEmailFree(ctx, tx, c, lifecycle.Customer{}); err != nil {
			return err
		}
		if c.ID, err = insertCustomer(ctx, tx, lc, c, b.Now(), b.User()); err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), []int64{c.ID})
	})
	return c.ID, err
}

// execer runs a statement: a transaction, or an import's cache of statements
// prepared in one.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// inserter runs statements, and an INSERT … RETURNING id for the id of
// the row it adds (PostgreSQL has no last insert id).
type inserter interface {
	execer
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// insertCustomer writes a validated customer with its tags and first phase
// change, made by who. A non-zero c.ID is kept, so that an exported book imports as it was.
// The caller passes the lifecycle, so that an import reads it once, not once
// a row.
func insertCustomer(ctx context.Context, ex inserter, lc lifecycle.Lifecycle, c lifecycle.Customer, now time.Time, who string) (int64, error) {
	row, err := newCustomerRow(c, lc, now)
	if err != nil {
		return 0, err
	}
	var id int64
	if err := ex.QueryRowContext(ctx, insertCustomerSQL, row.values...).Scan(&id); err != nil {
		return 0, lifecycle.Problemf(CodeStoreCustomer, lifecycle.Values{"Customer": c.Name},
			"store customer %q: %w", c.Name, describe(err))
	}
	if err := insertTags(ctx, ex, id, c.Tags); err != nil {
		return 0, err
	}
	_, err = ex.ExecContext(ctx, `INSERT INTO phase_changes (`+strings.Join(startColumns, ", ")+`) VALUES (?, ?, ?, ?, ?, ?)`, row.start(id, who)...)
	if err != nil {
		return 0, lifecycle.Problemf(CodeRecordFirstPhase, lifecycle.Values{"Customer": c.Name},
			"record the first phase of %q: %w", c.Name, describe(err))
	}
	return id, nil
}

// newCustomerColumns are the columns a new customer is written with, one at
// a time by insertCustomer or many to a statement by an import.
var newCustomerColumns = slices.Concat([]string{"id", "name", "name_fold", "name_key", "company", "email", "phone", "owner",
	"phase", "phase_since", "value_cents", "promoter", "do_not_contact", "created_at", "updated_at", "archived_at", "search"},
	detailKeys, []string{"other_emails", "other_phones"})

var insertCustomerSQL = `INSERT INTO customers (` + strings.Join(newCustomerColumns, ", ") + `) VALUES (?` +
	strings.Repeat(", ?", len(newCustomerColumns)-1) + `) RETURNING id`

// startColumns are the columns of the phase change that records the phase
// a customer starts in.
var startColumns = []string{"customer_id", "at", "from_phase", "to_phase", "reason", "who"}

// customerRow is a new customer as stored: its values for
// newCustomerColumns, the phase it starts in since when, and what the
// scoring reads of its profile.
type customerRow struct {
	values  []any
	phase   string
	since   int64
	profile profileRow
}

// start is the values for startColumns of the customer with id, made by
// who.
func (r customerRow) start(id int64, who string) []any {
	return []any{id, r.since, nil, r.phase, "created", who}
}

// current is the row the scoring will read of the customer once it is
// stored, before it has any history.
func (r customerRow) current() currentRow {
	return currentRow{profile: r.profile, phase: r.phase, since: time.Unix(r.since, 0)}
}

// newCustomerRow puts a validated customer in its first phase (the first
// buying one when it names none), created now unless it says otherwise. A
// zero id is left to the book to choose.
func newCustomerRow(c lifecycle.Customer, lc lifecycle.Lifecycle, now time.Time) (customerRow, error) {
	phase, err := startPhase(lc, c.Phase)
	if err != nil {
		return customerRow{}, err
	}
	created := now.Unix()
	if !c.CreatedAt.IsZero() {
		created = c.CreatedAt.Unix()
	}
	since := created
	if !c.PhaseSince.IsZero() {
		since = c.PhaseSince.Unix()
	}
	var id any
	if c.ID != 0 {
		id = c.ID
	}
	return customerRow{
		values: slices.Concat([]any{id, c.Name, strings.ToLower(c.Name), nameSortKey(c.Name), c.Company, c.Email, c.Phone, c.Owner,
			phase.Key, since, int64(c.Value), c.Promoter, c.DoNotContact, created, now.Unix(), unixOrNull(c.ArchivedAt), c.SearchText()},
			detailValues(c), []any{joinOthers(c.OtherEmails), joinOthers(c.OtherPhones)}),
		phase:   phase.Key,
		since:   since,
		profile: profileRow{name: c.Name, value: c.Value, doNotContact: c.DoNotContact, archived: !c.ArchivedAt.IsZero()},
	}, nil
}

// startPhase resolves the phase a new customer is put in.
func startPhase(lc lifecycle.Lifecycle, want string) (lifecycle.Phase, error) {
	if strings.TrimSpace(want) != "" {
		return lc.Enter(want)
	}
	if p, ok := lc.First(lifecycle.Buying); ok {
		return p, nil
	}
	return lc.Visible()[0], nil
}

// writeTags replaces a customer's tags.
func writeTags(ctx context.Context, ex execer, id int64, tags []string) error {
	if _, err := ex.ExecContext(ctx, `DELETE FROM tags WHERE customer_id = ?`, id); err != nil {
		return lifecycle.Problemf(CodeReplaceTags, lifecycle.Values{"ID": id},
			"replace the tags of customer %d: %w", id, describe(err))
	}
	return insertTags(ctx, ex, id, tags)
}

// insertTags adds tags to a customer that has none of them yet.
func insertTags(ctx context.Context, ex execer, id int64, tags []string) error {
	for _, t := range tags {
		if _, err := ex.ExecContext(ctx, `INSERT INTO tags (customer_id, tag) VALUES (?, ?)`, id, t); err != nil {
			return lifecycle.Problemf(CodeStoreTag, lifecycle.Values{"Tag": t}, "store tag %q: %w", t, describe(err))
		}
	}
	return nil
}

// EditCustomer applies edit to a customer's profile in one transaction. The
// phase is changed with [Book.Move], so that the move is recorded; edit may
// not change it.
func (b *Book) EditCustomer(ctx context.Context, id int64, edit func(*lifecycle.Customer) error) (lifecycle.Customer, error) {
	var c lifecycle.Customer
	err := b.write(ctx, func(tx *sql.Tx) error {
		var err error
		if _, c, err = b.editOne(ctx, tx, id, edit); err != nil {
			return err
		}
		return b.rescore(ctx, tx, c.UpdatedAt, []int64{id})
	})
	return c, err
}

// editOne applies edit to a customer's profile in the transaction tx and
// records what changed, leaving the scoring to the caller; it returns the
// profile before and after.
func (b *Book) editOne(ctx context.Context, tx *sql.Tx, id int64, edit func(*lifecycle.Customer) error) (before, after lifecycle.Customer, err error) {
	if after, err = customerByID(ctx, tx, id); err != nil {
		return before, after, err
	}
	before = after
	before.Tags = slices.Clone(after.Tags)
	if err := edit(&after); err != nil {
		return before, after, err
	}
	after.Normalize()
	if err := after.ValidateChange(before); err != nil {
		return before, after, err
	}
	if after.Phase != before.Phase {
		return before, after, lifecycle.Problemf(CodePhaseByMove, nil, "the phase is changed by a move, not an edit")
	}
	if err := checkEmailFree(ctx, tx, after, before); err != nil {
		return before, after, err
	}
	after.UpdatedAt = b.Now()
	if err := updateProfile(ctx, tx, after); err != nil {
		return before, after, err
	}
	return before, after, b.auditProfile(ctx, tx, before, after, after.UpdatedAt)
}

// updateProfile stores a validated customer's profile and tags; the phase,
// the summaries and the creation time stay as they are.
func updateProfile(ctx context.Context, ex execer, c lifecycle.Customer) error {
	_, err := ex.ExecContext(ctx, updateProfileSQL, slices.Concat([]any{c.Name, strings.ToLower(c.Name), nameSortKey(c.Name),
		c.Company, c.Email, c.Phone, c.Owner, int64(c.Value), c.Promoter, c.DoNotContact, c.UpdatedAt.Unix(), c.SearchText()},
		detailValues(c), []any{joinOthers(c.OtherEmails), joinOthers(c.OtherPhones), c.ID})...)
	if err != nil {
		return lifecycle.Problemf(CodeStoreCustomer, lifecycle.Values{"ID": c.ID}, "store customer %d: %w", c.ID, describe(err))
	}
	return writeTags(ctx, ex, c.ID, c.Tags)
}

var updateProfileSQL = `UPDATE customers SET name = ?, name_fold = ?, name_key = ?, company = ?, email = ?,
	phone = ?, owner = ?, value_cents = ?, promoter = ?, do_not_contact = ?, updated_at = ?, search = ?, ` +
	strings.Join(detailKeys, " = ?, ") + ` = ?, other_emails = ?, other_phones = ? WHERE id = ?`

// Archive hides a customer from the board and lists (a soft delete), or
// brings an archived one back when restore is set.
func (b *Book) Archive(ctx context.Context, id int64, restore bool) error {
	return b.write(ctx, func(tx *sql.Tx) error {
		c, err := customerByID(ctx, tx, id)
		if err != nil {
			return err
		}
		switch {
		case restore && !c.Archived():
			return lifecycle.Problemf(CodeNotArchived, lifecycle.Values{"Customer": c.Name}, "%s is not archived", c.Name)
		case !restore && c.Archived():
			return lifecycle.Problemf(CodeArchivedAlready, lifecycle.Values{"Customer": c.Name}, "%s is already archived", c.Name)
		}
		if err := b.archiveOne(ctx, tx, c, restore); err != nil {
			return err
		}
		return b.rescore(ctx, tx, b.Now(), []int64{id})
	})
}

// archiveOne archives customer c, or brings it back when restore is set,
// in the transaction tx, leaving the scoring to the caller.
func (b *Book) archiveOne(ctx context.Context, tx *sql.Tx, c lifecycle.Customer, restore bool) error {
	if restore {
		lc, err := readLifecycle(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := lc.Enter(c.Phase); err != nil {
			return lifecycle.Problemf(CodeCannotComeBack, lifecycle.Values{"Customer": c.Name},
				"%s cannot come back: %w", c.Name, err)
		}
	}
	at := unixOrNull(b.Now())
	if restore {
		at = nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE customers SET archived_at = ?, updated_at = ? WHERE id = ?`, at, b.Now().Unix(), c.ID)
	if err != nil {
		return err
	}
	return b.audit(ctx, tx, c.ID, b.Now(), "archived", strconv.FormatBool(restore), strconv.FormatBool(!restore))
}

// othersSeparator joins a customer's other e-mails or phones in their
// column: no address or number holds a line break.
const othersSeparator = "\n"

func joinOthers(others []string) string { return strings.Join(others, othersSeparator) }

// splitOthers reads a column of other e-mails or phones; none is empty.
func splitOthers(column string) []string {
	if column == "" {
		return nil
	}
	return strings.Split(column, othersSeparator)
}
