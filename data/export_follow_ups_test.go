package data

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// followUpBook holds a follow-up in each state: moved, done by ann,
// answered by a later contact, and open.
func followUpBook(t *testing.T) *Book {
	t.Helper()
	b := openTestBook(t)
	b.Who = "ann"
	ctx := context.Background()
	acme := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Email: "acme@example.org", Phase: "retention", CreatedAt: daysBefore(30)})
	bolt := addCustomer(t, b, lifecycle.Customer{Name: "Bolt", Email: "bolt@example.org", Phase: "retention", CreatedAt: daysBefore(30)})
	moved := logFollowUp(t, b, acme, daysBefore(9), daysAfter(2), "quote sent")
	if _, err := b.MoveFollowUp(ctx, moved, daysAfter(9)); err != nil {
		t.Fatal(err)
	}
	done := logFollowUp(t, b, bolt, daysBefore(8), daysAfter(1), "samples sent")
	if _, err := b.FinishFollowUp(ctx, done); err != nil {
		t.Fatal(err)
	}
	b.Who = "ben"
	logFollowUp(t, b, bolt, daysBefore(7), daysAfter(3), "asked for a date")
	logFollowUp(t, b, bolt, daysBefore(2), daysAfter(5), "date set")
	return b
}

// statesOf lists each contact's follow-up as stored: state, moved to,
// closed at and by.
func statesOf(t *testing.T, b *Book) []string {
	t.Helper()
	rows, err := b.reader.Query(`SELECT coalesce(follow_up_state, '-'), coalesce(follow_up_moved_to, 0),
		coalesce(follow_up_closed_at, 0), coalesce(follow_up_closed_by, '-') FROM contacts ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var state, by string
		var moved, closed int64
		if err := rows.Scan(&state, &moved, &closed, &by); err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Join([]string{state, time.Unix(moved, 0).UTC().Format(time.DateOnly),
			time.Unix(closed, 0).UTC().Format(time.DateTime), by}, " "))
	}
	return out
}

// TestAFollowUpsStateSurvivesAnExportAndImport exports the contacts with
// their follow-ups' states and imports them into an empty book: each
// state, new day and closing comes back as it was, and the agendas agree.
// The JSON export carries them too.
func TestAFollowUpsStateSurvivesAnExportAndImport(t *testing.T) {
	src := followUpBook(t)
	want := statesOf(t, src)
	if !slices.Equal(want[:2], []string{"moved 2026-03-19 1970-01-01 00:00:00 -", "done 1970-01-01 2026-03-10 09:30:00 ann"}) ||
		!strings.HasPrefix(want[2], "answered ") || !strings.HasSuffix(want[2], " ben") || !strings.HasPrefix(want[3], "open ") {
		t.Fatalf("the source book's follow-ups are %q", want)
	}
	exported := exportCSV(t, src, Contacts)
	if !bytes.HasPrefix(exported, []byte("id,customer_id,customer_email,customer_name,at,kind,direction,summary,sentiment,moment,follow_up,"+
		"follow_up_state,follow_up_moved_to,follow_up_closed_at,follow_up_closed_by,who\n")) {
		t.Errorf("the contacts' export starts %q", exported[:min(len(exported), 200)])
	}
	dst := openTestBook(t)
	importCSV(t, dst, Customers, exportCSV(t, src, Customers))
	importCSV(t, dst, Contacts, exported)
	if got := statesOf(t, dst); !slices.Equal(got, want) {
		t.Errorf("imported, the follow-ups are\n%q\nwant\n%q", got, want)
	}
	if got, before := agendaNames(t, dst, 14), agendaNames(t, src, 14); !slices.Equal(got, before) {
		t.Errorf("imported, the agenda holds %q, want %q", got, before)
	}
	if got, again := csvRows(t, exported), csvRows(t, exportCSV(t, dst, Contacts)); !slices.EqualFunc(got, again, slices.Equal) {
		t.Errorf("exported again:\n%q\nfirst:\n%q", again, got)
	}
	var js bytes.Buffer
	if _, err := src.Export(context.Background(), Contacts, JSON, &js); err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{`"follow_up_state":"moved","follow_up_moved_to":"2026-03-19T`, `"follow_up_state":"done","follow_up_closed_at":"2026-03-10T`, `"follow_up_closed_by":"ann"`} {
		if !strings.Contains(js.String(), part) {
			t.Errorf("the JSON export lacks %s:\n%s", part, js.String())
		}
	}
}

// importCSV imports a file into b, which must take it whole.
func importCSV(t *testing.T, b *Book, what Entity, file []byte) {
	t.Helper()
	r, err := b.Import(context.Background(), what, bytes.NewReader(file), ImportOptions{File: string(what) + ".csv"})
	if err != nil || len(r.Ignored) != 0 {
		t.Fatalf("import %s: %+v (%v)", what, r, err)
	}
}

// TestAnImportRefusesAFollowUpStateThatDoesNotFit names the row and
// column of a state unknown, without a follow-up, or with a day moved to
// that does not fit it, and stores none of them.
func TestAnImportRefusesAFollowUpStateThatDoesNotFit(t *testing.T) {
	b := openTestBook(t)
	addCustomer(t, b, lifecycle.Customer{Name: "Acme", Email: "acme@example.org"})
	file := "customer_email,at,summary,follow_up,follow_up_state,follow_up_moved_to\n" +
		"acme@example.org,2026-03-01,a,2026-03-20,snoozed,\n" +
		"acme@example.org,2026-03-02,b,,done,\n" +
		"acme@example.org,2026-03-03,c,2026-03-20,moved,\n" +
		"acme@example.org,2026-03-04,d,2026-03-20,open,2026-03-25\n"
	_, err := b.Import(context.Background(), Contacts, strings.NewReader(file), ImportOptions{File: "contacts.csv"})
	var refused *ImportError
	if !errors.As(err, &refused) {
		t.Fatalf("the import gave %v, want the rows refused", err)
	}
	var got []string
	for _, e := range refused.Rows {
		got = append(got, e.Column+" "+codeIn(e.Err))
	}
	want := []string{"follow_up_state " + CodeFollowUpState, "follow_up_state " + CodeFollowUpAlone,
		"follow_up_moved_to " + CodeFollowUpNoDay, "follow_up_moved_to " + CodeFollowUpNoMove}
	if !slices.Equal(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
	if got := statesOf(t, b); len(got) != 0 {
		t.Errorf("a refused import stored %q", got)
	}
}

// codeIn is the code of the first coded error in err's chain.
func codeIn(err error) string {
	var c lifecycle.Coded
	if errors.As(err, &c) {
		return c.Code()
	}
	return ""
}

// FuzzParseFollowUpState takes the four states in any case and spacing,
// as they are, and refuses anything else with its code.
func FuzzParseFollowUpState(f *testing.F) {
	for _, s := range []string{"open", " Moved ", "ANSWERED", "done", "", "snoozed", "döne", "open\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseFollowUpState(s)
		want := strings.ToLower(strings.TrimSpace(s))
		known := slices.Contains([]string{FollowUpOpen, FollowUpMoved, FollowUpAnswered, FollowUpDone}, want)
		switch {
		case known && (err != nil || got != want):
			t.Fatalf("parseFollowUpState(%q) = %q, %v; want %q", s, got, err, want)
		case !known && (err == nil || !hasCode(err, CodeFollowUpState)):
			t.Fatalf("parseFollowUpState(%q) = %q, %v; want %s", s, got, err, CodeFollowUpState)
		}
	})
}
