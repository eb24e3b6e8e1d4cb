package data

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"tend/lifecycle"
)

// trail writes a customer's audit trail as lines that read as a history
// says them: "field: old → new, by who", "field set to new, by who" or
// "field cleared (was old), by who".
func trail(t *testing.T, b *Book, id int64) []string {
	t.Helper()
	h, err := b.History(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range h.Audit {
		var what string
		switch {
		case e.Old == "":
			what = e.Field + " set to " + e.New
		case e.New == "":
			what = e.Field + " cleared (was " + e.Old + ")"
		default:
			what = e.Field + ": " + e.Old + " → " + e.New
		}
		out = append(out, what+", by "+e.Who)
	}
	return out
}

// changeAsAnnaThenBen edits and moves the customer as anna, then as ben
// undoes the move, archives and restores, snoozes, gives up and imports a
// new phone.
func changeAsAnnaThenBen(t *testing.T, b *Book, id int64) {
	t.Helper()
	ctx := context.Background()
	b.Who = "anna"
	if _, err := b.EditCustomer(ctx, id, func(c *lifecycle.Customer) error {
		c.Email, c.Value, c.Tags = "ada@new.de", 120000, []string{"vip"}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	move, err := b.Move(ctx, id, "conversion", "")
	if err != nil {
		t.Fatal(err)
	}
	b.Who = "ben"
	if err := b.UndoMove(ctx, move); err != nil {
		t.Fatal(err)
	}
	b.Archive(ctx, id, false)
	b.Archive(ctx, id, true)
	b.Snooze(ctx, id, testNow.AddDate(0, 0, 7))
	b.GiveUp(ctx, id, lifecycle.Why{})
	mustImportText(t, b, Customers, fmt.Sprintf("id,name,phone\n%d,Ada,+49 30 1\n", id), ImportOptions{OnDuplicate: DuplicateUpdate})
}

func TestEveryChangeOfACustomerIsAudited(t *testing.T) {
	b := openTestBook(t)
	b.Who = "anna"
	ctx := context.Background()
	id := addCustomer(t, b, lifecycle.Customer{Name: "Ada", Email: "ada@old.de", Phase: "acquisition", CreatedAt: daysBefore(10)})
	changeAsAnnaThenBen(t, b, id)
	want := []string{
		"e-mail: ada@old.de → ada@new.de, by anna",
		"value: 0.00 → 1200.00, by anna",
		"tags set to vip, by anna",
		"phase: acquisition → conversion, by anna",
		"phase: conversion → acquisition, by ben",
		"archived: false → true, by ben",
		"archived: true → false, by ben",
		"snoozed until set to 2026-03-17, by ben",
		"phase: acquisition → lost, by ben",
		"do not contact: false → true, by ben",
		"phone set to +49 30 1, by ben",
	}
	got := trail(t, b, id)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("audit trail:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	h, _ := b.History(ctx, id)
	edits := 0
	for _, e := range h.Events() {
		if e.Edit != nil {
			edits++
			if e.Edit.Field == "phase" {
				t.Error("a move is on the timeline twice")
			}
		}
	}
	if edits != len(want)-3 {
		t.Errorf("%d edits on the timeline, want %d", edits, len(want)-3)
	}
	if _, err := b.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	var left int
	b.reader.QueryRow(`SELECT count(*) FROM audit`).Scan(&left)
	if left != 0 {
		t.Errorf("%d audit entries outlive the erased customer", left)
	}
}
