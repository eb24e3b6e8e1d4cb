package data

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"tend/lifecycle"
)

// Entry is a contact or a purchase of a customer's history, as the user
// corrects it or takes it out: exactly one of Contact and Purchase is set.
type Entry struct {
	Contact  *lifecycle.Contact
	Purchase *lifecycle.Purchase
}

// ContactEntry is the entry of a contact.
func ContactEntry(c lifecycle.Contact) Entry { return Entry{Contact: &c} }

// PurchaseEntry is the entry of a purchase.
func PurchaseEntry(p lifecycle.Purchase) Entry { return Entry{Purchase: &p} }

// Kind is "contact" or "purchase", as the audit trail and the errors name
// the entry.
func (e Entry) Kind() string {
	if e.Contact != nil {
		return "contact"
	}
	return "purchase"
}

// ID is the entry's id, which contacts and purchases number apart.
func (e Entry) ID() int64 {
	if e.Contact != nil {
		return e.Contact.ID
	}
	return e.Purchase.ID
}

// CustomerID is the customer the entry belongs to.
func (e Entry) CustomerID() int64 {
	if e.Contact != nil {
		return e.Contact.CustomerID
	}
	return e.Purchase.CustomerID
}

// Who names who made the entry, "" when unknown.
func (e Entry) Who() string {
	if e.Contact != nil {
		return e.Contact.Who
	}
	return e.Purchase.Who
}

// entryColumns are the columns an edit changes, in the order of values.
var entryColumns = map[string][]string{
	"contact":  {"at", "kind", "direction", "summary", "sentiment", "moment", "follow_up_at"},
	"purchase": {"at", "amount_cents", "currency", "note"},
}

// values are the entry's stored values, in the order of entryColumns; two
// entries with equal values are stored alike.
func (e Entry) values() []any {
	if c := e.Contact; c != nil {
		return []any{c.At.Unix(), string(c.Kind), string(c.Direction), c.Summary, string(c.Sentiment), c.Moment, unixOrNull(c.FollowUp)}
	}
	p := e.Purchase
	return []any{p.At.Unix(), int64(p.Amount), p.Currency, p.Note}
}

// table is where the entry's kind is stored.
func (e Entry) table() string { return e.Kind() + "s" }

// auditText is the entry as the audit trail keeps it: its id and every
// field, so that the trail says exactly what was there.
func (e Entry) auditText() string {
	if c := e.Contact; c != nil {
		s := fmt.Sprintf("#%d %s %s %s %s", c.ID, c.At.Format("2006-01-02 15:04"), c.Kind, c.Direction, c.Sentiment)
		if c.Moment {
			s += " moment"
		}
		if !c.FollowUp.IsZero() {
			s += " follow-up " + c.FollowUp.Format("2006-01-02")
		}
		return s + ": " + c.Summary
	}
	p := e.Purchase
	s := fmt.Sprintf("#%d %s %s %s", p.ID, p.At.Format("2006-01-02 15:04"), p.Amount, p.Currency)
	if p.Note != "" {
		s += ": " + p.Note
	}
	return s
}

// checked is the entry as it is to be stored, or why it cannot be.
func (b *Book) checked(e Entry) (Entry, error) {
	if c := e.Contact; c != nil {
		x := *c
		x.Summary = strings.TrimSpace(x.Summary)
		if err := x.Validate(); err != nil {
			return e, err
		}
		return ContactEntry(x), x.CheckTime(b.Now())
	}
	x := *e.Purchase
	x.Note = strings.TrimSpace(x.Note)
	if x.Currency == "" {
		x.Currency = lifecycle.DefaultCurrency
	}
	return PurchaseEntry(x), x.Validate()
}

// EditEntry stores now in place of was, in one transaction with the audit
// entry and the customer's summary and flags, as long as the stored entry
// is still was: a correction never overwrites what another process wrote
// since. An undo of an edit is the edit the other way round.
func (b *Book) EditEntry(ctx context.Context, was, now Entry) error {
	now, err := b.checked(now)
	if err != nil {
		return err
	}
	if now.Kind() != was.Kind() || now.ID() != was.ID() || now.CustomerID() != was.CustomerID() {
		return changedSince(was)
	}
	return b.write(ctx, func(tx *sql.Tx) error {
		if _, err := storedAsShown(ctx, tx, was); err != nil {
			return err
		}
		if slices.Equal(now.values(), was.values()) {
			return nil // nothing changed: no audit entry either
		}
		set := strings.Join(entryColumns[now.Kind()], " = ?, ") + " = ?"
		args := append(now.values(), now.ID())
		if _, err := tx.ExecContext(ctx, `UPDATE `+now.table()+` SET `+set+` WHERE id = ?`, args...); err != nil {
			return lifecycle.Problemf(CodeChangeRecord, lifecycle.Values{"Kind": now.Kind(), "ID": now.ID()},
				"change %s %d: %w", now.Kind(), now.ID(), describe(err))
		}
		return b.entryWritten(ctx, tx, now.Kind(), now.CustomerID(), was.auditText(), now.auditText())
	})
}

// Removed is an entry taken out of the book, with what puts it back
// exactly: its id and the time it was first stored.
type Removed struct {
	Entry
	created int64
}

// RemoveEntry takes an entry out of the book, as long as it is stored as
// shown, in one transaction with the audit entry and the customer's
// summary and flags.
func (b *Book) RemoveEntry(ctx context.Context, e Entry) (Removed, error) {
	var r Removed
	err := b.write(ctx, func(tx *sql.Tx) error {
		var err error
		if r.created, err = storedAsShown(ctx, tx, e); err != nil {
			return err
		}
		if err := deleteEvent(ctx, tx, e.Kind(), e.ID(), e.CustomerID()); err != nil {
			return err
		}
		r.Entry = e
		return b.entryWritten(ctx, tx, e.Kind(), e.CustomerID(), e.auditText(), "")
	})
	return r, err
}

// RestoreEntry puts a removed entry back as it was, with its id, unless
// another entry has taken that id since.
func (b *Book) RestoreEntry(ctx context.Context, r Removed) error {
	e := r.Entry
	return b.write(ctx, func(tx *sql.Tx) error {
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+e.table()+` WHERE id = ?`, e.ID()).Scan(&taken); err != nil {
			return restoreFailed(e, err)
		}
		if taken > 0 {
			return lifecycle.Problemf(CodeRecordTaken, lifecycle.Values{"Kind": e.Kind(), "ID": e.ID()},
				"another entry has taken the place of %s %d, so it was not put back", e.Kind(), e.ID())
		}
		// Put back by whoever made it, not by whoever takes the deletion back.
		cols := append(slices.Clip(entryColumns[e.Kind()]), "who")
		marks := strings.Repeat("?, ", len(cols)+2) + "?"
		args := append(append([]any{e.ID(), e.CustomerID()}, e.values()...), e.Who(), r.created)
		_, err := tx.ExecContext(ctx, `INSERT INTO `+e.table()+` (id, customer_id, `+strings.Join(cols, ", ")+`, created_at) VALUES (`+marks+`)`, args...)
		if err != nil {
			return restoreFailed(e, err)
		}
		return b.entryWritten(ctx, tx, e.Kind(), e.CustomerID(), "", e.auditText())
	})
}

func restoreFailed(e Entry, err error) error {
	return lifecycle.Problemf(CodeRestoreRecord, lifecycle.Values{"Kind": e.Kind(), "ID": e.ID()},
		"put back %s %d: %w", e.Kind(), e.ID(), describe(err))
}

// entryWritten records a changed entry in the audit trail and brings the
// customer's summary and flags up to date: a purchase changed changes the
// spend, the models' figures and the flags as one added does.
func (b *Book) entryWritten(ctx context.Context, tx *sql.Tx, kind string, customerID int64, old, new string) error {
	now := b.Now()
	if err := b.audit(ctx, tx, customerID, now, kind, old, new); err != nil {
		return err
	}
	return b.refreshSummary(ctx, tx, customerID, now)
}

// storedAsShown checks that the entry is stored as e says and returns the
// time it was first stored.
func storedAsShown(ctx context.Context, tx *sql.Tx, e Entry) (int64, error) {
	stored, err := storedEntry(ctx, tx, e)
	if err != nil {
		return 0, err
	}
	if !slices.Equal(stored.values(), e.values()) {
		return 0, changedSince(e)
	}
	var created int64
	err = tx.QueryRowContext(ctx, `SELECT created_at FROM `+e.table()+` WHERE id = ?`, e.ID()).Scan(&created)
	return created, err
}

// storedEntry reads the entry e names as it is stored.
func storedEntry(ctx context.Context, tx *sql.Tx, e Entry) (Entry, error) {
	where, args := `id = ? AND customer_id = ?`, []any{e.ID(), e.CustomerID()}
	if e.Contact != nil {
		found, err := readContacts(ctx, tx, where, args...)
		if err != nil || len(found) != 1 {
			return e, cmp.Or(err, entryGone(e))
		}
		return ContactEntry(found[0]), nil
	}
	found, err := readPurchases(ctx, tx, where, args...)
	if err != nil || len(found) != 1 {
		return e, cmp.Or(err, entryGone(e))
	}
	return PurchaseEntry(found[0]), nil
}

func entryGone(e Entry) error {
	return lifecycle.Problemf(CodeRecordGone, lifecycle.Values{"Kind": e.Kind(), "ID": e.ID()},
		"%s %d is no longer in the book", e.Kind(), e.ID())
}

func changedSince(e Entry) error {
	return lifecycle.Problemf(CodeRecordChanged, lifecycle.Values{"Kind": e.Kind(), "ID": e.ID()},
		"%s %d was changed since it was shown, so it was left as it is", e.Kind(), e.ID())
}

// FindEntry reads the contact or purchase (kind, as the command line
// names it) with the id given, as "12" or "#12".
func (b *Book) FindEntry(ctx context.Context, kind, id string) (Entry, error) {
	kind = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(kind)), "s")
	if _, ok := entryColumns[kind]; !ok {
		return Entry{}, lifecycle.Problemf(CodeEntryKind, lifecycle.Values{"Kind": kind},
			"unknown kind of entry %q (use contact or purchase)", kind)
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(id), "#"), 10, 64)
	if err != nil || n <= 0 {
		return Entry{}, lifecycle.Problemf(CodeEntryID, lifecycle.Values{"ID": id}, "%q is not the id of an entry", id)
	}
	gone := entryGone(Entry{Contact: &lifecycle.Contact{ID: n}})
	if kind == "contact" {
		found, err := b.contacts(ctx, `id = ?`, n)
		if err != nil || len(found) != 1 {
			return Entry{}, cmp.Or(err, gone)
		}
		return ContactEntry(found[0]), nil
	}
	found, err := b.purchases(ctx, `id = ?`, n)
	if err != nil || len(found) != 1 {
		return Entry{}, cmp.Or(err, entryGone(Entry{Purchase: &lifecycle.Purchase{ID: n}}))
	}
	return PurchaseEntry(found[0]), nil
}
