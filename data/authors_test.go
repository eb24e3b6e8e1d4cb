package data

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// TestEveryEntryRecordsWhoMadeIt has two users share a book: each contact,
// purchase and move, and the phase a customer starts in, names the user
// who made it.
func TestEveryEntryRecordsWhoMadeIt(t *testing.T) {
	b := openTestBook(t)
	b.Who = "anna"
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "awareness", CreatedAt: daysBefore(30)})
	contactAt(t, b, id, daysBefore(3), lifecycle.Positive, false, testNow.AddDate(0, 0, 5))
	b.Who = "ben"
	buyAt(t, b, id, daysBefore(2), 5000)
	if _, err := b.Move(context.Background(), id, "retention", "signed"); err != nil {
		t.Fatal(err)
	}
	h := history(t, b, id)
	var moves []string
	for _, ch := range h.PhaseChanges {
		moves = append(moves, ch.To+" by "+ch.Who)
	}
	if got := strings.Join(moves, ", "); got != "awareness by anna, retention by ben" {
		t.Errorf("moves = %s", got)
	}
	if len(h.Contacts) != 1 || h.Contacts[0].Who != "anna" || len(h.Purchases) != 1 || h.Purchases[0].Who != "ben" {
		t.Errorf("contacts %+v, purchases %+v; want anna's call and ben's purchase", h.Contacts, h.Purchases)
	}
	// A caller cannot log an entry in another's name.
	if _, err := b.LogContact(context.Background(), lifecycle.Contact{CustomerID: id, At: daysBefore(1), Kind: lifecycle.Call,
		Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: "call", Who: "carla"}); err != nil {
		t.Fatal(err)
	}
	if h, _ := b.History(context.Background(), id); h.Contacts[1].Who != "ben" {
		t.Errorf("contact logged by ben as carla names %q", h.Contacts[1].Who)
	}
}

// TestAnExportCarriesWhoMadeEachEntry exports contacts and purchases with
// their authors, and an import takes the column back: an empty cell is an
// unknown author, as exported; a file without the column is the
// importer's.
func TestAnExportCarriesWhoMadeEachEntry(t *testing.T) {
	b := openTestBook(t)
	b.Who = "anna"
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Email: "a@acme.example", Phase: "retention", CreatedAt: daysBefore(30)})
	contactAt(t, b, id, daysBefore(3), lifecycle.Positive, false, testNow.AddDate(0, 0, 5))
	buyAt(t, b, id, daysBefore(2), 5000)
	contacts, purchases := string(exportCSV(t, b, Contacts)), string(exportCSV(t, b, Purchases))
	if !strings.HasSuffix(contacts, ",anna\n") || !strings.HasSuffix(purchases, ",anna\n") {
		t.Fatalf("exports without their author:\n%s%s", contacts, purchases)
	}

	into := openTestBook(t)
	into.Who = "ben"
	mustImportText(t, into, Customers, string(exportCSV(t, b, Customers)), ImportOptions{})
	mustImportText(t, into, Contacts, contacts, ImportOptions{})
	mustImportText(t, into, Purchases, strings.Replace(purchases, ",anna\n", ",\n", 1), ImportOptions{})
	mustImportText(t, into, Contacts, "Customer,Date,Summary\na@acme.example,2026-01-05,note\n", ImportOptions{})
	h := history(t, into, id)
	var got []string
	for _, c := range h.Contacts {
		got = append(got, c.Summary+" by "+c.Who)
	}
	if strings.Join(got, ", ") != "note by ben, call by anna" || len(h.Purchases) != 1 || h.Purchases[0].Who != "" {
		t.Errorf("imported contacts %v, purchases %+v; want the note by ben, the call by anna, the purchase by nobody known", got, h.Purchases)
	}
}

// TestAnEntryPutBackKeepsItsAuthor: ben deletes anna's call and takes the
// deletion back; the call is anna's still.
func TestAnEntryPutBackKeepsItsAuthor(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	b.Who = "anna"
	id := addCustomer(t, b, lifecycle.Customer{Name: "Acme", Phase: "retention", CreatedAt: daysBefore(30)})
	contactAt(t, b, id, daysBefore(3), lifecycle.Positive, false, time.Time{})
	b.Who = "ben"
	h := history(t, b, id)
	removed, err := b.RemoveEntry(ctx, ContactEntry(h.Contacts[0]))
	if err != nil {
		t.Fatal(err)
	}
	if err := b.RestoreEntry(ctx, removed); err != nil {
		t.Fatal(err)
	}
	if h, err := b.History(ctx, id); err != nil || len(h.Contacts) != 1 || h.Contacts[0].Who != "anna" {
		t.Errorf("the call put back: %+v, %v; want anna's", h.Contacts, err)
	}
}

// TestTriageListsMineFirst: of two customers flagged alike, the one whose
// owner is mine leads, whatever the case of the owner's name.
func TestTriageListsMineFirst(t *testing.T) {
	b := openTestBook(t)
	var ids []int64
	for _, owner := range []string{"Anna", "Ben"} {
		id := addCustomer(t, b, lifecycle.Customer{Name: "Customer of " + owner, Owner: owner, Phase: "retention", CreatedAt: daysBefore(30)})
		contactAt(t, b, id, daysBefore(4), lifecycle.Negative, false, time.Time{})
		contactAt(t, b, id, daysBefore(2), lifecycle.Negative, false, time.Time{})
		ids = append(ids, id)
	}
	for _, tt := range []struct {
		mine string
		want []int64
	}{{"", ids}, {"ben", []int64{ids[1], ids[0]}}, {"anna", ids}} {
		list, err := b.TriageList(context.Background(), "", tt.mine)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, e := range list {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("triage for %q lists %v, want %v", tt.mine, got, tt.want)
		}
	}
}

// TestMeIsEachUsersOwnOwnerName: anna and ben share a book; each one's
// owner name is their user name until they set another, and one setting
// theirs leaves the other's.
func TestMeIsEachUsersOwnOwnerName(t *testing.T) {
	ctx := context.Background()
	b := openTestBook(t)
	b.Who = "anna"
	if err := b.SetMe(ctx, " Anna Fischer "); err != nil {
		t.Fatal(err)
	}
	b.Who = "ben"
	if me, err := b.Me(ctx); err != nil || me != "ben" {
		t.Errorf("ben's owner name = %q, %v; want ben", me, err)
	}
	b.Who = "anna"
	if me, err := b.Me(ctx); err != nil || me != "Anna Fischer" {
		t.Errorf("anna's owner name = %q, %v; want Anna Fischer", me, err)
	}
	if err := b.SetMe(ctx, strings.Repeat("x", lifecycle.MaxTextChars+1)); !hasCode(err, lifecycle.CodeLimit) {
		t.Errorf("an owner name over the limit: %v", err)
	}
	if err := b.SetMe(ctx, ""); err != nil {
		t.Fatal(err)
	}
	if me, err := b.Me(ctx); err != nil || me != "anna" {
		t.Errorf("anna's owner name after a reset = %q, %v; want anna", me, err)
	}
}
