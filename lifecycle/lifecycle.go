package lifecycle

import (
	"strings"
)

// Lifecycle is a book's ordered list of phases. Phases are never removed,
// only hidden, so every phase named in the history can still be shown.
type Lifecycle struct {
	Phases []Phase
}

// ErrUnknownPhase is wrapped by every error about a phase the lifecycle lacks.
var ErrUnknownPhase = Problemf(CodePhaseUnknown, nil, "unknown phase")

// Find looks a phase up by key, then by label, then by the slug of what was
// typed, all case-insensitively. Keys come first because the history names
// phases by key, and a label must never capture another phase's history.
func (l Lifecycle) Find(keyOrLabel string) (Phase, error) {
	want := strings.TrimSpace(keyOrLabel)
	for _, p := range l.Phases {
		if strings.EqualFold(p.Key, want) {
			return p, nil
		}
	}
	for _, p := range l.Phases {
		if strings.EqualFold(p.Label, want) {
			return p, nil
		}
	}
	if k := KeyFor(want); k != "" {
		for _, p := range l.Phases {
			if p.Key == k {
				return p, nil
			}
		}
	}
	return Phase{}, Problemf(CodePhaseUnknown, Values{"Phase": keyOrLabel, "Phases": l.keys(), "Labels": l.labels()},
		"%w %q (the phases are: %s)", ErrUnknownPhase, keyOrLabel, strings.Join(l.labels(), ", "))
}

func (l Lifecycle) keys() []string {
	keys := make([]string, len(l.Phases))
	for i, p := range l.Phases {
		keys[i] = p.Key
	}
	return keys
}

func (l Lifecycle) labels() []string {
	labels := make([]string, len(l.Phases))
	for i, p := range l.Phases {
		labels[i] = p.Label
	}
	return labels
}

func (l Lifecycle) index(key string) int {
	for i, p := range l.Phases {
		if p.Key == key {
			return i
		}
	}
	return -1
}

// Visible returns the phases shown on the board, in order.
func (l Lifecycle) Visible() []Phase {
	var out []Phase
	for _, p := range l.Phases {
		if !p.Hidden {
			out = append(out, p)
		}
	}
	return out
}

// First returns the first visible phase of a group, used where a customer
// enters the cycle (a new customer starts in the first buying phase).
func (l Lifecycle) First(g Group) (Phase, bool) {
	for _, p := range l.Visible() {
		if p.Group == g {
			return p, true
		}
	}
	return Phase{}, false
}

// Last returns the last visible phase of a group: where a customer given
// up for lost goes (Lost rather than Win-back).
func (l Lifecycle) Last(g Group) (Phase, bool) {
	visible := l.Visible()
	for i := len(visible) - 1; i >= 0; i-- {
		if visible[i].Group == g {
			return visible[i], true
		}
	}
	return Phase{}, false
}

// Validate checks that keys and labels are unique and non-empty, that no
// label can be mistaken for another phase, and that at least one phase is
// visible.
func (l Lifecycle) Validate() error {
	keys := map[string]bool{}
	visible := 0
	for _, p := range l.Phases {
		if p.Key == "" || strings.TrimSpace(p.Label) == "" {
			return Problemf(CodePhaseBlank, nil, "a phase needs a key and a label")
		}
		if _, err := ParseGroup(string(p.Group)); err != nil {
			return Problemf(CodePhaseBad, Values{"Key": p.Key}, "phase %q: %w", p.Key, err)
		}
		if keys[p.Key] {
			return Problemf(CodePhaseKeyTwice, Values{"Key": p.Key}, "two phases have the key %q", p.Key)
		}
		keys[p.Key] = true
		if !p.Hidden {
			visible++
		}
	}
	for i := range l.Phases {
		if err := l.clash(i); err != nil {
			return err
		}
	}
	if visible == 0 {
		return Problemf(CodePhaseNoneSeen, nil, "at least one phase must stay visible")
	}
	return nil
}

// clash reports a label of phase i that Find could confuse with another
// phase: the same label in another case, or the same slug as another
// phase's label or key.
func (l Lifecycle) clash(i int) error {
	p := l.Phases[i]
	slug := KeyFor(p.Label)
	for j, q := range l.Phases {
		if j == i {
			continue
		}
		if strings.EqualFold(p.Label, q.Label) {
			return Problemf(CodePhaseLabels, Values{"Label": p.Label}, "two phases are labelled %q", p.Label)
		}
		if strings.EqualFold(p.Label, q.Key) || slug != "" && (slug == q.Key || slug == KeyFor(q.Label)) {
			return Problemf(CodePhaseClose, Values{"Label": p.Label, "Other": q.Label, "OtherKey": q.Key},
				"label %q is too close to phase %q (key %s)", p.Label, q.Label, q.Key)
		}
	}
	return nil
}

func (l Lifecycle) clone() Lifecycle {
	return Lifecycle{Phases: append([]Phase(nil), l.Phases...)}
}

// Rename gives a phase a new label; its key, and so its history, stays.
func (l Lifecycle) Rename(keyOrLabel, label string) (Lifecycle, error) {
	p, err := l.Find(keyOrLabel)
	if err != nil {
		return l, err
	}
	out := l.clone()
	i := out.index(p.Key)
	out.Phases[i].Label = strings.TrimSpace(label)
	return l.checked(out, i)
}

// Add inserts a new phase after the phase named by after, or at the end when
// after is empty.
func (l Lifecycle) Add(label string, g Group, after string) (Lifecycle, error) {
	label = strings.TrimSpace(label)
	p := Phase{Key: KeyFor(label), Label: label, Group: g}
	if p.Key == "" {
		return l, Problemf(CodePhaseNoLetter, Values{"Label": label}, "phase label %q has no letters or digits", label)
	}
	at := len(l.Phases)
	if after != "" {
		prev, err := l.Find(after)
		if err != nil {
			return l, err
		}
		at = l.index(prev.Key) + 1
	}
	out := Lifecycle{Phases: make([]Phase, 0, len(l.Phases)+1)}
	out.Phases = append(out.Phases, l.Phases[:at]...)
	out.Phases = append(out.Phases, p)
	out.Phases = append(out.Phases, l.Phases[at:]...)
	return l.checked(out, at)
}

// checked returns out when it is valid and l otherwise, so a refused change
// hands back the lifecycle as it was. The changed phase i is checked first,
// so that a clash is blamed on the new label rather than the old one.
func (l Lifecycle) checked(out Lifecycle, i int) (Lifecycle, error) {
	if i >= 0 {
		if err := out.clash(i); err != nil {
			return l, err
		}
	}
	if err := out.Validate(); err != nil {
		return l, err
	}
	return out, nil
}

// MoveTo puts a phase at a 1-based position in the order.
func (l Lifecycle) MoveTo(keyOrLabel string, position int) (Lifecycle, error) {
	p, err := l.Find(keyOrLabel)
	if err != nil {
		return l, err
	}
	if position < 1 || position > len(l.Phases) {
		return l, Problemf(CodePhasePosition, Values{"Position": position, "Count": len(l.Phases)},
			"position %d is outside 1..%d", position, len(l.Phases))
	}
	out := l.clone()
	i := out.index(p.Key)
	out.Phases = append(out.Phases[:i], out.Phases[i+1:]...)
	j := position - 1
	out.Phases = append(out.Phases[:j], append([]Phase{p}, out.Phases[j:]...)...)
	return out, nil
}

// SetHidden hides a phase from the board or shows it again. Hidden phases
// keep their history.
func (l Lifecycle) SetHidden(keyOrLabel string, hidden bool) (Lifecycle, error) {
	p, err := l.Find(keyOrLabel)
	if err != nil {
		return l, err
	}
	out := l.clone()
	out.Phases[out.index(p.Key)].Hidden = hidden
	return l.checked(out, -1)
}
