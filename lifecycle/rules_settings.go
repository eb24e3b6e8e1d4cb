package lifecycle

import (
	"maps"
	"slices"
	"strings"
)

// RulePrefix starts the settings key of every rule, so that the rules can
// share a book's settings with everything else kept there.
const RulePrefix = "flags."

// phaseDaysPrefix starts the key of one phase's own limit; the phase key
// follows it.
const phaseDaysPrefix = RulePrefix + "phase-days."

// RuleKey describes one setting of the rules, for a listing of settings.
type RuleKey struct {
	Key string
	// Rule names the rule, the key without its prefix ("stalled-days",
	// "phase-days"), by which a face says what the rule is.
	Rule string
	// Description is what a setting that is no rule is, in the words of
	// the face that lists it beside the rules.
	Description string
	// Wants is what a rule accepts, as facts: Want (count, number or
	// amount), Min and Max; Accepts says it for a setting that is no rule,
	// in the words of the face that lists it.
	Wants   Values
	Accepts string
	Default string // empty where the default depends on the phase
	// Each marks the pattern of the settings one per phase: the key is
	// Key followed by the phase's key.
	Each bool
}

// ruleSetting binds a settings key, without its prefix, to a field of Rules.
type ruleSetting struct {
	name  string
	field func(*Rules) ruleValue
}

var ruleSettings = []ruleSetting{
	{"stalled-days", func(r *Rules) ruleValue { return days(&r.StalledDays, 1) }},
	{"silence-factor", func(r *Rules) ruleValue { return number{&r.SilenceFactor, 1, 100} }},
	{"silence-days", func(r *Rules) ruleValue { return days(&r.SilenceDays, 1) }},
	{"history-contacts", func(r *Rules) ruleValue { return count{&r.HistoryContacts, 2, 1000} }},
	{"follow-up-grace-days", func(r *Rules) ruleValue { return days(&r.FollowUpGraceDays, 0) }},
	{"negative-contacts", func(r *Rules) ruleValue { return count{&r.NegativeContacts, 1, 100} }},
	{"moment-days", func(r *Rules) ruleValue { return days(&r.MomentDays, 0) }},
	{"low-p-alive", func(r *Rules) ruleValue { return number{&r.LowPAlive, 0, 1} }},
	{"win-back-p-alive", func(r *Rules) ruleValue { return number{&r.WinBackPAlive, 0, 1} }},
	{"spend-days", func(r *Rules) ruleValue { return days(&r.SpendDays, 1) }},
	{"spend-drop", func(r *Rules) ruleValue { return number{&r.SpendDrop, 0, 1} }},
	{"spend-drop-minimum", func(r *Rules) ruleValue { return amount{&r.SpendDropMinimum} }},
	{"win-back-cooldown-days", func(r *Rules) ruleValue { return days(&r.WinBackCooldownDays, 0) }},
	{"won-back-grace-days", func(r *Rules) ruleValue { return days(&r.WonBackGraceDays, 0) }},
}

// RuleKeys lists every setting of the rules with its default.
func RuleKeys() []RuleKey {
	d := DefaultRules()
	keys := make([]RuleKey, 0, len(ruleSettings)+1)
	for _, s := range ruleSettings {
		v := s.field(&d)
		keys = append(keys, RuleKey{Key: RulePrefix + s.name, Rule: s.name, Wants: v.wanted(), Default: v.String()})
	}
	return append(keys, RuleKey{Key: phaseDaysPrefix, Rule: "phase-days", Wants: phaseDays{}.wanted(), Each: true})
}

// Settings writes the rules as settings, one key per threshold and one per
// phase with a limit of its own.
func (r Rules) Settings() map[string]string {
	out := make(map[string]string, len(ruleSettings)+len(r.PhaseDays))
	for _, s := range ruleSettings {
		out[RulePrefix+s.name] = s.field(&r).String()
	}
	for phase := range r.PhaseDays {
		out[phaseDaysPrefix+phase] = phaseDays{r.PhaseDays, phase}.String()
	}
	return out
}

// RulesFromSettings reads the rules from a book's settings: keys without
// RulePrefix belong to other settings and are passed over, and a rule that
// is not set keeps its default. An unknown rule or a bad value is an error
// that names both; the defaults come with it, so that a caller can carry on.
func RulesFromSettings(settings map[string]string) (Rules, error) {
	r := DefaultRules()
	// In key order, so that of several bad settings the same one is named.
	for _, key := range slices.Sorted(maps.Keys(settings)) {
		if !strings.HasPrefix(key, RulePrefix) {
			continue
		}
		if err := r.set(key, settings[key]); err != nil {
			return DefaultRules(), err
		}
	}
	return r, nil
}

// set reads the value of one rule's key.
func (r *Rules) set(key, value string) error {
	v, err := r.valueOf(key)
	if err != nil {
		return err
	}
	if !v.Set(strings.TrimSpace(value)) {
		facts := v.wanted()
		facts["Key"], facts["Value"] = key, value
		return Problemf(CodeSettingValue, facts, "setting %s = %q: want %s", key, value, v.want())
	}
	return nil
}

// valueOf finds the field a key sets; for a phase's own limit it makes
// room in Rules.PhaseDays.
func (r *Rules) valueOf(key string) (ruleValue, error) {
	if phase, ok := strings.CutPrefix(key, phaseDaysPrefix); ok {
		if phase == "" || KeyFor(phase) != phase {
			return nil, Problemf(CodeSettingPhase, Values{"Key": key, "Phase": phase},
				"setting %s: %q is not a phase key", key, phase)
		}
		if r.PhaseDays == nil {
			r.PhaseDays = map[string]int{}
		}
		return phaseDays{r.PhaseDays, phase}, nil
	}
	for _, s := range ruleSettings {
		if RulePrefix+s.name == key {
			return s.field(r), nil
		}
	}
	return nil, Problemf(CodeSettingUnknown, Values{"Key": key}, "unknown setting %s", key)
}
