package data

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

// bookState is customerState of every customer of ids, with the number
// of entries in the audit trail, to see that a change left nothing behind.
func bookState(t *testing.T, b *Book, ids []int64) string {
	t.Helper()
	var out strings.Builder
	for _, id := range ids {
		out.WriteString(customerState(t, b, id))
	}
	trail, err := b.auditTrail(context.Background(), "1 = 1")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range trail {
		out.WriteString(e.Field + ":" + e.Old + ">" + e.New + "\n")
	}
	return out.String()
}

// checkAsBefore checks that the customers of ids are as they were
// (before, from bookState) once a change is taken back, which the audit
// trail records after what it held.
func checkAsBefore(t *testing.T, b *Book, ids []int64, before string) {
	t.Helper()
	if after := bookState(t, b, ids); !strings.HasPrefix(after, before) {
		t.Errorf("after the undo the book is\n%s\nwant as before\n%s", after, before)
	}
}

// addSet adds customers by name in the phases given, in that order.
func addSet(t *testing.T, b *Book, phases ...string) []int64 {
	t.Helper()
	var ids []int64
	for i, phase := range phases {
		ids = append(ids, addCustomer(t, b, lifecycle.Customer{Name: []string{"Ada", "Bob", "Cy", "Dee"}[i], Phase: phase}))
	}
	return ids
}

func TestMovingASetIsOneChangeAndOneUndo(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	ids := addSet(t, b, "awareness", "retention", "loyalty")
	before := bookState(t, b, ids)
	changes, err := b.MoveCustomers(ctx, append(ids, ids[0]), "Loyalty", "quarterly review", lifecycle.Why{})
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 2 || changes[0].CustomerID != ids[0] || changes[1].CustomerID != ids[1] {
		t.Fatalf("moves = %+v, want Ada's and Bob's (Cy is there already)", changes)
	}
	for _, id := range ids {
		if c, _ := b.Customer(ctx, id); c.Phase != "loyalty" {
			t.Errorf("%s is in %s after the move", c.Name, c.Phase)
		}
	}
	trail, _ := b.auditTrail(ctx, "field = 'phase' AND new = 'loyalty'")
	if len(trail) != 2 {
		t.Errorf("the audit trail holds %d moves to loyalty, want one for Ada and one for Bob", len(trail))
	}
	if err := b.UndoMoves(ctx, changes); err != nil {
		t.Fatal(err)
	}
	checkAsBefore(t, b, ids, before)
}

func TestACustomerWhoCannotMoveStopsTheWholeSet(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	// Only a move out of an ended phase takes why it won the customer
	// back: Bob's, from awareness, cannot, and he is in the middle.
	ids := addSet(t, b, "lost", "awareness", "lost")
	before := bookState(t, b, ids)
	_, err := b.MoveCustomers(ctx, ids, "retention", "", lifecycle.Why{Note: "new budget"})
	var coded lifecycle.Coded
	if !errors.As(err, &coded) || coded.Code() != CodeSetStopped || !strings.Contains(err.Error(), "Bob (#") {
		t.Fatalf("err = %v, want the set stopped at Bob", err)
	}
	if after := bookState(t, b, ids); after != before {
		t.Errorf("a stopped set changed the book:\n%s\nwas\n%s", after, before)
	}
	if _, err := b.MoveCustomers(ctx, ids, "nowhere", "", lifecycle.Why{}); !errors.Is(err, lifecycle.ErrUnknownPhase) {
		t.Errorf("a move of a set to an unknown phase = %v", err)
	}
}

func TestAnUndoOfASetIsRefusedWholeWhenOneMovedAgain(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	ids := addSet(t, b, "awareness", "awareness")
	changes, err := b.MoveCustomers(ctx, ids, "retention", "", lifecycle.Why{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Move(ctx, ids[1], "loyalty", ""); err != nil {
		t.Fatal(err)
	}
	moved := bookState(t, b, ids)
	if err := b.UndoMoves(ctx, changes); err == nil || !strings.Contains(err.Error(), "Bob has moved again") {
		t.Fatalf("undo = %v, want it refused for Bob", err)
	}
	if after := bookState(t, b, ids); after != moved {
		t.Errorf("a refused undo changed the book:\n%s\nwas\n%s", after, moved)
	}
}

func TestEditingASetTagsEachAndUndoesAsOne(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	ids := addSet(t, b, "awareness", "retention", "loyalty")
	if _, err := b.EditCustomer(ctx, ids[1], func(c *lifecycle.Customer) error { c.Tags = []string{"vip"}; return nil }); err != nil {
		t.Fatal(err)
	}
	before := bookState(t, b, ids)
	edits, err := b.EditCustomers(ctx, ids, func(c *lifecycle.Customer) error {
		if !slices.Contains(c.Tags, "vip") {
			c.Tags = append(c.Tags, "vip")
		}
		c.Owner = "Kim"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(edits) != 3 || !edits[1].Changed() || edits[1].After.Owner != "Kim" {
		t.Fatalf("edits = %+v", edits)
	}
	tagged, _ := b.auditTrail(ctx, "field = 'tags' AND new = 'vip'")
	owned, _ := b.auditTrail(ctx, "field = 'owner' AND new = 'Kim'")
	if len(tagged) != 3 || len(owned) != 3 { // Bob's tag was set before, by hand
		t.Errorf("the audit trail holds %d tag changes and %d owner changes, want 3 and 3", len(tagged), len(owned))
	}
	if err := b.UndoEdits(ctx, edits); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if c, _ := b.Customer(ctx, id); c.Owner != "" || slices.Contains(c.Tags, "vip") != (id == ids[1]) {
			t.Errorf("after the undo %s has owner %q and tags %v", c.Name, c.Owner, c.Tags)
		}
	}
	checkAsBefore(t, b, ids, before)
}

func TestAFailingEditInTheMiddleLeavesTheSetAsItWas(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	ids := addSet(t, b, "awareness", "retention", "loyalty")
	before := bookState(t, b, ids)
	_, err := b.EditCustomers(ctx, ids, func(c *lifecycle.Customer) error {
		c.Tags = append(c.Tags, "vip")
		if c.Name == "Bob" {
			c.Tags = append(c.Tags, "a,b")
		}
		return nil
	})
	if err == nil || !strings.HasPrefix(err.Error(), "Bob (#") || !strings.HasSuffix(err.Error(), "nothing was changed") {
		t.Fatalf("err = %v, want the set stopped at Bob", err)
	}
	if after := bookState(t, b, ids); after != before {
		t.Errorf("a stopped edit changed Ada:\n%s\nwas\n%s", after, before)
	}
	if _, err := b.EditCustomers(ctx, []int64{ids[0], 9999}, func(*lifecycle.Customer) error { return nil }); err == nil ||
		!strings.HasPrefix(err.Error(), "(#9999): ") {
		t.Errorf("an edit of a set with a customer gone = %v", err)
	}
}

func TestArchivingASetAndBringingItBack(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	ids := addSet(t, b, "awareness", "retention", "loyalty")
	if err := b.Archive(ctx, ids[2], false); err != nil {
		t.Fatal(err)
	}
	before := bookState(t, b, ids)
	changed, err := b.ArchiveCustomers(ctx, ids, false)
	if err != nil || !slices.Equal(changed, ids[:2]) {
		t.Fatalf("archived %v, %v; want Ada and Bob (Cy was already)", changed, err)
	}
	for _, id := range ids {
		if c, _ := b.Customer(ctx, id); !c.Archived() {
			t.Errorf("%s is not archived", c.Name)
		}
	}
	if _, err := b.ArchiveCustomers(ctx, changed, true); err != nil {
		t.Fatal(err)
	}
	checkAsBefore(t, b, ids, before)
}
