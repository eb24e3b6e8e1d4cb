package data

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"tend/lifecycle"
)

// Format is how an export writes its records.
type Format string

// The export formats: CSV with a header line of the record's columns, or a
// JSON array of records.
const (
	CSV  Format = "csv"
	JSON Format = "json"
)

// ParseFormat reads csv, json or vcard (or vcf).
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case CSV, JSON, VCard:
		return f, nil
	case "vcf":
		return VCard, nil
	}
	return "", lifecycle.Problemf(CodeFormatUnknown, lifecycle.Values{"Format": s}, "unknown format %q (use csv, json or vcard)", s)
}

// Export writes every customer (archived ones too), contact or purchase of
// the book to w, oldest id first, one record at a time so that memory stays
// small on a large book. Contacts and purchases name their customer by id,
// e-mail and name, so that an import into another book finds it. It
// returns how many records it wrote.
func (b *Book) Export(ctx context.Context, what Entity, f Format, w io.Writer) (int, error) {
	if f == VCard {
		return b.exportVCard(ctx, what, w)
	}
	var columns []string
	var each func(context.Context, func(csvRecord) error) error
	switch what {
	case Customers:
		columns, each = CustomerColumns, b.eachCustomerRecord
	case Contacts:
		columns, each = ContactColumns, b.eachContactRecord
	case Purchases:
		columns, each = PurchaseColumns, b.eachPurchaseRecord
	case AuditTrail:
		columns, each = AuditColumns, b.eachAuditRecord
	default:
		return 0, lifecycle.Problemf(CodeExportKind, lifecycle.Values{"Kind": what},
			"unknown kind of record %q (use customers, contacts, purchases or history)", what)
	}
	out := newRecordWriter(f, columns, w)
	n := 0
	err := each(ctx, func(rec csvRecord) error {
		n++
		return out.write(rec)
	})
	if err == nil {
		err = out.close()
	}
	if err != nil {
		return n, lifecycle.Problemf(CodeExport, lifecycle.Values{"What": what}, "export %s: %w", what, err)
	}
	return n, nil
}

// csvRecord is a record that flattens itself into CSV cells.
type csvRecord interface{ CSV() []string }

// recordWriter writes records in one format: CSV under a header line of
// its columns, or a JSON array with a record on each line.
type recordWriter struct {
	format      Format
	columns     []string
	w           *bufio.Writer
	csv         *CSVWriter
	started     bool
	wroteRecord bool
}

func newRecordWriter(f Format, columns []string, w io.Writer) *recordWriter {
	buf := bufio.NewWriter(w)
	return &recordWriter{format: f, columns: columns, w: buf, csv: NewCSVWriter(buf)}
}

func (rw *recordWriter) write(rec csvRecord) error {
	if err := rw.start(); err != nil {
		return err
	}
	if rw.format == CSV {
		return rw.csv.Write(rec.CSV())
	}
	line, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	sep := ",\n  "
	if !rw.wroteRecord {
		sep, rw.wroteRecord = "\n  ", true
	}
	_, err = fmt.Fprintf(rw.w, "%s%s", sep, line)
	return err
}

// start writes what comes before the first record: the CSV header, or the
// opening of the JSON array.
func (rw *recordWriter) start() error {
	if rw.started {
		return nil
	}
	rw.started = true
	if rw.format == CSV {
		return rw.csv.Write(rw.columns)
	}
	_, err := rw.w.WriteString("[")
	return err
}

// close ends the output; an export of nothing is a header alone, or [].
func (rw *recordWriter) close() error {
	if err := rw.start(); err != nil {
		return err
	}
	if rw.format == CSV {
		if err := rw.csv.Flush(); err != nil {
			return err
		}
		return rw.w.Flush()
	}
	end := "\n]\n"
	if !rw.wroteRecord {
		end = "]\n"
	}
	if _, err := rw.w.WriteString(end); err != nil {
		return err
	}
	return rw.w.Flush()
}

func (b *Book) eachCustomerRecord(ctx context.Context, fn func(csvRecord) error) error {
	lc, err := b.Lifecycle(ctx)
	if err != nil {
		return err
	}
	return b.eachRow(ctx, `SELECT `+customerColumns+` FROM customers c ORDER BY c.id`, func(rows *sql.Rows) error {
		c, err := scanCustomer(rows)
		if err != nil {
			return err
		}
		return fn(NewCustomerRecord(c, lc))
	})
}

func (b *Book) eachContactRecord(ctx context.Context, fn func(csvRecord) error) error {
	return b.eachRow(ctx, `SELECT x.id, x.customer_id, x.at, x.kind, x.direction, x.summary, x.sentiment, x.moment,
		x.follow_up_at, x.who, c.email, c.name, coalesce(x.follow_up_state, ''), x.follow_up_moved_to,
		x.follow_up_closed_at, coalesce(x.follow_up_closed_by, '')
		FROM contacts x JOIN customers c ON c.id = x.customer_id ORDER BY x.id`,
		func(rows *sql.Rows) error {
			var x lifecycle.Contact
			var at int64
			var follow, movedTo, closedAt sql.NullInt64
			var email, name, state, closedBy string
			if err := rows.Scan(&x.ID, &x.CustomerID, &at, &x.Kind, &x.Direction, &x.Summary, &x.Sentiment, &x.Moment, &follow, &x.Who,
				&email, &name, &state, &movedTo, &closedAt, &closedBy); err != nil {
				return err
			}
			x.At, x.FollowUp = time.Unix(at, 0), timeOf(follow)
			rec := NewContactRecord(x)
			rec.CustomerEmail, rec.CustomerName = email, name
			rec.FollowUpState, rec.FollowUpClosedBy = state, closedBy
			rec.FollowUpMovedTo, rec.FollowUpClosedAt = optionalTime(timeOf(movedTo)), optionalTime(timeOf(closedAt))
			return fn(rec)
		})
}

func (b *Book) eachPurchaseRecord(ctx context.Context, fn func(csvRecord) error) error {
	return b.eachRow(ctx, `SELECT p.id, p.customer_id, p.at, p.amount_cents, p.currency, p.note, p.who, c.email, c.name
		FROM purchases p JOIN customers c ON c.id = p.customer_id ORDER BY p.id`,
		func(rows *sql.Rows) error {
			var p lifecycle.Purchase
			var at, amount int64
			var email, name string
			if err := rows.Scan(&p.ID, &p.CustomerID, &at, &amount, &p.Currency, &p.Note, &p.Who, &email, &name); err != nil {
				return err
			}
			p.At, p.Amount = time.Unix(at, 0), lifecycle.Money(amount)
			rec := NewPurchaseRecord(p)
			rec.CustomerEmail, rec.CustomerName = email, name
			return fn(rec)
		})
}

// eachRow runs a query on the book's read connections and calls fn with
// each row of its result.
func (b *Book) eachRow(ctx context.Context, query string, fn func(*sql.Rows) error, args ...any) error {
	rows, err := b.reader.QueryContext(ctx, query, args...)
	if err != nil {
		return describe(err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return describe(err)
		}
	}
	if err := rows.Err(); err != nil {
		return describe(err)
	}
	return nil
}
