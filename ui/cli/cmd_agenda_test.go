package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

// agendaBook writes a book, as of the real today, with a follow-up three
// days overdue, one due today at 14:30, one in two days, one beyond the
// week, one done and one answered by a later contact.
func agendaBook(t *testing.T) string {
	t.Helper()
	db := tempBook(t)
	ctx := context.Background()
	b := openTestBook(t, db)
	defer b.Close()
	now := time.Now()
	day := func(n int) time.Time {
		return time.Date(now.Year(), now.Month(), now.Day()+n, 0, 0, 0, 0, time.Local)
	}
	add := func(name string) int64 {
		id, err := b.AddCustomer(ctx, lifecycle.Customer{Name: name, Phase: "retention", CreatedAt: day(-40)})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	contact := func(id int64, at, followUp time.Time, summary string) int64 {
		c := lifecycle.Contact{CustomerID: id, At: at, FollowUp: followUp, Kind: lifecycle.Call,
			Direction: lifecycle.Out, Sentiment: lifecycle.Neutral, Summary: summary}
		contactID, err := b.LogContact(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		return contactID
	}
	contact(add("Late Ltd"), day(-10), day(-3), "send the quote")
	contact(add("Today Ltd"), day(-5), day(0).Add(14*time.Hour+30*time.Minute), "call about renewal")
	contact(add("Soon Ltd"), day(-5), day(2), "demo follow-up")
	contact(add("Far Ltd"), day(-5), day(20), "yearly review")
	if _, err := b.FinishFollowUp(ctx, contact(add("Done Ltd"), day(-5), day(-1), "check delivery")); err != nil {
		t.Fatal(err)
	}
	answered := add("Answered Ltd")
	contact(answered, day(-9), day(-2), "waiting for reply")
	contact(answered, day(-1), time.Time{}, "they replied")
	return db
}

func TestAgendaListsOverdueTodayAndTheNextDays(t *testing.T) {
	db := agendaBook(t)
	out := mustTend(t, db, "agenda")
	today := time.Now()
	want := []string{
		"Overdue",
		"  Late Ltd (Retention) · 3 days late: send the quote",
		"Today, " + today.Format("Mon 2006-01-02"),
		"  14:30  Today Ltd (Retention): call about renewal",
		today.AddDate(0, 0, 2).Format("Mon 2006-01-02"),
		"  Soon Ltd (Retention): demo follow-up",
	}
	if got := strings.Split(strings.TrimSpace(out), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("agenda:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
	if out := mustTend(t, db, "agenda", "--days", "30"); !strings.Contains(out, "  Far Ltd (Retention): yearly review") {
		t.Errorf("agenda --days 30 lacks the follow-up in 20 days:\n%s", out)
	}
	for _, closed := range []string{"Done Ltd", "Answered Ltd"} {
		if strings.Contains(mustTend(t, db, "agenda", "--days", "30"), closed) {
			t.Errorf("the agenda lists %s, whose follow-up is closed", closed)
		}
	}
}

func TestAgendaJSONHasAStableShape(t *testing.T) {
	db := agendaBook(t)
	var got struct {
		Today   string           `json:"today"`
		Days    int              `json:"days"`
		Overdue []map[string]any `json:"overdue"`
		Due     []struct {
			Day       string           `json:"day"`
			FollowUps []map[string]any `json:"follow_ups"`
		} `json:"due"`
	}
	out := mustTend(t, db, "agenda", "--json")
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("agenda --json: %v\n%s", err, out)
	}
	if got.Today != time.Now().Format(time.DateOnly) || got.Days != 7 || len(got.Overdue) != 1 || len(got.Due) != 2 {
		t.Fatalf("agenda --json = %s", out)
	}
	late := got.Overdue[0]
	checkFollowUpKeys(t, late)
	if late["customer"] != "Late Ltd" || late["phase"] != "retention" || late["days_late"] != 3.0 ||
		late["timed"] != false {
		t.Errorf("overdue follow-up = %v", late)
	}
	if f := got.Due[0].FollowUps[0]; f["customer"] != "Today Ltd" || f["timed"] != true || f["days_late"] != 0.0 {
		t.Errorf("today's follow-up = %v", f)
	}
}

// checkFollowUpKeys checks that a follow-up of agenda --json has the
// documented keys, and no others.
func checkFollowUpKeys(t *testing.T, f map[string]any) {
	t.Helper()
	keys := []string{"contact_id", "customer_id", "customer", "phase", "about", "day", "due_at", "timed", "moved", "days_late"}
	for _, k := range keys {
		if _, ok := f[k]; !ok {
			t.Errorf("a follow-up lacks %q: %v", k, f)
		}
	}
	if len(f) != len(keys) {
		t.Errorf("a follow-up has other keys than %q: %v", keys, f)
	}
}

func TestAgendaRefusesDaysOutOfRange(t *testing.T) {
	db := emptyBook(t)
	for _, days := range []string{"-1", "367"} {
		_, _, err := execTend(t, db, "agenda", "--days", days)
		if err == nil || !strings.Contains(err.Error(), "--days: "+days+" is not between 0 and 366") {
			t.Errorf("agenda --days %s: %v", days, err)
		}
	}
	if out := mustTend(t, db, "agenda", "--days", "0"); !strings.HasPrefix(out, "Nothing to follow up: none overdue, none due until ") {
		t.Errorf("an empty agenda says %q", out)
	}
}

func TestAgendaSpeaksGerman(t *testing.T) {
	db := agendaBook(t)
	out, errOut, code := runBinary(t, []string{"TEND_LANG=de", "TEND_DB=" + db}, "agenda")
	if code != 0 {
		t.Fatalf("agenda in German: %s", errOut)
	}
	for _, want := range []string{"Überfällig\n", "  Late Ltd (Bindung) · 3 Tage überfällig: send the quote\n",
		"Heute, ", "  14:30  Today Ltd (Bindung): call about renewal\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("German agenda lacks %q:\n%s", want, out)
		}
	}
}
