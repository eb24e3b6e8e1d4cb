package lifecycle

import (
	"strings"
	"testing"
	"time"
)

func TestMoveAllowsAnyPhaseToFollowAnyOther(t *testing.T) {
	at := time.Date(2026, 3, 11, 15, 4, 0, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name       string
		from, to   string
		reason     string
		wantTo     string
		wantReason string
	}{
		{"forward", "awareness", "acquisition", "", "acquisition", ""},
		{"skipping", "awareness", "Loyalty", "signed at once", "loyalty", "signed at once"},
		{"backwards", "retention", "acquisition", " new project ", "acquisition", "new project"},
		{"ended back to buying", "lost", "awareness", "win-back call", "awareness", "win-back call"},
		{"ending from buying", "acquisition", "Lost", "", "lost", ""},
		{"entering the cycle", "", "awareness", "", "awareness", ""},
		{"into a phase by its slug", "lost", "win back", "", "win-back", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := classic(t).Move(42, tt.from, tt.to, tt.reason, at)
			if err != nil {
				t.Fatal(err)
			}
			want := PhaseChange{CustomerID: 42, At: at, From: tt.from, To: tt.wantTo, Reason: tt.wantReason}
			if got != want {
				t.Errorf("Move = %+v\nwant   %+v", got, want)
			}
		})
	}
}

func TestMoveIntoAHiddenPhaseIsRefused(t *testing.T) {
	// A hidden phase has no column, so a customer moved there would vanish
	// from the board; hiding is refused for the same reason while a phase
	// holds customers.
	lc, err := classic(t).SetHidden("win-back", true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = lc.Move(1, "lost", "win-back", "", time.Unix(0, 0))
	if err == nil || !strings.Contains(err.Error(), "Win-back is hidden") {
		t.Errorf("Move to a hidden phase = %v", err)
	}
}

func TestMoveRefusesTheCurrentPhaseAndUnknownPhases(t *testing.T) {
	lc := classic(t)
	tests := []struct {
		from, to string
		want     string
	}{
		{"retention", "retention", "the customer is already in Retention"},
		{"retention", "Retention", "the customer is already in Retention"},
		{"win-back", "win back", "the customer is already in Win-back"},
		{"retention", "prospect", `unknown phase "prospect" (the phases are: Awareness, Acquisition, Conversion, Retention, Loyalty, Win-back, Lost)`},
	}
	for _, tt := range tests {
		got, err := lc.Move(1, tt.from, tt.to, "", time.Unix(0, 0))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Move(%q → %q) error = %v, want %q", tt.from, tt.to, err, tt.want)
		}
		if got != (PhaseChange{}) {
			t.Errorf("Move(%q → %q) returned %+v with its error", tt.from, tt.to, got)
		}
	}
}
