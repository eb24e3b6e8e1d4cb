package ui

import (
	"database/sql"
	"slices"
	"strings"
	"testing"
	"time"

	"tend/lifecycle"
)

func TestContactFormLogsWhatWasTyped(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	c := h.goTo("Jürgen Müller")
	h.press("c")
	if !h.on((*contactForm)(nil)) {
		t.Fatalf("c opened screen %s, not the contact form", h.topName())
	}
	if !strings.Contains(h.screen(), "Log a contact with Jürgen Müller") {
		t.Errorf("the form does not name the customer:\n%s", h.screen())
	}
	// The summary has the focus; the fields below it follow with tab.
	h.typeText("Demo booked for April")
	h.press("tab", "right", "tab", "space", "enter")

	got := contactSaying(t, h, c.ID, "Demo booked for April")
	want := lifecycle.Contact{ID: got.ID, CustomerID: c.ID, At: fixedNow, Kind: lifecycle.Call, Direction: lifecycle.Out,
		Summary: "Demo booked for April", Sentiment: lifecycle.Positive, Moment: true}
	if !got.At.Equal(want.At) || got.Kind != want.Kind || got.Direction != want.Direction || got.Summary != want.Summary ||
		got.Sentiment != want.Sentiment || got.Moment != want.Moment || !got.FollowUp.IsZero() {
		t.Errorf("stored %+v, want %+v", got, want)
	}
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("saving left screen %s", h.topName())
	}
	// The card is the newest contact now: first in its column, still
	// selected, contacted today.
	if sel := h.selected(); sel.ID != c.ID || h.m.board.cols[0].cursor != 0 {
		t.Errorf("selected %s at %d, want Jürgen Müller at 0", sel.Name, h.m.board.cols[0].cursor)
	}
	if got := h.columnText(0, boardTop+headerLines+1); !strings.Contains(got, "today") {
		t.Errorf("the card says %q, want it contacted today", got)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Logged call with Jürgen Müller · u to undo") {
		t.Errorf("status line %q", got)
	}
}

func TestContactFormTakesDatesAsTyped(t *testing.T) {
	t.Parallel()
	tests := []struct {
		when, followUp string
		wantAt         time.Time
		wantFollowUp   time.Time
	}{
		{"yesterday", "", at("2025-03-13 00:00"), time.Time{}},
		{"12.03.2025 16:45", "+3d", at("2025-03-12 16:45"), at("2025-03-17 09:30")},
		{"-2d", "next friday", at("2025-03-12 09:30"), at("2025-03-21 00:00")},
		{"today", "friday", at("2025-03-14 00:00"), at("2025-03-14 00:00")},
	}
	for _, tt := range tests {
		t.Run(tt.when, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			c := h.goTo("Emily Clarke")
			h.press("c")
			h.typeText("Phoned back")
			h.press("up", "up", "backspace", "backspace", "backspace")
			h.typeText(tt.when)
			h.press("down", "down", "down", "down", "down")
			h.typeText(tt.followUp)
			h.press("enter")
			got := contactSaying(t, h, c.ID, "Phoned back")
			if !got.At.Equal(tt.wantAt) || !got.FollowUp.Equal(tt.wantFollowUp) {
				t.Errorf("stored at %v following up %v; want %v following up %v", got.At, got.FollowUp, tt.wantAt, tt.wantFollowUp)
			}
		})
	}
}

// contactSaying returns the one contact with a customer whose summary is
// summary, failing unless there is exactly one and the fixture's are kept.
func contactSaying(t *testing.T, h *harness, id int64, summary string) lifecycle.Contact {
	t.Helper()
	contacts := historyOf(t, h.book, id).Contacts
	i := slices.IndexFunc(contacts, func(c lifecycle.Contact) bool { return c.Summary == summary })
	if i < 0 || len(contacts) != 2 {
		t.Fatalf("%d contacts stored, want the fixture's one and %q", len(contacts), summary)
	}
	return contacts[i]
}

// formError is what a form shows under a field that is wrong.
type formError struct {
	label, value string // the field's line keeps the value as typed
	text         string // the line below says this
}

func TestContactFormShowsMistakesBesideTheFieldAndStoresNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		keys func(h *harness)
		want formError
	}{
		{"a when that is no date", func(h *harness) {
			h.typeText("Phoned back")
			h.press("up", "up", "backspace", "backspace", "backspace")
			h.typeText("32.13.2024")
		}, formError{"When", "32.13.2024", `↑ "32.13.2024" is not a date`}},
		{"a when before 1900", func(h *harness) {
			h.typeText("Phoned back")
			h.press("shift+tab", "shift+tab", "backspace", "backspace", "backspace")
			h.typeText("01.03.0224")
		}, formError{"When", "01.03.0224", `↑ "01.03.0224" is outside the years`}},
		{"a when after now", func(h *harness) {
			h.typeText("Phoned back")
			h.press("up", "up", "backspace", "backspace", "backspace")
			h.typeText("+2d")
		}, formError{"When", "+2d", "↑ after now: a contact to come is a follow-up"}},
		{"a follow-up that is no date", func(h *harness) {
			h.typeText("Phoned back")
			h.press("tab", "tab", "tab")
			h.typeText("someday")
		}, formError{"Follow-up", "someday", `↑ "someday" is not a date`}},
		{"no summary", func(h *harness) {
			h.typeText("   ")
		}, formError{"Summary", "", "↑ say in a few words what happened"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			c := h.goTo("Emily Clarke")
			h.press("c")
			tt.keys(h)
			h.press("enter")
			if !h.on((*contactForm)(nil)) {
				t.Fatalf("the form closed on a mistake (screen %s)", h.topName())
			}
			assertFormError(t, h, tt.want)
			if n := len(historyOf(t, h.book, c.ID).Contacts); n != 1 {
				t.Errorf("%d contacts stored, want the one of the fixture", n)
			}
			// The error goes as soon as the field changes.
			h.press("backspace")
			if strings.Contains(h.screen(), tt.want.text) {
				t.Errorf("the error stayed after an edit:\n%s", h.screen())
			}
		})
	}
}

// assertFormError checks that the form shows the field as typed and the
// error on the line right under it.
func assertFormError(t *testing.T, h *harness, want formError) {
	t.Helper()
	lines := h.lines()
	i := slices.IndexFunc(lines, func(l string) bool {
		return strings.Contains(l, "│ › "+want.label+" ") && strings.Contains(l, want.value)
	})
	if i < 0 || i+1 >= len(lines) || !strings.Contains(lines[i+1], want.text) {
		t.Errorf("want %q under the focused field %s %q:\n%s", want.text, want.label, want.value, h.screen())
	}
}

func TestContactFormEscCancels(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Emily Clarke")
	h.press("c")
	h.typeText("Not sent")
	h.press("esc")
	if !h.on((*boardScreen)(nil)) {
		t.Errorf("esc left screen %s", h.topName())
	}
	if n := len(historyOf(t, h.book, c.ID).Contacts); n != 1 {
		t.Errorf("%d contacts stored after esc, want 1", n)
	}
}

func TestNewCustomerFormAddsTheCustomer(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	h.wholeCards()
	h.press("n")
	if !h.on((*customerForm)(nil)) || !strings.Contains(h.screen(), "New customer") {
		t.Fatalf("n opened screen %s:\n%s", h.topName(), h.screen())
	}
	for _, v := range []string{"Ingrid Neumann", "Neumann Werkzeuge", "ingrid@neumann-werkzeuge.de", "+49 711 123456", "Ben", "12500", "werkzeug, süd, Werkzeug"} {
		h.typeText(v)
		h.press("tab")
	}
	h.press("right", "tab", "space", "enter") // Acquisition, a promoter

	id := idOf(t, h.book, "Ingrid Neumann")
	if got := customerIn(t, h.book, id); !storedAsTyped(got) {
		t.Errorf("stored %+v", got)
	}
	if sel := h.selected(); sel.ID != id || h.focusedPhase() != "acquisition" {
		t.Errorf("selected %s in %s, want the new customer", sel.Name, h.focusedPhase())
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Added Ingrid Neumann · u to undo") || !strings.HasSuffix(got, "book.tend · 21 customers") {
		t.Errorf("status line %q", got)
	}
	if got := strings.Fields(h.columnText(1, boardTop)); !slices.Equal(got, []string{"Acquisition", "5"}) {
		t.Errorf("column header %q, want Acquisition with 5 cards", got)
	}
}

// storedAsTyped reports whether the customer stored is the one the test
// of the new-customer form typed in.
func storedAsTyped(got lifecycle.Customer) bool {
	return got.Company == "Neumann Werkzeuge" && got.Email == "ingrid@neumann-werkzeuge.de" && got.Phone == "+49 711 123456" &&
		got.Owner == "Ben" && got.Value == 12_500_00 && slices.Equal(got.Tags, []string{"süd", "werkzeug"}) &&
		got.Phase == "acquisition" && got.Promoter && !got.DoNotContact
}

func TestCustomerFormShowsMistakesAndStoresNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		values []string // typed into the fields from the name on
		want   formError
	}{
		{"no name", []string{"  "}, formError{"Name", "", "↑ a customer needs a name"}},
		{"a value that is no amount", []string{"Ingrid Neumann", "", "", "", "", "zwölf"}, formError{"Value / year", "zwölf", `↑ amount "zwölf" has no digits`}},
		{"an e-mail without @", []string{"Ingrid Neumann", "", "ingrid.neumann.de"}, formError{"E-mail", "ingrid.neumann.de", `↑ email "ingrid.neumann.de" is not an`}},
		{"a name over its limit", []string{strings.Repeat("n", 501)}, formError{"Name", "nnnn", "↑ the name has 501 characters; it may"}},
		{"a tag over its limit", []string{"Ingrid Neumann", "", "", "", "", "", "süd, " + strings.Repeat("t", 101)}, formError{"Tags", "süd, ttt", "↑ tag \"tttttttttttttttttttt…\": the tag"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixedBook(t), 80, 24)
			h.press("n")
			for _, v := range tt.values {
				h.typeText(v)
				h.press("tab")
			}
			h.press("enter")
			if !h.on((*customerForm)(nil)) {
				t.Fatalf("the form closed on a mistake (screen %s)", h.topName())
			}
			assertFormError(t, h, tt.want)
			if n := h.m.count; n != 20 {
				t.Errorf("the book holds %d customers, want the fixture's 20", n)
			}
		})
	}
}

func TestEditFormStoresTheChanges(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Lukas Becker")
	h.press("e")
	if !h.on((*customerForm)(nil)) || !strings.Contains(h.screen(), "Edit Lukas Becker") {
		t.Fatalf("e opened screen %s:\n%s", h.topName(), h.screen())
	}
	if strings.Contains(h.screen(), "Phase") {
		t.Errorf("the edit form offers the phase, which only a move changes:\n%s", h.screen())
	}
	h.press("tab", "ctrl+u")
	h.typeText("Becker Elektro GmbH")
	h.press("tab", "tab", "tab", "ctrl+u")
	h.typeText("Ben")
	h.press("tab", "ctrl+u")
	h.typeText("17.250,50")
	h.press("enter")

	got := customerIn(t, h.book, c.ID)
	if got.Name != "Lukas Becker" || got.Company != "Becker Elektro GmbH" || got.Owner != "Ben" || got.Value != 17_250_50 ||
		got.Phase != "acquisition" || !slices.Equal(got.Tags, []string{"elektro"}) {
		t.Errorf("stored %+v", got)
	}
	if sel := h.selected(); sel.ID != c.ID || sel.Company != "Becker Elektro GmbH" {
		t.Errorf("selected %s of %s", sel.Name, sel.Company)
	}
	if got := h.statusLine(); !strings.HasPrefix(got, "Saved Lukas Becker · u to undo") {
		t.Errorf("status line %q", got)
	}
}

func TestEditFormSaysAStoredValueIsOverItsLimit(t *testing.T) {
	t.Parallel()
	b := fixedBook(t)
	id := idOf(t, b, "Lukas Becker")
	long := strings.Repeat("c", 600)
	db, err := sql.Open("sqlite", b.Path())
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`UPDATE customers SET company = ? WHERE id = ?`, long, id)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, b, 80, 24)
	h.goTo("Lukas Becker")
	h.press("e", "tab", "tab", "tab", "ctrl+u")
	h.typeText("+49 30 1234")
	h.press("enter")
	if !h.on((*customerForm)(nil)) {
		t.Fatalf("the form saved a company over its limit (screen %s)", h.topName())
	}
	assertFormError(t, h, formError{"Company", "cccc", "↑ the company has 600 characters; it may"})
	if got := customerIn(t, b, id); got.Company != long || got.Phone == "+49 30 1234" {
		t.Fatalf("stored company of %d bytes, phone %q", len(got.Company), got.Phone)
	}
	h.press("ctrl+u")
	h.typeText("Becker Elektro")
	h.press("enter")
	if got := customerIn(t, b, id); got.Company != "Becker Elektro" || got.Phone != "+49 30 1234" {
		t.Fatalf("stored %q, %q after shortening the company", got.Company, got.Phone)
	}
}

func TestCustomerFormKeepsTheDetailsAndScrollsToThem(t *testing.T) {
	t.Parallel()
	h := newHarness(t, fixedBook(t), 80, 24)
	c := h.goTo("Lukas Becker")
	h.press("e")
	for range 9 { // past the profile, to the given name
		h.press("tab")
	}
	if screen := h.screen(); !strings.Contains(screen, "Given name") || !strings.Contains(screen, "⋮") || strings.Count(screen, "\n") > 24 {
		t.Fatalf("the form at its details:\n%s", screen)
	}
	h.typeText("Lukas")
	for range 8 {
		h.press("tab")
	}
	h.typeText("Deutsch")
	h.press("enter")
	if !h.on((*customerForm)(nil)) || !strings.Contains(h.screen(), `language "Deutsch" is not a language tag`) {
		t.Fatalf("a bad language was not refused beside its field:\n%s", h.screen())
	}
	h.press("ctrl+u")
	h.typeText("de")
	h.press("enter")
	if got := customerIn(t, h.book, c.ID); got.GivenName != "Lukas" || got.Language != "de" {
		t.Errorf("stored %+v", got.Details)
	}
}
