package lifecycle

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func classic(t *testing.T) Lifecycle {
	t.Helper()
	lc, err := Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	return lc
}

// keys lists the phase keys in order, hidden ones marked with a '!'.
func keys(lc Lifecycle) string {
	var out []string
	for _, p := range lc.Phases {
		k := p.Key
		if p.Hidden {
			k = "!" + k
		}
		out = append(out, k)
	}
	return strings.Join(out, " ")
}

const classicKeys = "awareness acquisition conversion retention loyalty win-back lost"

// unchanged fails the test when a method changed the lifecycle it was called
// on; every change must return a new value and leave the old one as it was.
func unchanged(t *testing.T, lc Lifecycle) {
	t.Helper()
	if !slices.Equal(lc.Phases, classic(t).Phases) {
		t.Errorf("the original lifecycle changed: %s", keys(lc))
	}
}

func TestFindLooksUpByKeyLabelCaseAndSlug(t *testing.T) {
	lc := classic(t)
	tests := []struct{ in, want string }{
		{"win-back", "win-back"},
		{"Win-back", "win-back"},
		{"WIN-BACK", "win-back"},
		{"win back", "win-back"},
		{"Win Back!", "win-back"},
		{"  lost ", "lost"},
		{"Conversion", "conversion"},
		{"conversion", "conversion"},
	}
	for _, tt := range tests {
		p, err := lc.Find(tt.in)
		if err != nil || p.Key != tt.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tt.in, p.Key, err, tt.want)
		}
	}
}

func TestFindFindsAPhaseByItsNewLabelAfterARename(t *testing.T) {
	lc, err := classic(t).Rename("lost", "Churned")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"lost", "Churned", "churned"} {
		if p, err := lc.Find(in); err != nil || p.Key != "lost" {
			t.Errorf("Find(%q) = %q, %v; want lost", in, p.Key, err)
		}
	}
}

func TestFindPrefersTheKeySoHistoryKeepsItsPhase(t *testing.T) {
	// A label that looks like another phase's key must not capture it: the
	// history names phases by key. Such a lifecycle is refused by Validate,
	// but one read from an older book may still hold it.
	lc := Lifecycle{Phases: []Phase{
		{Key: "awareness", Label: "Lost", Group: Buying},
		{Key: "lost", Label: "Gone", Group: Ended},
	}}
	if p, err := lc.Find("lost"); err != nil || p.Key != "lost" {
		t.Errorf("Find(\"lost\") = %q, %v; want the phase keyed lost", p.Key, err)
	}
	if p, err := lc.Find("Lost"); err != nil || p.Key != "lost" {
		t.Errorf("Find(\"Lost\") = %q, %v; want the phase keyed lost", p.Key, err)
	}
}

func TestFindFailsWithTheKeysForAnUnknownPhase(t *testing.T) {
	lc := classic(t)
	for _, in := range []string{"prospect", "", "   ", "---"} {
		_, err := lc.Find(in)
		if !errors.Is(err, ErrUnknownPhase) {
			t.Errorf("Find(%q) error = %v, want one wrapping ErrUnknownPhase", in, err)
			continue
		}
		want := `unknown phase "` + in + `" (the phases are: Awareness, Acquisition, Conversion, Retention, Loyalty, Win-back, Lost)`
		if err.Error() != want {
			t.Errorf("Find(%q) error = %q, want %q", in, err, want)
		}
	}
}

func TestVisibleFirstAndLastSkipHiddenPhases(t *testing.T) {
	lc, err := classic(t).SetHidden("awareness", true)
	if err != nil {
		t.Fatal(err)
	}
	var vis []string
	for _, p := range lc.Visible() {
		vis = append(vis, p.Key)
	}
	if got := strings.Join(vis, " "); got != "acquisition conversion retention loyalty win-back lost" {
		t.Errorf("Visible() = %s", got)
	}
	tests := []struct {
		g    Group
		want string
	}{{Buying, "acquisition"}, {Owning, "conversion"}, {Ended, "win-back"}}
	for _, tt := range tests {
		if p, ok := lc.First(tt.g); !ok || p.Key != tt.want {
			t.Errorf("First(%s) = %q, %v; want %q", tt.g, p.Key, ok, tt.want)
		}
	}
	if p, ok := lc.Last(Ended); !ok || p.Key != "lost" {
		t.Errorf("Last(ended) = %q, %v; want lost", p.Key, ok)
	}
	lc, _ = lc.SetHidden("acquisition", true)
	if p, ok := lc.First(Buying); ok {
		t.Errorf("First(buying) with every buying phase hidden = %q, want none", p.Key)
	}
	if p, ok := lc.Last(Buying); ok {
		t.Errorf("Last(buying) with every buying phase hidden = %q, want none", p.Key)
	}
}

func TestRenameKeepsTheKey(t *testing.T) {
	orig := classic(t)
	lc, err := orig.Rename("Win-back", "  Reactivation ")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := lc.Find("win-back")
	if p != (Phase{Key: "win-back", Label: "Reactivation", Group: Ended}) {
		t.Errorf("after rename the phase is %+v", p)
	}
	if keys(lc) != classicKeys {
		t.Errorf("rename changed the order or keys: %s", keys(lc))
	}
	unchanged(t, orig)
}

func TestRenameAcceptsACaseChangeOfItsOwnLabel(t *testing.T) {
	lc, err := classic(t).Rename("lost", "LOST")
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := lc.Find("lost"); p.Label != "LOST" {
		t.Errorf("label = %q, want LOST", p.Label)
	}
}

func TestChangesRefuseLabelsThatCollide(t *testing.T) {
	renamed, err := classic(t).Rename("win-back", "Reactivation")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(Lifecycle) (Lifecycle, error)
		want   string
	}{
		{"rename to another label", func(lc Lifecycle) (Lifecycle, error) { return lc.Rename("awareness", "Lost") },
			`two phases are labelled "Lost"`},
		{"rename to another label in other case", func(lc Lifecycle) (Lifecycle, error) { return lc.Rename("awareness", "lOST") },
			`two phases are labelled "lOST"`},
		{"rename to another label's slug", func(lc Lifecycle) (Lifecycle, error) { return lc.Rename("awareness", "Win back") },
			`label "Win back" is too close to phase "Win-back" (key win-back)`},
		{"rename to an empty label", func(lc Lifecycle) (Lifecycle, error) { return lc.Rename("awareness", "  ") },
			`a phase needs a key and a label`},
		{"add an existing label", func(lc Lifecycle) (Lifecycle, error) { return lc.Add("retention", Owning, "") },
			`two phases are labelled "retention"`},
		{"add a label with no letters", func(lc Lifecycle) (Lifecycle, error) { return lc.Add("--", Owning, "") },
			`phase label "--" has no letters or digits`},
		{"add without a group", func(lc Lifecycle) (Lifecycle, error) { return lc.Add("Referral", "", "") },
			`phase "referral": unknown group "" (use buying, owning or ended)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lc := classic(t)
			got, err := tt.change(lc)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error = %v, want %q", err, tt.want)
			}
			if !slices.Equal(got.Phases, lc.Phases) {
				t.Errorf("a refused change returned a changed lifecycle: %s", keys(got))
			}
			unchanged(t, lc)
		})
	}
	t.Run("add the key of a renamed phase", func(t *testing.T) {
		_, err := renamed.Add("Win back", Ended, "")
		want := `label "Win back" is too close to phase "Reactivation" (key win-back)`
		if err == nil || err.Error() != want {
			t.Errorf("error = %v, want %q", err, want)
		}
	})
}

func TestAddInsertsAfterAPhaseOrAtTheEnd(t *testing.T) {
	tests := []struct {
		label string
		group Group
		after string
		want  string
	}{
		{"Referral", Owning, "", classicKeys + " referral"},
		{"Referral", Owning, "loyalty", "awareness acquisition conversion retention loyalty referral win-back lost"},
		{"Qualified lead", Buying, "Awareness", "awareness qualified-lead acquisition conversion retention loyalty win-back lost"},
		{"Archive", Ended, "lost", classicKeys + " archive"},
	}
	for _, tt := range tests {
		t.Run(tt.label+" after "+tt.after, func(t *testing.T) {
			orig := classic(t)
			lc, err := orig.Add("  "+tt.label+" ", tt.group, tt.after)
			if err != nil {
				t.Fatal(err)
			}
			if keys(lc) != tt.want {
				t.Errorf("order = %s\nwant    %s", keys(lc), tt.want)
			}
			p, err := lc.Find(tt.label)
			if err != nil || p != (Phase{Key: KeyFor(tt.label), Label: tt.label, Group: tt.group}) {
				t.Errorf("added phase = %+v, %v", p, err)
			}
			unchanged(t, orig)
		})
	}
}

func TestAddAfterAnUnknownPhaseFails(t *testing.T) {
	orig := classic(t)
	_, err := orig.Add("Referral", Owning, "nowhere")
	if !errors.Is(err, ErrUnknownPhase) {
		t.Errorf("error = %v, want ErrUnknownPhase", err)
	}
	unchanged(t, orig)
}

func TestMoveToReordersByPosition(t *testing.T) {
	tests := []struct {
		phase string
		pos   int
		want  string
	}{
		{"lost", 1, "lost awareness acquisition conversion retention loyalty win-back"},
		{"awareness", 7, "acquisition conversion retention loyalty win-back lost awareness"},
		{"Loyalty", 2, "awareness loyalty acquisition conversion retention win-back lost"},
		{"acquisition", 4, "awareness conversion retention acquisition loyalty win-back lost"},
		{"retention", 4, classicKeys},
	}
	for _, tt := range tests {
		orig := classic(t)
		lc, err := orig.MoveTo(tt.phase, tt.pos)
		if err != nil {
			t.Errorf("MoveTo(%q, %d): %v", tt.phase, tt.pos, err)
			continue
		}
		if keys(lc) != tt.want {
			t.Errorf("MoveTo(%q, %d) = %s\nwant %s", tt.phase, tt.pos, keys(lc), tt.want)
		}
		unchanged(t, orig)
	}
}

func TestMoveToRefusesPositionsOutsideTheList(t *testing.T) {
	for _, pos := range []int{0, -1, 8, 100} {
		orig := classic(t)
		_, err := orig.MoveTo("lost", pos)
		want := "position " + strconv.Itoa(pos) + " is outside 1..7"
		if err == nil || err.Error() != want {
			t.Errorf("MoveTo(lost, %d) error = %v, want %q", pos, err, want)
		}
		unchanged(t, orig)
	}
	if _, err := classic(t).MoveTo("prospect", 1); !errors.Is(err, ErrUnknownPhase) {
		t.Errorf("MoveTo(prospect) error = %v, want ErrUnknownPhase", err)
	}
}

func TestSetHiddenHidesAndShowsAgain(t *testing.T) {
	orig := classic(t)
	hidden, err := orig.SetHidden("Win-back", true)
	if err != nil {
		t.Fatal(err)
	}
	if keys(hidden) != "awareness acquisition conversion retention loyalty !win-back lost" {
		t.Errorf("after hiding: %s", keys(hidden))
	}
	unchanged(t, orig)
	shown, err := hidden.SetHidden("win-back", false)
	if err != nil {
		t.Fatal(err)
	}
	if keys(shown) != classicKeys {
		t.Errorf("after showing again: %s", keys(shown))
	}
	if keys(hidden) != "awareness acquisition conversion retention loyalty !win-back lost" {
		t.Errorf("showing changed the hidden lifecycle: %s", keys(hidden))
	}
}

func TestSetHiddenRefusesToHideTheLastVisiblePhase(t *testing.T) {
	lc := Lifecycle{Phases: []Phase{
		{Key: "a", Label: "A", Group: Buying},
		{Key: "b", Label: "B", Group: Owning, Hidden: true},
	}}
	got, err := lc.SetHidden("a", true)
	if err == nil || err.Error() != "at least one phase must stay visible" {
		t.Errorf("error = %v, want the last visible phase refused", err)
	}
	if got.Phases[0].Hidden || lc.Phases[0].Hidden {
		t.Error("the refused hide hid the phase")
	}
}

func TestValidateRefusesBrokenLifecycles(t *testing.T) {
	tests := []struct {
		name   string
		phases []Phase
		want   string
	}{
		{"no phases", nil, "at least one phase must stay visible"},
		{"all hidden", []Phase{{Key: "a", Label: "A", Group: Buying, Hidden: true}}, "at least one phase must stay visible"},
		{"empty key", []Phase{{Label: "A", Group: Buying}}, "a phase needs a key and a label"},
		{"empty label", []Phase{{Key: "a", Group: Buying}}, "a phase needs a key and a label"},
		{"bad group", []Phase{{Key: "a", Label: "A", Group: "done"}}, `phase "a": unknown group "done" (use buying, owning or ended)`},
		{"same key", []Phase{{Key: "a", Label: "A", Group: Buying}, {Key: "a", Label: "B", Group: Buying}}, `two phases have the key "a"`},
		{"same label", []Phase{{Key: "a", Label: "Lead", Group: Buying}, {Key: "b", Label: "LEAD", Group: Buying}}, `two phases are labelled "Lead"`},
		{"label folds to another", []Phase{{Key: "a", Label: "ſ", Group: Buying}, {Key: "b", Label: "S", Group: Buying}}, `two phases are labelled "ſ"`},
		{"label is another key", []Phase{{Key: "a", Label: "Lost", Group: Buying}, {Key: "lost", Label: "Gone", Group: Ended}}, `label "Lost" is too close to phase "Gone" (key lost)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Lifecycle{Phases: tt.phases}.Validate()
			if err == nil || err.Error() != tt.want {
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestValidateAcceptsLabelsWithoutLetters(t *testing.T) {
	lc := Lifecycle{Phases: []Phase{
		{Key: "a", Label: "★", Group: Buying},
		{Key: "b", Label: "☆", Group: Owning},
	}}
	if err := lc.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}
