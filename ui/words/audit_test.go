package words

import "testing"

func TestChangesReadAsTheyAlwaysHave(t *testing.T) {
	for _, tt := range []struct{ field, before, after, want string }{
		{"e-mail", "a@x.de", "b@y.de", "e-mail: a@x.de → b@y.de, by anna"},
		{"snoozed until", "", "2024-07-01", "snoozed until set to 2024-07-01, by anna"},
		{"tags", "vip", "", "tags cleared (was vip), by anna"},
		{"do not contact", "false", "true", "do not contact: false → true, by anna"},
		{"mood", "", "sunny", "mood set to sunny, by anna"},
	} {
		if got := Change(tt.field, tt.before, tt.after, "anna"); got != tt.want {
			t.Errorf("Change(%q, %q, %q) = %q, want %q", tt.field, tt.before, tt.after, got, tt.want)
		}
	}
	for field, id := range auditFields {
		if got := T("audit.field." + id); got != field {
			t.Errorf("the field %q reads %q", field, got)
		}
	}
}

func TestAFollowUpsChangeIsSaidInTheReadersWords(t *testing.T) {
	if got, want := Change("follow-up", "open 2026-03-12", "moved 2026-03-19 10:00", "ann"),
		"follow-up: open, due 2026-03-12 → moved to 2026-03-19 10:00, by ann"; got != want {
		t.Errorf("Change = %q, want %q", got, want)
	}
	t.Cleanup(Use(German))
	if got, want := Change("follow-up", "open 2026-03-12", "done", ""),
		"Wiedervorlage: offen, fällig am 12.03.2026 → erledigt"; got != want {
		t.Errorf("German Change = %q, want %q", got, want)
	}
}

// A follow-up's state is read back from what the audit trail stores,
// which another build or a hand may have written: any text is said,
// never lost.
func FuzzFollowUpState(f *testing.F) {
	for _, seed := range []string{"open 2026-03-12", "moved 2026-03-19 10:00", "answered", "done", "open", "moved x", "", "open 2026-02-30"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, stored string) {
		if said := followUpState(stored); stored != "" && said == "" {
			t.Errorf("%q is said as nothing", stored)
		}
	})
}
