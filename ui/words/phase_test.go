package words

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"tend/lifecycle"
)

// speakFor has the rest of the test spoken in tag's language.
func speakFor(t *testing.T, tag language.Tag) {
	t.Helper()
	t.Cleanup(Use(tag.String()))
}

func TestEveryPresetsPhaseHasItsLabelInEveryLanguage(t *testing.T) {
	for _, tag := range []language.Tag{language.English, language.German} {
		s := newSpeaker(tag)
		for _, key := range lifecycle.PresetPhaseKeys() {
			id := "phase.label." + key
			if s.plainMessage(id) == nil {
				t.Errorf("%s: the catalog lacks %s", tag, id)
			}
		}
	}
}

func TestAPresetsLabelReadsInTheReadersLanguage(t *testing.T) {
	classic, err := lifecycle.Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	want := map[language.Tag][]string{
		language.English: {"Awareness", "Acquisition", "Conversion", "Retention", "Loyalty", "Win-back", "Lost"},
		language.German:  {"Bewusstsein", "Vertrauen", "Kauf", "Bindung", "Treue", "Rückgewinnung", "Verloren"},
	}
	for tag, labels := range want {
		speakFor(t, tag)
		for i, p := range Phases(classic).Phases {
			if p.Label != labels[i] || p.Key != classic.Phases[i].Key {
				t.Errorf("%s: phase %d reads %s %q, want %s %q", tag, i, p.Key, p.Label, classic.Phases[i].Key, labels[i])
			}
			if got := PhaseLabel(classic.Phases[i]); got != labels[i] {
				t.Errorf("%s: PhaseLabel(%s) = %q, want %q", tag, p.Key, got, labels[i])
			}
		}
	}
}

func TestTheEnglishLabelsAreThePresets(t *testing.T) {
	speakFor(t, language.English)
	for _, name := range lifecycle.PresetNames {
		lc, err := lifecycle.Preset(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range lc.Phases {
			if got := PhaseLabel(p); got != p.Label {
				t.Errorf("%s: %s reads %q in English, the preset labels it %q", name, p.Key, got, p.Label)
			}
		}
	}
}

func TestALabelTheUserSetReadsAsSet(t *testing.T) {
	speakFor(t, language.German)
	for _, p := range []lifecycle.Phase{
		{Key: "awareness", Label: "Interessenten"},
		{Key: "retention", Label: "Loyalty"},
		{Key: "stammkunden", Label: "Stammkunden"},
	} {
		if got := PhaseLabel(p); got != p.Label {
			t.Errorf("PhaseLabel(%+v) = %q, want it as set", p, got)
		}
	}
	if got := PhaseLabelOf("Retention"); got != "Bindung" {
		t.Errorf(`PhaseLabelOf("Retention") = %q, want Bindung`, got)
	}
	if got := PhaseLabelOf("Stammkunden"); got != "Stammkunden" {
		t.Errorf(`PhaseLabelOf("Stammkunden") = %q, want it as set`, got)
	}
}

func TestAFlagsReasonNamesThePhaseInTheReadersLanguageAndJSONsInEnglish(t *testing.T) {
	speakFor(t, language.German)
	r := lifecycle.Reason{Code: lifecycle.ReasonEnded, Values: map[string]any{"Phase": "Win-back"}}
	if got := Reason(r); got == ReasonInEnglish(r) || !strings.Contains(got, "Rückgewinnung") {
		t.Errorf("in German the reason reads %q", got)
	}
	if got := ReasonInEnglish(r); got != "in Win-back" {
		t.Errorf("in English whatever the language, the reason reads %q, want %q", got, "in Win-back")
	}
}

// An error about a phase names it as the reader reads it; one that names
// a phase without its key (what the user typed) says it as it came.
func TestAnErrorNamesAPresetsPhaseInTheReadersLanguage(t *testing.T) {
	speakFor(t, language.German)
	lc, err := lifecycle.Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	_, err = lc.Move(1, "retention", "retention", "", time.Now())
	if got := Error(err, nil); !strings.Contains(got, "Bindung") || strings.Contains(got, "Retention") {
		t.Errorf("moving to the phase the customer is in: %q", got)
	}
	typed := lifecycle.Problemf(lifecycle.CodePhaseUnknown, lifecycle.Values{"Phase": "Retention"}, "unknown phase")
	if got := valuesOf(typed.(lifecycle.Coded), nil)["Phase"]; got != "Retention" {
		t.Errorf("a phase as the user typed it reads %q", got)
	}
}

// A reason's numbers and money are written as the reader's language
// writes them on screen, and the English way in JSON whatever the
// language.
func TestAReasonsFiguresAreTheReadersOnScreenAndEnglishInJSON(t *testing.T) {
	speakFor(t, language.German)
	days := lifecycle.Reason{Code: lifecycle.ReasonEndedFor, Values: map[string]any{"Phase": "Lost", "Days": 1234}}
	if got := ReasonInEnglish(days); got != "in Lost for 1,234 days" {
		t.Errorf("in JSON the reason reads %q", got)
	}
	if got := Reason(days); !strings.Contains(got, "1.234") {
		t.Errorf("on screen in German the reason reads %q, want 1.234", got)
	}
	drop := lifecycle.Reason{Code: lifecycle.ReasonSpendDrop, Values: map[string]any{
		"Recent": lifecycle.Money(123456), "Earlier": lifecycle.Money(9876543), "Days": 90}}
	if got := ReasonInEnglish(drop); !strings.Contains(got, "1,234.56") || !strings.Contains(got, "98,765.43") {
		t.Errorf("in JSON the reason reads %q", got)
	}
	if got := Reason(drop); !strings.Contains(got, "1.234,56") {
		t.Errorf("on screen in German the reason reads %q, want 1.234,56", got)
	}
}
