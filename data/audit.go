package data

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"

	"tend/lifecycle"
)

// AuditEntry is one change of a customer's record: who changed which field
// from what to what, and when.
type AuditEntry struct {
	ID, CustomerID int64
	At             time.Time
	Who            string
	Field          string
	Old, New       string
}

// ServerRole names the role a server book was opened as, the user the
// server knows, read as the book opened; "" for a file, whose writers the
// file does not know.
func (b *Book) ServerRole() string { return b.role }

// User names the user whose changes these are: Who, else what WhoElse
// says, asked the first time.
func (b *Book) User() string {
	b.whoOnce.Do(func() {
		if b.Who == "" && b.WhoElse != nil {
			b.Who = b.WhoElse()
		}
	})
	return b.Who
}

// audit records one change of a field.
func (b *Book) audit(ctx context.Context, ex execer, id int64, at time.Time, field, old, new string) error {
	_, err := ex.ExecContext(ctx, `INSERT INTO audit (customer_id, at, who, field, old, new) VALUES (?, ?, ?, ?, ?, ?)`,
		id, at.Unix(), b.User(), field, old, new)
	if err != nil {
		return lifecycle.Problemf(CodeRecordChange, lifecycle.Values{"Field": field},
			"record the change of %s: %w", field, describe(err))
	}
	return nil
}

// auditProfile records each field of the profile that differs between
// before and after.
func (b *Book) auditProfile(ctx context.Context, ex execer, before, after lifecycle.Customer, at time.Time) error {
	for _, c := range profileChanges(before, after) {
		if err := b.audit(ctx, ex, after.ID, at, c.Field, c.Old, c.New); err != nil {
			return err
		}
	}
	return nil
}

// profileChanges are the fields of the profile that differ between before
// and after, as the audit trail names them and in its order: the fields
// of profileFields, then the details, each named by its key with spaces,
// as the other fields are.
func profileChanges(before, after lifecycle.Customer) []FieldChange {
	var out []FieldChange
	for _, f := range profileFields {
		if old, new := f.value(before), f.value(after); old != new {
			out = append(out, FieldChange{f.name, old, new})
		}
	}
	was := before.Details.Fields()
	for i, f := range after.Details.Fields() {
		if old, new := *was[i].Value, *f.Value; old != new {
			out = append(out, FieldChange{strings.ReplaceAll(f.Key, "_", " "), old, new})
		}
	}
	return out
}

// profileFields are the fields of a profile the audit trail follows, by
// the names it gives them.
var profileFields = []struct {
	name  string
	value func(lifecycle.Customer) string
}{
	{"name", func(c lifecycle.Customer) string { return c.Name }},
	{"company", func(c lifecycle.Customer) string { return c.Company }},
	{"e-mail", func(c lifecycle.Customer) string { return c.Email }},
	{"phone", func(c lifecycle.Customer) string { return c.Phone }},
	{"owner", func(c lifecycle.Customer) string { return c.Owner }},
	{"value", func(c lifecycle.Customer) string { return c.Value.String() }},
	{"promoter", func(c lifecycle.Customer) string { return strconv.FormatBool(c.Promoter) }},
	{"do not contact", func(c lifecycle.Customer) string { return strconv.FormatBool(c.DoNotContact) }},
	{"tags", func(c lifecycle.Customer) string { return strings.Join(c.Tags, ", ") }},
	{"other e-mails", func(c lifecycle.Customer) string { return strings.Join(c.OtherEmails, ", ") }},
	{"other phones", func(c lifecycle.Customer) string { return strings.Join(c.OtherPhones, ", ") }},
}

// auditTrail reads the audit entries the condition lets through, oldest
// first.
func (b *Book) auditTrail(ctx context.Context, where string, args ...any) ([]AuditEntry, error) {
	rows, err := b.reader.QueryContext(ctx, `SELECT id, customer_id, at, who, field, old, new FROM audit WHERE `+where+` ORDER BY at, id`, args...)
	if err != nil {
		return nil, lifecycle.Problemf(CodeReadAuditTrail, nil, "read the audit trail: %w", describe(err))
	}
	defer rows.Close()
	out := []AuditEntry{}
	for rows.Next() {
		var e AuditEntry
		var at int64
		if err := rows.Scan(&e.ID, &e.CustomerID, &at, &e.Who, &e.Field, &e.Old, &e.New); err != nil {
			return nil, lifecycle.Problemf(CodeReadAuditTrail, nil, "read the audit trail: %w", describe(err))
		}
		e.At = time.Unix(at, 0)
		out = append(out, e)
	}
	return out, rows.Err()
}

// AuditRecord is an audit entry as exported, with its customer's name (an
// erased customer's entries are gone with it).
type AuditRecord struct {
	ID           int64  `json:"id"`
	CustomerID   int64  `json:"customer_id"`
	CustomerName string `json:"customer_name"`
	At           string `json:"at"`
	Who          string `json:"who"`
	Field        string `json:"field"`
	Old          string `json:"old"`
	New          string `json:"new"`
}

// AuditColumns are the CSV columns of an exported audit entry, in order.
var AuditColumns = []string{"id", "customer_id", "customer_name", "at", "who", "field", "old", "new"}

// CSV flattens the record into AuditColumns.
func (r AuditRecord) CSV() []string {
	return []string{strconv.FormatInt(r.ID, 10), strconv.FormatInt(r.CustomerID, 10), r.CustomerName, r.At, r.Who, r.Field, r.Old, r.New}
}

func (b *Book) eachAuditRecord(ctx context.Context, fn func(csvRecord) error) error {
	return b.eachRow(ctx, `SELECT a.id, a.customer_id, c.name, a.at, a.who, a.field, a.old, a.new
		FROM audit a JOIN customers c ON c.id = a.customer_id ORDER BY a.id`, func(rows *sql.Rows) error {
		var r AuditRecord
		var at int64
		if err := rows.Scan(&r.ID, &r.CustomerID, &r.CustomerName, &at, &r.Who, &r.Field, &r.Old, &r.New); err != nil {
			return err
		}
		r.At = rfc3339(time.Unix(at, 0))
		return fn(r)
	})
}
