package lifecycle

import (
	"slices"
	"strings"
	"testing"
)

func TestPresetsHaveThePhasesAndGroupsOfTheDesign(t *testing.T) {
	tests := []struct {
		preset string
		want   []Phase
	}{
		{"classic", []Phase{
			{Key: "awareness", Label: "Awareness", Group: Buying},
			{Key: "acquisition", Label: "Acquisition", Group: Buying},
			{Key: "conversion", Label: "Conversion", Group: Owning},
			{Key: "retention", Label: "Retention", Group: Owning},
			{Key: "loyalty", Label: "Loyalty", Group: Owning},
			{Key: "win-back", Label: "Win-back", Group: Ended},
			{Key: "lost", Label: "Lost", Group: Ended},
		}},
		{"ict", []Phase{
			{Key: "first-contact", Label: "First contact", Group: Buying},
			{Key: "research", Label: "Research", Group: Buying},
			{Key: "purchase-decision", Label: "Purchase decision", Group: Buying},
			{Key: "use-support", Label: "Use & support", Group: Owning},
			{Key: "retention", Label: "Retention", Group: Owning},
			{Key: "relationship-ended", Label: "Relationship ended", Group: Ended},
		}},
		{"funnel", []Phase{
			{Key: "awareness", Label: "Awareness", Group: Buying},
			{Key: "consideration", Label: "Consideration", Group: Buying},
			{Key: "conversion", Label: "Conversion", Group: Owning},
			{Key: "experience-support", Label: "Experience & support", Group: Owning},
			{Key: "retention", Label: "Retention", Group: Owning},
			{Key: "advocacy", Label: "Advocacy", Group: Owning},
			{Key: "lost", Label: "Lost", Group: Ended},
		}},
		{"gartner", []Phase{
			{Key: "explore", Label: "Explore", Group: Buying},
			{Key: "evaluate", Label: "Evaluate", Group: Buying},
			{Key: "engage", Label: "Engage", Group: Buying},
			{Key: "onboard", Label: "Onboard", Group: Owning},
			{Key: "use", Label: "Use", Group: Owning},
			{Key: "expand-renew", Label: "Expand / renew", Group: Owning},
			{Key: "abandoned", Label: "Abandoned", Group: Ended},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.preset, func(t *testing.T) {
			lc, err := Preset(tt.preset)
			if err != nil {
				t.Fatalf("Preset(%q): %v", tt.preset, err)
			}
			if got := lc.Phases; !slices.Equal(got, tt.want) {
				t.Errorf("Preset(%q) =\n%v\nwant\n%v", tt.preset, got, tt.want)
			}
			if err := lc.Validate(); err != nil {
				t.Errorf("Preset(%q) does not validate: %v", tt.preset, err)
			}
		})
	}
}

func TestPresetNamesListEveryPresetInOrder(t *testing.T) {
	want := []string{"classic", "ict", "funnel", "gartner"}
	if strings.Join(PresetNames, ",") != strings.Join(want, ",") {
		t.Errorf("PresetNames = %v, want %v", PresetNames, want)
	}
	if len(presets) != len(PresetNames) {
		t.Errorf("%d presets defined, %d named", len(presets), len(PresetNames))
	}
	if _, err := Preset(DefaultPreset); err != nil {
		t.Errorf("the default preset %q: %v", DefaultPreset, err)
	}
}

func TestPresetKeysAreStableSlugs(t *testing.T) {
	for _, name := range PresetNames {
		lc, _ := Preset(name)
		for _, p := range lc.Phases {
			if p.Key != KeyFor(p.Label) || KeyFor(p.Key) != p.Key {
				t.Errorf("%s: key %q of %q is not the slug of its label", name, p.Key, p.Label)
			}
		}
	}
}

func TestPresetReadsItsNameLoosely(t *testing.T) {
	for _, name := range []string{"ICT", " gartner ", "Classic"} {
		if _, err := Preset(name); err != nil {
			t.Errorf("Preset(%q): %v", name, err)
		}
	}
}

func TestPresetReturnsAFreshListEachTime(t *testing.T) {
	a, _ := Preset("classic")
	a.Phases[0].Label = "Changed"
	b, _ := Preset("classic")
	if b.Phases[0].Label != "Awareness" {
		t.Errorf("changing one preset lifecycle changed the next: %q", b.Phases[0].Label)
	}
}

func TestUnknownPresetErrorNamesTheChoices(t *testing.T) {
	_, err := Preset("aarrr")
	if err == nil {
		t.Fatal("Preset(\"aarrr\") succeeded")
	}
	want := `unknown preset "aarrr" (use classic, ict, funnel, gartner)`
	if err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

func TestAKeySeveralPresetsShareHasOneLabel(t *testing.T) {
	seen := map[string]string{}
	for _, name := range PresetNames {
		lc, err := Preset(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range lc.Phases {
			if label, ok := seen[p.Key]; ok && label != p.Label {
				t.Errorf("%s labels %s %q, another preset %q", name, p.Key, p.Label, label)
			}
			seen[p.Key] = p.Label
			if !IsPresetLabel(p) {
				t.Errorf("%s's phase %s %q is not told as a preset's label", name, p.Key, p.Label)
			}
		}
	}
	if got := PresetPhaseKeys(); len(got) != len(seen) {
		t.Errorf("PresetPhaseKeys = %v, want the %d keys of the presets", got, len(seen))
	}
}

func TestALabelTheUserSetIsNotAPresetsLabel(t *testing.T) {
	for _, p := range []Phase{
		{Key: "awareness", Label: "Leads"},             // renamed
		{Key: "awareness", Label: "awareness"},         // the preset's word, not its label
		{Key: "retention", Label: "Awareness"},         // another phase's label
		{Key: "stammkunden", Label: "Stammkunden"},     // a phase of the user's own
		{Key: "use-support", Label: "Use and support"}, // the same key, other words
	} {
		if IsPresetLabel(p) {
			t.Errorf("%+v is told as a preset's label", p)
		}
	}
}
