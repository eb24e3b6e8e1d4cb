package lifecycle

import "testing"

func TestAMoveIsAGainOrALossByWhatItMeansForTheBusiness(t *testing.T) {
	lc, err := Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		from, to string
		want     Outcome
	}{
		{"", "awareness", Fresh},
		{"awareness", "acquisition", Gain},
		{"acquisition", "awareness", Loss},
		{"acquisition", "conversion", Gain},
		{"retention", "loyalty", Gain},
		{"loyalty", "retention", Loss},
		{"loyalty", "win-back", Loss},
		{"win-back", "lost", Loss},
		{"lost", "win-back", Gain},
		{"win-back", "retention", Gain},
		{"lost", "awareness", Gain},
		{"retention", "acquisition", Loss},
	} {
		if got := lc.OutcomeOf(tt.from, tt.to); got != tt.want {
			t.Errorf("%s → %s = %s, want %s", tt.from, tt.to, got, tt.want)
		}
	}
}
