package lifecycle

import (
	"errors"
	"testing"
)

// german are the classic preset's German labels, as the catalog gives them.
var german = PhaseNames{
	"awareness": {"Bewusstsein"}, "acquisition": {"Vertrauen"}, "conversion": {"Kauf"},
	"retention": {"Bindung"}, "loyalty": {"Treue"}, "win-back": {"Rückgewinnung"}, "lost": {"Verloren"},
}

func TestEnterNamedReadsAPhaseAsAPersonWritesIt(t *testing.T) {
	lc := classic(t)
	lc.Phases[4].Label = "Stammkundschaft" // loyalty, labelled by the user
	for in, want := range map[string]string{
		"retention": "retention", "Retention": "retention", "Bindung": "retention", "BINDUNG": "retention",
		" kauf ": "conversion", "Rückgewinnung": "win-back", "rueckgewinnung": "win-back",
		"Ruckgewinnung": "win-back", "RÜCKGEWINNUNG": "win-back", "Win-back": "win-back",
		"stammkundschaft": "loyalty", "Treue": "loyalty", "Verloren": "lost",
	} {
		p, err := lc.EnterNamed(in, german)
		if err != nil || p.Key != want {
			t.Errorf("EnterNamed(%q) = %q, %v; want %q", in, p.Key, err, want)
		}
	}
}

func TestEnterNamedPutsTheBooksLabelsBeforeAnotherLanguagesNames(t *testing.T) {
	lc := classic(t)
	lc.Phases[0].Label = "Kauf" // awareness, labelled by the user as another preset's German name
	if p, err := lc.EnterNamed("kauf", german); err != nil || p.Key != "awareness" {
		t.Errorf("EnterNamed(kauf) = %q, %v; want the phase the book labels so, awareness", p.Key, err)
	}
}

func TestEnterNamedRefusesANameOfNoPhase(t *testing.T) {
	lc := classic(t)
	lc.Phases[3].Hidden = true
	for _, in := range []string{"Nirgendwo", "", "Bindungen", "---"} {
		if _, err := lc.EnterNamed(in, german); !errors.Is(err, ErrUnknownPhase) {
			t.Errorf("EnterNamed(%q) error = %v, want one wrapping ErrUnknownPhase", in, err)
		}
	}
	var hidden *PhaseHiddenError
	if _, err := lc.EnterNamed("Bindung", german); !errors.As(err, &hidden) {
		t.Errorf("EnterNamed(Bindung) of a hidden retention: error = %v, want PhaseHiddenError", err)
	}
}

func FuzzEnterNamed(f *testing.F) {
	for _, seed := range []string{"Bindung", "rueckgewinnung", "Ruckgewinnung", "retention", "", "ß", "Ä-ä", "Kauf\x00"} {
		f.Add(seed)
	}
	lc, err := Preset("classic")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name string) {
		p, err := lc.EnterNamed(name, german)
		if err != nil {
			return
		}
		if _, err := lc.Find(p.Key); err != nil {
			t.Fatalf("EnterNamed(%q) = %q, a phase the lifecycle lacks", name, p.Key)
		}
		if !sameName(name, p.Key) && !sameName(name, p.Label) && !sameName(name, german[p.Key][0]) {
			t.Fatalf("EnterNamed(%q) = %q, which it names not", name, p.Key)
		}
	})
}
