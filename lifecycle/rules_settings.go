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
	Key         string
	Description string
	Values      string // what the setting accepts
	Default     string // empty where the default depends on the phase
}

// ruleSetting binds a settings key, without its prefix, to a field of Rules.
type ruleSetting struct {
	name, about string
	field       func(*Rules) ruleValue
}

var ruleSettings = []ruleSetting{
	{"stalled-days", "days a buying phase allows without activity",
		func(r *Rules) ruleValue { return days(&r.StalledDays, 1) }},
	{"silence-factor", "times their usual contact interval an owning customer may go without contact",
		func(r *Rules) ruleValue { return number{&r.SilenceFactor, 1, 100} }},
	{"silence-days", "days an owning phase allows without contact while the contact history is short",
		func(r *Rules) ruleValue { return days(&r.SilenceDays, 1) }},
	{"history-contacts", "contacts it takes to trust a customer's usual contact interval",
		func(r *Rules) ruleValue { return count{&r.HistoryContacts, 2, 1000} }},
	{"follow-up-grace-days", "days a follow-up may pass its date before it is overdue",
		func(r *Rules) ruleValue { return days(&r.FollowUpGraceDays, 0) }},
	{"negative-contacts", "latest contacts in a row that, all negative, put a customer at risk",
		func(r *Rules) ruleValue { return count{&r.NegativeContacts, 1, 100} }},
	{"moment-days", "days a negative moment of truth keeps a customer at risk",
		func(r *Rules) ruleValue { return days(&r.MomentDays, 0) }},
	{"low-p-alive", "P(alive) below which an owning customer is at risk",
		func(r *Rules) ruleValue { return number{&r.LowPAlive, 0, 1} }},
	{"win-back-p-alive", "P(alive) below which an owning customer is a win-back candidate",
		func(r *Rules) ruleValue { return number{&r.WinBackPAlive, 0, 1} }},
	{"spend-days", "days in each of the two periods whose spend is compared",
		func(r *Rules) ruleValue { return days(&r.SpendDays, 1) }},
	{"spend-drop", "share of the earlier period's spend the latest period must reach",
		func(r *Rules) ruleValue { return number{&r.SpendDrop, 0, 1} }},
	{"spend-drop-minimum", "least spend in the earlier period for a drop to count",
		func(r *Rules) ruleValue { return amount{&r.SpendDropMinimum} }},
	{"win-back-cooldown-days", "days a customer is left alone after a win-back attempt",
		func(r *Rules) ruleValue { return days(&r.WinBackCooldownDays, 0) }},
}

// RuleKeys lists every setting of the rules with its default.
func RuleKeys() []RuleKey {
	d := DefaultRules()
	keys := make([]RuleKey, 0, len(ruleSettings)+1)
	for _, s := range ruleSettings {
		v := s.field(&d)
		keys = append(keys, RuleKey{RulePrefix + s.name, s.about, v.want(), v.String()})
	}
	return append(keys, RuleKey{phaseDaysPrefix + "<phase key>",
		"days this phase allows without activity, overriding stalled- or silence-days",
		phaseDays{}.want(), ""})
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
