package data

import (
	"strings"

	"tend/lifecycle"
)

// stageStep is how far along a stage of another system says a person is,
// in words all those systems share, so that one table per preset maps
// every system's stages to a phase.
type stageStep int

// The steps, from first touch to the end of the relationship.
const (
	stepSubscriber  stageStep = iota // signed up for news, nothing more
	stepLead                         // shown interest
	stepQualified                    // found worth pursuing
	stepOpportunity                  // in talks about a deal
	stepCustomer                     // has bought
	stepAdvocate                     // recommends
	stepLost                         // turned away
)

// stepPhases are the phases a step goes to, by the presets' keys: the first
// the book has is taken, so a book of any preset maps each step (classic,
// ict, funnel, gartner, in that order where their keys differ). The
// classic preset follows its sources: a subscriber or lead is aware of the
// business, qualified leads and opportunities are being acquired, a
// customer has converted (retention follows with the repeat purchases the
// book records), an evangelist is loyal.
var stepPhases = map[stageStep][]string{
	stepSubscriber:  {"awareness", "first-contact", "explore"},
	stepLead:        {"awareness", "first-contact", "explore"},
	stepQualified:   {"acquisition", "research", "consideration", "evaluate"},
	stepOpportunity: {"acquisition", "purchase-decision", "consideration", "engage"},
	stepCustomer:    {"conversion", "use-support", "onboard"},
	stepAdvocate:    {"loyalty", "advocacy", "expand-renew", "retention"},
	stepLost:        {"lost", "relationship-ended", "abandoned"},
}

// StageMapping is one line of the table an import maps stages to phases by.
type StageMapping struct {
	Stage  string `json:"stage"`   // as the system writes it
	Phase  string `json:"phase"`   // the book's phase key; "" where the book has none for it
	ByUser bool   `json:"by_user"` // --phase-map set it
	Rows   int    `json:"rows"`    // the rows of the file in that stage, bad ones too
}

// stageTable maps the stages of a file to phases: the source's defaults,
// changed and added to by --phase-map.
type stageTable struct {
	lines  []StageMapping
	strict bool // a stage the table lacks is refused, not read as a phase's name
	// byKey is the line of each stage by columnKey: stages compare as
	// columns do, "Sales Qualified Lead" and "sales-qualified lead" are one.
	byKey map[string]int
}

// newStageTable is the table of src (nil for a file of no known system)
// for the book's lifecycle, with the user's mappings over it.
func newStageTable(src *importSource, lc lifecycle.Lifecycle, maps []string, names lifecycle.PhaseNames) (*stageTable, error) {
	t := &stageTable{byKey: map[string]int{}}
	if src != nil {
		t.strict = len(src.stages) > 0 && !src.stagesInTags
		for _, s := range src.stages {
			t.set(s.name, stepPhase(s.step, lc), false)
		}
	}
	for _, m := range maps {
		at := strings.LastIndexByte(m, '=')
		if at < 0 || strings.TrimSpace(m[:at]) == "" || strings.TrimSpace(m[at+1:]) == "" {
			return nil, lifecycle.Problemf(CodePhaseMapForm, lifecycle.Values{"Mapping": m},
				"the phase mapping %q: write it as 'Stage=phase'", m)
		}
		p, err := lc.EnterNamed(strings.TrimSpace(m[at+1:]), names)
		if err != nil {
			return nil, lifecycle.Problemf(CodePhaseMapPhase, lifecycle.Values{"Mapping": m, "Cause": err},
				"the phase mapping %q: %w", m, err)
		}
		t.set(strings.TrimSpace(m[:at]), p.Key, true)
	}
	return t, nil
}

// set maps a stage, over what the table had for it.
func (t *stageTable) set(stage, phase string, byUser bool) {
	key := columnKey(stage)
	if i, ok := t.byKey[key]; ok {
		t.lines[i].Phase, t.lines[i].ByUser = phase, byUser
		return
	}
	t.byKey[key] = len(t.lines)
	t.lines = append(t.lines, StageMapping{Stage: stage, Phase: phase, ByUser: byUser})
}

// stepPhase is the book's phase for a step, or "".
func stepPhase(step stageStep, lc lifecycle.Lifecycle) string {
	for _, key := range stepPhases[step] {
		if phaseAt(lc, key) >= 0 {
			return key
		}
	}
	return ""
}

// phaseAt is where a phase a customer may enter stands in the lifecycle,
// or -1.
func phaseAt(lc lifecycle.Lifecycle, key string) int {
	for i, p := range lc.Phases {
		if p.Key == key && !p.Hidden {
			return i
		}
	}
	return -1
}

// phase reads a stage as the table maps it, and gives the line it was
// found on (-1 where the table lacks it). A stage the table lacks is read
// as a phase's name, unless the table is a system's own; then it is
// refused, naming the stage, so that the user maps it.
func (t *stageTable) phase(stage string, lc lifecycle.Lifecycle, names lifecycle.PhaseNames) (string, int, error) {
	if i, ok := t.byKey[columnKey(stage)]; ok {
		if t.lines[i].Phase == "" {
			return "", i, stageUnmapped(stage)
		}
		return t.lines[i].Phase, i, nil
	}
	if t.strict {
		return "", -1, stageUnmapped(stage)
	}
	p, err := lc.EnterNamed(stage, names)
	return p.Key, -1, err
}

func stageUnmapped(stage string) error {
	return lifecycle.Problemf(CodeStageUnmapped, lifecycle.Values{"Stage": stage},
		"the stage %q has no phase", stage)
}

// furthest reads the labels of a cell as stages, where the system keeps
// them among its labels, and gives the phase and line of the one furthest
// along the lifecycle, or line -1 where no label is a stage. A label the
// table lacks is a label only.
func (t *stageTable) furthest(labels []string, lc lifecycle.Lifecycle) (string, int) {
	best, at := -1, -1
	for _, l := range labels {
		i, ok := t.byKey[columnKey(l)]
		if !ok {
			continue
		}
		if rank := phaseAt(lc, t.lines[i].Phase); rank > best {
			best, at = rank, i
		}
	}
	if at < 0 {
		return "", -1
	}
	return t.lines[at].Phase, at
}
