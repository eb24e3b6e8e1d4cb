package data

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

// customerState is everything the book holds about a customer but the
// audit trail and the time of its last change, as text to compare.
func customerState(t *testing.T, b *Book, id int64) string {
	t.Helper()
	var out strings.Builder
	for _, table := range []string{"customers", "triage", "phase_changes", "contacts", "flags"} {
		key := "customer_id"
		if table == "customers" {
			key = "id"
		}
		rows, err := b.reader.Query(`SELECT * FROM `+table+` WHERE `+key+` = ?`, id)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "%s:", table)
		writeRows(t, &out, rows)
		out.WriteString("\n")
	}
	return out.String()
}

func writeRows(t *testing.T, out *strings.Builder, rows *sql.Rows) {
	t.Helper()
	defer rows.Close()
	cols, _ := rows.Columns()
	var lines []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var line strings.Builder
		for i, c := range cols {
			if c != "updated_at" {
				fmt.Fprintf(&line, " %s=%v", c, vals[i])
			}
		}
		lines = append(lines, line.String())
	}
	slices.Sort(lines) // in no order: the flags have no row ids
	out.WriteString(strings.Join(lines, ";"))
}

func TestATriageActionUndoneLeavesTheCustomerAsBefore(t *testing.T) {
	ctx := context.Background()
	attempt := func(b *Book, id int64) (TriageStep, error) {
		return b.LogAttempt(ctx, lifecycle.Contact{CustomerID: id, At: testNow, Kind: lifecycle.Call, Direction: lifecycle.Out,
			Sentiment: lifecycle.Neutral, Summary: "asked how they are doing"})
	}
	actions := []struct {
		what     string
		customer string
		act      func(*Book, int64) (TriageStep, error)
	}{
		{"snooze", "Late Follow-up", func(b *Book, id int64) (TriageStep, error) { return b.Snooze(ctx, id, testNow.AddDate(0, 0, 30)) }},
		{"attempt", "Lost Ltd", attempt},
		{"give up", "Unhappy Ltd", func(b *Book, id int64) (TriageStep, error) { return b.GiveUp(ctx, id, lifecycle.Why{}) }},
		{"won back, moved", "Quiet Lead", func(b *Book, id int64) (TriageStep, error) { return b.WonBack(ctx, id, lifecycle.Why{}) }},
		{"won back in place", "Regular Ltd", func(b *Book, id int64) (TriageStep, error) { return b.WonBack(ctx, id, lifecycle.Why{}) }},
	}
	for _, a := range actions {
		t.Run(a.what, func(t *testing.T) {
			b := riskBook(t)
			id := customerNamed(t, b, a.customer).ID
			// A second round starts from a triage state the first one left.
			for round := range 2 {
				before := customerState(t, b, id)
				step, err := a.act(b, id)
				if err != nil {
					t.Fatal(err)
				}
				if customerState(t, b, id) == before {
					t.Fatalf("round %d: the action changed nothing", round)
				}
				if err := b.UndoTriage(ctx, step); err != nil {
					t.Fatalf("round %d: undo: %v", round, err)
				}
				if after := customerState(t, b, id); after != before {
					t.Errorf("round %d: after the undo\n%s\nwant as before\n%s", round, after, before)
				}
				if _, err := b.Snooze(ctx, id, testNow.AddDate(0, 0, 2)); err != nil {
					t.Fatal(err)
				}
			}
			checkStoredFlags(t, b, "after the undo")
		})
	}
}

func TestATriageUndoOverALaterChangeIsRefused(t *testing.T) {
	ctx := context.Background()
	b := riskBook(t)
	lead := customerNamed(t, b, "Quiet Lead").ID
	wonBack, err := b.WonBack(ctx, lead, lifecycle.Why{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Move(ctx, lead, "retention", ""); err != nil {
		t.Fatal(err)
	}
	late := customerNamed(t, b, "Late Follow-up").ID
	snoozed, err := b.Snooze(ctx, late, testNow.AddDate(0, 0, 30))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Snooze(ctx, late, testNow.AddDate(0, 0, 60)); err != nil { // another tend
		t.Fatal(err)
	}
	for _, c := range []struct {
		step TriageStep
		want string
	}{
		{wonBack, "Quiet Lead has moved again since, so the move was not undone"},
		{snoozed, "Late Follow-up was dealt with again since, so it was not undone"},
	} {
		before := customerState(t, b, c.step.CustomerID)
		err := b.UndoTriage(ctx, c.step)
		if err == nil || err.Error() != c.want {
			t.Errorf("undo over a later change: %v, want %q", err, c.want)
		}
		if after := customerState(t, b, c.step.CustomerID); after != before {
			t.Errorf("a refused undo changed the book:\n%s\nwas\n%s", after, before)
		}
	}
}

func TestATriageUndoIsInTheAuditTrail(t *testing.T) {
	ctx := context.Background()
	b := riskBook(t)
	id := customerNamed(t, b, "Unhappy Ltd").ID
	step, err := b.GiveUp(ctx, id, lifecycle.Why{})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.UndoTriage(ctx, step); err != nil {
		t.Fatal(err)
	}
	trail, err := b.auditTrail(ctx, `customer_id = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range trail {
		got = append(got, e.Field+": "+e.Old+" → "+e.New)
	}
	want := []string{"phase: retention → lost", "do not contact: false → true", "phase: lost → retention", "do not contact: true → false"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("audit trail\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
