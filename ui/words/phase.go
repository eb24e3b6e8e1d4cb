package words

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"tend/lifecycle"
)

// PhaseLabel is a phase's label as the reader reads it: a preset's label
// in the words of the language (phase.label.<key>), a label the user set
// as they set it.
func PhaseLabel(p lifecycle.Phase) string {
	return speaking().phaseLabel(p)
}

// PhaseLabelOf is PhaseLabel for a label known without its phase, as a
// flag's reason carries it: the label is a preset's where it is one for
// the key it makes.
func PhaseLabelOf(label string) string {
	return speaking().phaseLabelOf(label)
}

// Phases is lc with each phase labelled as the reader reads it, for a
// screen that shows the lifecycle and stores nothing of it.
func Phases(lc lifecycle.Lifecycle) lifecycle.Lifecycle {
	s := speaking()
	shown := lifecycle.Lifecycle{Phases: make([]lifecycle.Phase, len(lc.Phases))}
	for i, p := range lc.Phases {
		p.Label = s.phaseLabel(p)
		shown.Phases[i] = p
	}
	return shown
}

// PhaseNames are the presets' labels in every language tend speaks, by
// phase key: a file a person wrote may name a phase in either.
func PhaseNames() lifecycle.PhaseNames {
	speak()
	names := lifecycle.PhaseNames{}
	for _, s := range []*speaker{newSpeaker(language.English), newSpeaker(language.German)} {
		for _, key := range lifecycle.PresetPhaseKeys() {
			names[key] = append(names[key], s.say(&i18n.LocalizeConfig{MessageID: "phase.label." + key}))
		}
	}
	return names
}

func (s *speaker) phaseLabel(p lifecycle.Phase) string {
	if !lifecycle.IsPresetLabel(p) {
		return p.Label
	}
	return s.say(&i18n.LocalizeConfig{MessageID: "phase.label." + p.Key})
}

func (s *speaker) phaseLabelOf(label string) string {
	return s.phaseLabel(lifecycle.Phase{Key: lifecycle.KeyFor(label), Label: label})
}
