package lifecycle

import (
	"maps"
	"slices"
	"strings"
)

// DefaultPreset is the lifecycle a new book starts with.
const DefaultPreset = "classic"

type presetPhase struct {
	label string
	group Group
}

// presets are the phase lists of the design brief, drawn from the source texts
// on the customer life cycle.
var presets = map[string][]presetPhase{
	"classic": {
		{"Awareness", Buying}, {"Acquisition", Buying},
		{"Conversion", Owning}, {"Retention", Owning}, {"Loyalty", Owning},
		{"Win-back", Ended}, {"Lost", Ended},
	},
	"ict": {
		{"First contact", Buying}, {"Research", Buying}, {"Purchase decision", Buying},
		{"Use & support", Owning}, {"Retention", Owning},
		{"Relationship ended", Ended},
	},
	"funnel": {
		{"Awareness", Buying}, {"Consideration", Buying},
		{"Conversion", Owning}, {"Experience & support", Owning}, {"Retention", Owning}, {"Advocacy", Owning},
		{"Lost", Ended},
	},
	"gartner": {
		{"Explore", Buying}, {"Evaluate", Buying}, {"Engage", Buying},
		{"Onboard", Owning}, {"Use", Owning}, {"Expand / renew", Owning},
		{"Abandoned", Ended},
	},
}

// PresetNames lists the presets in the order they are offered.
var PresetNames = []string{"classic", "ict", "funnel", "gartner"}

// Preset returns the lifecycle of a named preset.
func Preset(name string) (Lifecycle, error) {
	list, ok := presets[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Lifecycle{}, Problemf(CodePresetUnknown, Values{"Preset": name, "Presets": PresetNames},
			"unknown preset %q (use %s)", name, strings.Join(PresetNames, ", "))
	}
	phases := make([]Phase, len(list))
	for i, p := range list {
		phases[i] = Phase{Key: KeyFor(p.label), Label: p.label, Group: p.group}
	}
	return Lifecycle{Phases: phases}, nil
}

// presetLabels are the presets' labels by phase key. A key that several
// presets share has one label in all of them.
var presetLabels = func() map[string]string {
	labels := map[string]string{}
	for _, list := range presets {
		for _, p := range list {
			labels[KeyFor(p.label)] = p.label
		}
	}
	return labels
}()

// PresetPhaseKeys lists the keys of every preset's phases, each once, sorted.
func PresetPhaseKeys() []string {
	return slices.Sorted(maps.Keys(presetLabels))
}

// IsPresetLabel tells whether a phase is labelled as a preset labels it:
// such a label is the program's, which a reader may read in their own
// language, while one the user set is theirs and shown as set.
func IsPresetLabel(p Phase) bool {
	label, ok := presetLabels[p.Key]
	return ok && label == p.Label
}
