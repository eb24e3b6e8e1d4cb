package data

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"tend/lifecycle"
)

// mergePair adds the two records of one person a merge test starts from:
// keep, a lead with a contact, and other, a customer who owns, with
// contacts (one setting a follow-up), purchases, a note, a snooze, tags,
// a company, a phone and an address.
func mergePair(t *testing.T, b *Book, marker string) (keep, other int64) {
	t.Helper()
	keep = addCustomer(t, b, lifecycle.Customer{Name: "Anna Schmidt", Email: "anna@schmidt.example", Phase: "acquisition",
		Tags: []string{"vip"}, CreatedAt: daysBefore(100)})
	other = addCustomer(t, b, lifecycle.Customer{Name: "Anna Schmidt " + marker, Email: "anna@" + marker + ".example",
		Phone: "+49 30 1234567", Company: "Laden " + marker, Owner: "ben", Phase: "retention", Value: 120000,
		Tags: []string{"laden", "VIP"}, CreatedAt: daysBefore(200), OtherEmails: []string{"a.s@" + marker + ".example"},
		Details: lifecycle.Details{Street: marker + "weg 1", City: "Berlin", GivenName: "Anna"}})
	contactAt(t, b, keep, daysBefore(20), lifecycle.Positive, false, testNow.AddDate(0, 0, 5))
	contactAt(t, b, other, daysBefore(90), lifecycle.Neutral, true, daysBefore(80))
	contactAt(t, b, other, daysBefore(60), lifecycle.Negative, false, daysBefore(10))
	buyAt(t, b, other, daysBefore(150), 5000)
	buyAt(t, b, other, daysBefore(50), 7000)
	noteAndSnooze(t, b, other, marker)
	return keep, other
}

// mergeState says what the book holds of a customer, that a merge and its
// undo must leave as it was: the profile, tags, phase and its time, the
// history's rows and their ids, the triage state, flags and summaries. The
// audit trail is auditIDs'.
func mergeState(t *testing.T, b *Book, id int64) string {
	t.Helper()
	ctx := context.Background()
	c, err := b.Customer(ctx, id)
	if err != nil {
		return "gone: " + err.Error()
	}
	c.UpdatedAt = testNow
	out := fmt.Sprintf("%+v\n", c)
	for _, q := range []string{
		`SELECT id, at, kind, summary, coalesce(follow_up_state, '') FROM contacts WHERE customer_id = ? ORDER BY id`,
		`SELECT id, at, amount_cents, '', '' FROM purchases WHERE customer_id = ? ORDER BY id`,
		`SELECT id, at, coalesce(from_phase, ''), to_phase, reason FROM phase_changes WHERE customer_id = ? ORDER BY id`,
		`SELECT customer_id, coalesce(snoozed_until, 0), dismissed, '', '' FROM triage WHERE customer_id = ?`,
	} {
		rows, err := b.reader.QueryContext(ctx, q, id)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var a, b2, c3, d, e string
			rows.Scan(&a, &b2, &c3, &d, &e)
			out += strings.Join([]string{a, b2, c3, d, e}, "|") + "\n"
		}
		rows.Close()
	}
	return out
}

func TestMergeMovesEverythingOfTheOtherAndUndoBringsBothBack(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	keep, other := mergePair(t, b, "Zweitladen")
	keepBefore, otherBefore := mergeState(t, b, keep), mergeState(t, b, other)
	otherAudit := auditIDs(t, b, other)

	plan, err := b.PlanMerge(ctx, keep, other)
	if err != nil || plan.Contacts != 3 || plan.Purchases != 2 || plan.PhaseChanges != 1 || plan.FollowUps != 2 {
		t.Fatalf("plan %+v, %v; want 3 contacts, 2 purchases, 1 phase change, 2 follow-ups", plan, err)
	}
	if got := mergeState(t, b, other); got != otherBefore {
		t.Fatalf("a plan changed the book:\n%s", got)
	}
	m, err := b.Merge(ctx, keep, other)
	if err != nil {
		t.Fatal(err)
	}
	checkMerged(t, b, m)
	kept, err := b.Customer(ctx, keep)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"anna@Zweitladen.example", "a.s@Zweitladen.example"}; !slices.Equal(kept.OtherEmails, want) {
		t.Errorf("the kept one's other e-mails are %q, want the other's %q", kept.OtherEmails, want)
	}
	if moved := auditIDs(t, b, keep); !containsAll(moved, otherAudit) {
		t.Errorf("the audit trail kept %v, want the other's %v among them", moved, otherAudit)
	}
	checkBookSound(t, b)

	u, err := b.UndoMerge(ctx, keep)
	if err != nil {
		t.Fatal(err)
	}
	if u.Other.ID != other || u.Keep.ID != keep {
		t.Errorf("undo parted %+v", u)
	}
	checkUnmerged(t, b, map[int64]string{keep: keepBefore, other: otherBefore}, other, otherAudit)
	if _, err := b.UndoMerge(ctx, keep); !hasCode(err, CodeMergeNone) {
		t.Errorf("a second undo: %v, want %s", err, CodeMergeNone)
	}
}

// checkUnmerged checks the book after an undo: each customer as it was
// (before, by id), the other's audit trail its own again, no merge kept
// and the book sound.
func checkUnmerged(t *testing.T, b *Book, before map[int64]string, other int64, otherAudit []int64) {
	t.Helper()
	for id, want := range before {
		if got := mergeState(t, b, id); got != want {
			t.Errorf("customer %d after the undo:\n%s\nwant\n%s", id, got, want)
		}
	}
	var merges int
	b.reader.QueryRow(`SELECT count(*) FROM merges`).Scan(&merges)
	if merges != 0 {
		t.Errorf("%d merges kept after the undo", merges)
	}
	if got := auditIDs(t, b, other); !slices.Equal(got, otherAudit) {
		t.Errorf("the other's audit trail after the undo: %v, want %v", got, otherAudit)
	}
	checkBookSound(t, b)
}

// auditIDs are the ids of a customer's entries in the audit trail.
func auditIDs(t *testing.T, b *Book, id int64) []int64 {
	t.Helper()
	trail, err := b.auditTrail(context.Background(), `customer_id = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	ids := []int64{}
	for _, e := range trail {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	return ids
}

// containsAll tells whether all of want are in list.
func containsAll(list, want []int64) bool {
	for _, w := range want {
		if !slices.Contains(list, w) {
			return false
		}
	}
	return len(want) > 0
}

// checkMerged checks the customer kept after merge m: the other is gone,
// its history is the kept one's, the kept one took what it lacked and the
// other's phase, and the audit trail says so.
func checkMerged(t *testing.T, b *Book, m Merged) {
	t.Helper()
	ctx := context.Background()
	if _, err := b.Customer(ctx, m.Other.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("the other after the merge: %v, want not found", err)
	}
	c, err := b.Customer(ctx, m.Keep.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%d contacts, %d purchases, %s spent; %s <%s> %s, %s of %s, owner %s, in %s, worth %s, tags %v, in %s",
		c.Contacts, c.Purchases, c.TotalSpend, c.Name, c.Email, c.Phone, c.GivenName, c.Company, c.Owner, c.City, c.Value, c.Tags, c.Phase)
	if want := "4 contacts, 2 purchases, 120.00 spent; Anna Schmidt <anna@schmidt.example> +49 30 1234567, " +
		"Anna of Laden Zweitladen, owner ben, in Berlin, worth 1200.00, tags [laden vip], in retention"; got != want {
		t.Errorf("kept:\n%s\nwant\n%s", got, want)
	}
	trail, err := b.auditTrail(ctx, `customer_id = ?`, m.Keep.ID)
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, e := range trail {
		said = append(said, e.Field+"="+e.New)
	}
	for _, want := range []string{"merged=Anna Schmidt Zweitladen (#2)", "other e-mails=anna@Zweitladen.example, a.s@Zweitladen.example",
		"company=Laden Zweitladen", "phase=retention"} {
		if !slices.Contains(said, want) {
			t.Errorf("the audit trail lacks %q: %v", want, said)
		}
	}
}

// checkBookSound fails for each problem tend check finds.
func checkBookSound(t *testing.T, b *Book) {
	t.Helper()
	problems, err := b.Check(context.Background())
	if err != nil || len(problems) > 0 {
		t.Errorf("check: %v, %v", problems, err)
	}
}

func TestMergeRefusesTheSameCustomerAnUnknownOneAndAnArchivedKeep(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	keep, other := mergePair(t, b, "Zweitladen")
	if _, err := b.Merge(ctx, keep, keep); !hasCode(err, CodeMergeSame) {
		t.Errorf("same: %v", err)
	}
	if _, err := b.Merge(ctx, keep, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown: %v", err)
	}
	if err := b.Archive(ctx, keep, false); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Merge(ctx, keep, other); !hasCode(err, CodeMergeArchived) {
		t.Errorf("archived: %v", err)
	}
	if _, err := b.Customer(ctx, other); err != nil {
		t.Errorf("a refused merge removed the other: %v", err)
	}
}

func TestUndoMergeRefusesAKeptCustomerChangedSince(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	keep, other := mergePair(t, b, "Zweitladen")
	if _, err := b.Merge(ctx, keep, other); err != nil {
		t.Fatal(err)
	}
	if _, err := b.EditCustomer(ctx, keep, func(c *lifecycle.Customer) error { c.Company = "Neu"; return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := b.UndoMerge(ctx, keep); !hasCode(err, CodeMergeChanged) {
		t.Errorf("undo after an edit: %v, want %s", err, CodeMergeChanged)
	}
	if _, err := b.Customer(ctx, other); !errors.Is(err, ErrNotFound) {
		t.Errorf("a refused undo brought the other back: %v", err)
	}
}

func TestUndoMergeRefusesWhenTheOthersNumberIsTaken(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	keep, other := mergePair(t, b, "Zweitladen")
	if _, err := b.Merge(ctx, keep, other); err != nil {
		t.Fatal(err)
	}
	if got := addCustomer(t, b, lifecycle.Customer{Name: "Neu"}); got != other {
		t.Skipf("the new customer took number %d, not the other's %d", got, other)
	}
	if _, err := b.UndoMerge(ctx, keep); !hasCode(err, CodeMergeIDTaken) {
		t.Errorf("undo: %v, want %s", err, CodeMergeIDTaken)
	}
}

func TestForgetAfterAMergeErasesBothRecords(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	const marker = "Qwertzuiop"
	keep, other := mergePair(t, b, marker)
	if _, err := b.Merge(ctx, keep, other); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Forget(ctx, keep); err != nil {
		t.Fatal(err)
	}
	checkNoRowsOf(t, b, keep)
	checkNoRowsOf(t, b, other)
	var merges int
	b.reader.QueryRow(`SELECT count(*) FROM merges`).Scan(&merges)
	if merges != 0 {
		t.Errorf("%d merges left after forgetting the customer kept", merges)
	}
	if b.engine.onFile() {
		assertBookErased(t, b, marker)
	}
}

func TestAMergeOfACustomerThatKeptAMergeComesBackWithIt(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	keep, other := mergePair(t, b, "Zweitladen")
	third := addCustomer(t, b, lifecycle.Customer{Name: "A. Schmidt", Phase: "awareness"})
	contactAt(t, b, third, daysBefore(3), lifecycle.Neutral, false, testNow.AddDate(0, 0, 1))
	if _, err := b.Merge(ctx, other, third); err != nil {
		t.Fatal(err)
	}
	otherBefore := mergeState(t, b, other)
	if _, err := b.Merge(ctx, keep, other); err != nil {
		t.Fatal(err)
	}
	if _, err := b.UndoMerge(ctx, keep); err != nil {
		t.Fatal(err)
	}
	if got := mergeState(t, b, other); got != otherBefore {
		t.Errorf("after the undo:\n%s\nwant\n%s", got, otherBefore)
	}
	if _, err := b.UndoMerge(ctx, other); err != nil {
		t.Errorf("the earlier merge could not be undone: %v", err)
	}
	checkBookSound(t, b)
}

func TestMergeReachSaysTheEmailsAndPhonesTheKeptCustomerGains(t *testing.T) {
	keep := lifecycle.Customer{Name: "Anna", Email: "anna@a.example", Phone: "030 1234567", OtherPhones: []string{"0171 1"}}
	for _, tt := range []struct {
		keep, other lifecycle.Customer
		want        []Reach
	}{
		// The same number written the same way, or grouped otherwise, is
		// one; with the country code it is another the customer keeps.
		{keep, lifecycle.Customer{Email: "ANNA@a.example", Phone: "030-123 4567"}, nil},
		{keep, lifecycle.Customer{Email: "ANNA@a.example", Phone: "+49 30 123 45 67"}, []Reach{{"phone", "+49 30 123 45 67"}}},
		{keep, lifecycle.Customer{Email: "anna@b.example", Phone: "0171 555666", OtherPhones: []string{"0171 1"}},
			[]Reach{{"e-mail", "anna@b.example"}, {"phone", "0171 555666"}}},
		{keep, lifecycle.Customer{}, nil},
		// An e-mail the kept customer lacked is filled, not kept beside;
		// the other's further ones are.
		{lifecycle.Customer{Name: "Anna"}, lifecycle.Customer{Email: "anna@b.example", OtherEmails: []string{"a@c.example"}},
			[]Reach{{"e-mail", "a@c.example"}}},
	} {
		after := lifecycle.MergeProfiles(tt.keep, tt.other)
		after.Normalize()
		if got := mergeReach(tt.keep, after); !slices.Equal(got, tt.want) {
			t.Errorf("mergeReach(%+v) = %v, want %v", tt.other, got, tt.want)
		}
	}
}

func TestCheckFindsAMergeThatCannotBeUndone(t *testing.T) {
	b := openTestBook(t)
	ctx := context.Background()
	keep, other := mergePair(t, b, "Zweitladen")
	if _, err := b.Merge(ctx, keep, other); err != nil {
		t.Fatal(err)
	}
	if _, err := b.writer.Exec(`UPDATE merges SET record = 'not a record'`); err != nil {
		t.Fatal(err)
	}
	problems, err := b.Check(ctx)
	if err != nil || len(problems) != 1 || !hasCode(problems[0], CodeCheckMerge) {
		t.Errorf("check: %v, %v; want one %s", problems, err, CodeCheckMerge)
	}
	if _, err := b.UndoMerge(ctx, keep); !hasCode(err, CodeReadMerge) {
		t.Errorf("undo: %v, want %s", err, CodeReadMerge)
	}
}
