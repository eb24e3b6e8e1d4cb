package lifecycle

import (
	"maps"
	"reflect"
	"testing"
)

func TestDefaultRulesWriteEveryKeyWithItsDefault(t *testing.T) {
	want := map[string]string{
		"flags.stalled-days":           "21",
		"flags.silence-factor":         "2",
		"flags.silence-days":           "45",
		"flags.history-contacts":       "3",
		"flags.follow-up-grace-days":   "0",
		"flags.negative-contacts":      "2",
		"flags.moment-days":            "60",
		"flags.low-p-alive":            "0.5",
		"flags.win-back-p-alive":       "0.15",
		"flags.spend-days":             "90",
		"flags.spend-drop":             "0.5",
		"flags.spend-drop-minimum":     "100.00",
		"flags.win-back-cooldown-days": "30",
		"flags.won-back-grace-days":    "90",
	}
	if got := DefaultRules().Settings(); !maps.Equal(got, want) {
		t.Errorf("DefaultRules().Settings() = %v\nwant %v", got, want)
	}
}

func TestRulesSurviveTheirSettings(t *testing.T) {
	custom := DefaultRules()
	custom.StalledDays, custom.SilenceFactor, custom.SpendDropMinimum = 14, 2.5, 123456
	custom.PhaseDays = map[string]int{"awareness": 60, "use-support": 30}
	for _, r := range []Rules{DefaultRules(), custom} {
		got, err := RulesFromSettings(r.Settings())
		if err != nil || !reflect.DeepEqual(got, r) {
			t.Errorf("RulesFromSettings(%v) = %+v, %v; want %+v", r.Settings(), got, err, r)
		}
	}
}

func TestRulesFromSettingsReadsEachKey(t *testing.T) {
	tests := []struct {
		key, value string
		want       func(*Rules)
	}{
		{"flags.stalled-days", "30", func(r *Rules) { r.StalledDays = 30 }},
		{"flags.silence-factor", "3", func(r *Rules) { r.SilenceFactor = 3 }},
		{"flags.silence-factor", "1,5", func(r *Rules) { r.SilenceFactor = 1.5 }},
		{"flags.silence-days", "60", func(r *Rules) { r.SilenceDays = 60 }},
		{"flags.history-contacts", "5", func(r *Rules) { r.HistoryContacts = 5 }},
		{"flags.follow-up-grace-days", "2", func(r *Rules) { r.FollowUpGraceDays = 2 }},
		{"flags.negative-contacts", "1", func(r *Rules) { r.NegativeContacts = 1 }},
		{"flags.moment-days", "0", func(r *Rules) { r.MomentDays = 0 }},
		{"flags.low-p-alive", "0.4", func(r *Rules) { r.LowPAlive = 0.4 }},
		{"flags.win-back-p-alive", " 0.1 ", func(r *Rules) { r.WinBackPAlive = 0.1 }},
		{"flags.spend-days", "30", func(r *Rules) { r.SpendDays = 30 }},
		{"flags.spend-drop", "0.25", func(r *Rules) { r.SpendDrop = 0.25 }},
		{"flags.spend-drop-minimum", "1.234,50", func(r *Rules) { r.SpendDropMinimum = 123450 }},
		{"flags.win-back-cooldown-days", "0", func(r *Rules) { r.WinBackCooldownDays = 0 }},
		{"flags.phase-days.awareness", "90", func(r *Rules) { r.PhaseDays = map[string]int{"awareness": 90} }},
	}
	for _, tt := range tests {
		want := DefaultRules()
		tt.want(&want)
		got, err := RulesFromSettings(map[string]string{tt.key: tt.value})
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %q: got %+v, %v; want %+v", tt.key, tt.value, got, err, want)
		}
	}
}

func TestRulesFromSettingsPassesOverOtherSettings(t *testing.T) {
	got, err := RulesFromSettings(map[string]string{"preset": "classic", "created_at": "1700000000"})
	if err != nil || !reflect.DeepEqual(got, DefaultRules()) {
		t.Errorf("RulesFromSettings = %+v, %v; want the defaults", got, err)
	}
}

func TestRulesFromSettingsNamesTheBadKeyAndValue(t *testing.T) {
	tests := []struct {
		settings map[string]string
		want     string
	}{
		{map[string]string{"flags.stalled-days": "abc"},
			`setting flags.stalled-days = "abc": want a whole number from 1 to 3650`},
		{map[string]string{"flags.stalled-days": "0"},
			`setting flags.stalled-days = "0": want a whole number from 1 to 3650`},
		{map[string]string{"flags.stalled-days": "2.5"},
			`setting flags.stalled-days = "2.5": want a whole number from 1 to 3650`},
		{map[string]string{"flags.moment-days": "-1"},
			`setting flags.moment-days = "-1": want a whole number from 0 to 3650`},
		{map[string]string{"flags.history-contacts": "1"},
			`setting flags.history-contacts = "1": want a whole number from 2 to 1000`},
		{map[string]string{"flags.low-p-alive": "1.5"},
			`setting flags.low-p-alive = "1.5": want a number from 0 to 1`},
		{map[string]string{"flags.low-p-alive": "NaN"},
			`setting flags.low-p-alive = "NaN": want a number from 0 to 1`},
		{map[string]string{"flags.silence-factor": "0.5"},
			`setting flags.silence-factor = "0.5": want a number from 1 to 100`},
		{map[string]string{"flags.spend-drop-minimum": "-5"},
			`setting flags.spend-drop-minimum = "-5": want an amount of 0 or more, like 100 or 99.50`},
		{map[string]string{"flags.spend-drop-minimum": "lots"},
			`setting flags.spend-drop-minimum = "lots": want an amount of 0 or more, like 100 or 99.50`},
		{map[string]string{"flags.phase-days.lost": "0"},
			`setting flags.phase-days.lost = "0": want a whole number from 1 to 3650`},
		{map[string]string{"flags.phase-days.": "10"},
			`setting flags.phase-days.: "" is not a phase key`},
		{map[string]string{"flags.phase-days.Win Back": "10"},
			`setting flags.phase-days.Win Back: "Win Back" is not a phase key`},
		{map[string]string{"flags.stalled-dayz": "10"},
			`unknown setting flags.stalled-dayz`},
		// Of several bad settings the first by key is named, every time.
		{map[string]string{"flags.spend-days": "x", "flags.moment-days": "y", "flags.stalled-days": "z"},
			`setting flags.moment-days = "y": want a whole number from 0 to 3650`},
	}
	for _, tt := range tests {
		got, err := RulesFromSettings(tt.settings)
		if err == nil || err.Error() != tt.want {
			t.Errorf("RulesFromSettings(%v) error = %v, want %q", tt.settings, err, tt.want)
		}
		if !reflect.DeepEqual(got, DefaultRules()) {
			t.Errorf("RulesFromSettings(%v) = %+v with its error, want the defaults", tt.settings, got)
		}
	}
}

func TestRuleKeysListEverySettingWithItsDefault(t *testing.T) {
	defaults := DefaultRules().Settings()
	keys := RuleKeys()
	if len(keys) != len(defaults)+1 {
		t.Fatalf("RuleKeys lists %d keys, want the %d settings and the phase limit", len(keys), len(defaults))
	}
	for _, k := range keys[:len(keys)-1] {
		if d, ok := defaults[k.Key]; !ok || d != k.Default || k.Key != RulePrefix+k.Rule || k.Wants["Want"] == nil {
			t.Errorf("RuleKeys has %+v; the default setting is %q", k, d)
		}
	}
	phase := keys[len(keys)-1]
	want := RuleKey{Key: "flags.phase-days.", Rule: "phase-days", Wants: Values{"Want": "count", "Min": 1, "Max": 3650}, Each: true}
	if !reflect.DeepEqual(phase, want) {
		t.Errorf("the phase limit is listed as %+v, want %+v", phase, want)
	}
}

func TestPhaseAllowsPrefersThePhasesOwnLimit(t *testing.T) {
	r := DefaultRules()
	r.PhaseDays = map[string]int{"awareness": 60, "retention": 90}
	tests := []struct {
		phase string
		group Group
		want  int
	}{
		{"awareness", Buying, 60},
		{"acquisition", Buying, 21},
		{"retention", Owning, 90},
		{"loyalty", Owning, 45},
	}
	for _, tt := range tests {
		if got := r.PhaseAllows(tt.phase, tt.group); got != tt.want {
			t.Errorf("PhaseAllows(%s, %s) = %d, want %d", tt.phase, tt.group, got, tt.want)
		}
	}
}
