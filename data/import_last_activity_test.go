package data

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"tend/lifecycle"
)

// A customer whose last activity the file dates is not silent since the
// day the account was created: its history goes on from that activity.
func TestImportedLastActivityKeepsTheCustomerFromLookingSilent(t *testing.T) {
	b := openTestBook(t)
	text := "Record ID,First Name,Last Name,Email,Lifecycle Stage,Contact owner,Create Date,Last Activity Date\n" +
		"1,Quiet,Customer,quiet@example.com,customer,Jana,2024-01-02,\n" +
		"2,Busy,Customer,busy@example.com,customer,Jana,2024-01-02,2026-03-08 10:00\n"
	opt := ImportOptions{LastActivity: func(s Source) string { return "Last activity in " + string(s) }}
	mustImportText(t, b, Customers, text, opt)
	quiet, busy := customerNamed(t, b, "quiet@example.com"), customerNamed(t, b, "busy@example.com")
	h, err := b.History(context.Background(), busy.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Contacts) != 1 || h.Contacts[0].Summary != "Last activity in hubspot" || !h.Contacts[0].At.Equal(atUTC(2026, 3, 8, 10, 0)) ||
		h.Contacts[0].Kind != lifecycle.Note {
		t.Fatalf("the busy customer's history is %+v", h.Contacts)
	}
	if got := keptFlagsOf(t, b, quiet.ID); !strings.Contains(got, string(lifecycle.ReasonSilentSinceEntering)) {
		t.Errorf("the customer without a last activity is not flagged silent since entering its phase: %q", got)
	}
	if got := keptFlagsOf(t, b, busy.ID); strings.Contains(got, "silent") {
		t.Errorf("the customer active two days ago is flagged silent: %q", got)
	}
}

// keptFlagsOf is the flags the book keeps of a customer, with their
// reasons.
func keptFlagsOf(t *testing.T, b *Book, id int64) string {
	t.Helper()
	return strings.Join(queryStrings(t, b, fmt.Sprintf(`SELECT flags FROM flag_reasons WHERE customer_id = %d`, id)), "\n")
}

// An update records a later last activity, and importing the same file
// again adds no second note.
func TestImportUpdateKeepsALaterLastActivityOnce(t *testing.T) {
	b := openTestBook(t)
	header := "Record ID,First Name,Last Name,Email,Lifecycle Stage,Contact owner,Create Date,Last Activity Date\n"
	opt := ImportOptions{OnDuplicate: DuplicateUpdate, LastActivity: func(s Source) string { return "Last activity in " + string(s) }}
	mustImportText(t, b, Customers, header+"1,Busy,Customer,busy@example.com,customer,Jana,2024-01-02,2026-01-08 10:00\n", opt)
	later := header + "1,Busy,Customer,busy@example.com,customer,Jana,2024-01-02,2026-03-08 10:00\n"
	for range 2 {
		mustImportText(t, b, Customers, later, opt)
	}
	busy := customerNamed(t, b, "busy@example.com")
	h, err := b.History(context.Background(), busy.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Contacts) != 2 || !busy.LastContactAt.Equal(atUTC(2026, 3, 8, 10, 0)) {
		t.Errorf("after three imports the customer has %d contacts, the last on %v", len(h.Contacts), busy.LastContactAt)
	}
}
