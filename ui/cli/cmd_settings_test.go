package cli

import (
	"strings"
	"testing"
)

func TestSettingsListShowAndChange(t *testing.T) {
	db := riskBook(t)
	list := mustTend(t, db, "settings")
	for _, want := range []string{"flags.stalled-days = 21 (default)\n  days a buying phase allows without activity\n", "flags.phase-days.<phase key>"} {
		if !strings.Contains(list, want) {
			t.Errorf("settings lacks %q:\n%s", want, list)
		}
	}
	mustTend(t, db, "settings", "flags.stalled-days", "45")
	if out := mustTend(t, db, "settings", "flags.stalled-days"); !strings.HasPrefix(out, "flags.stalled-days = 45\n") {
		t.Errorf("settings flags.stalled-days = %q after setting 45", out)
	}
	if got := riskJSON(t, db, "--as-of", "2026-03-10", "--flag", "stalled"); len(got) != 0 {
		t.Errorf("with 45 days allowed, %v is stalled after 30", got)
	}
	mustTend(t, db, "settings", "flags.stalled-days", "--reset")
	if got := riskJSON(t, db, "--as-of", "2026-03-10", "--flag", "stalled"); len(got) != 1 {
		t.Errorf("after the reset %d are stalled, want the quiet lead", len(got))
	}
	mustTend(t, db, "settings", "flags.phase-days.acquisition", "60")
	if got := riskJSON(t, db, "--as-of", "2026-03-10", "--flag", "stalled"); len(got) != 0 {
		t.Errorf("with 60 days for acquisition, %v is stalled after 30", got)
	}
	if out := mustTend(t, db, "settings"); !strings.Contains(out, "flags.phase-days.acquisition") {
		t.Errorf("the phase's own limit is not listed:\n%s", out)
	}
}

func TestSettingsRefuseBadValuesAndKeys(t *testing.T) {
	db := riskBook(t)
	mustTend(t, db, "settings", "flags.stalled-days", "30")
	_, _, err := execTend(t, db, "settings", "flags.stalled-days", "soon")
	if err == nil || !strings.Contains(err.Error(), "flags.stalled-days") || !strings.Contains(err.Error(), "soon") {
		t.Errorf("a bad value gives %v, want an error naming key and value", err)
	}
	if out := mustTend(t, db, "settings", "flags.stalled-days"); !strings.HasPrefix(out, "flags.stalled-days = 30\n") {
		t.Errorf("the refused value changed the book: %q", out)
	}
	for _, args := range [][]string{
		{"settings", "colour", "blue"}, {"settings", "flags.nonsense", "1"},
		{"settings", "flags.phase-days.Not A Key", "5"}, {"settings", "flags.nonsense", "--reset"},
	} {
		if _, _, err := execTend(t, db, args...); err == nil {
			t.Errorf("tend %s is accepted", strings.Join(args, " "))
		}
	}
}
