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
