package lifecycle

import (
	"slices"
	"testing"
)

// severityOf evaluates a customer who must have exactly one flag of kind.
func severityOf(t *testing.T, f Facts, kind FlagKind) Flag {
	t.Helper()
	flags := Evaluate(f, DefaultRules(), flagDay)
	if len(flags) != 1 || flags[0].Kind != kind {
		t.Fatalf("want one %s flag, got %q", kind, lines(flags))
	}
	return flags[0]
}

func TestSeverityGrowsWithTheSignalItsNumberAndTheWorth(t *testing.T) {
	silent := func(days int) func(*Facts) { return func(f *Facts) { contacted(f, 6, 14, days) } }
	tests := []struct {
		name           string
		higher, lower  Facts
		kind           FlagKind
		wantH, wantLow int
	}{
		{"silent 90 days over silent 40", owner(silent(90)), owner(silent(40)), AtRisk, 66, 46},
		{"a second reason", owner(func(f *Facts) { silent(40)(f); f.FollowUpDue = daysAgo(5) }),
			owner(silent(40)), AtRisk, 56, 46},
		{"a valuable customer", owner(func(f *Facts) { silent(40)(f); f.TotalSpend = 10000000 }),
			owner(silent(40)), AtRisk, 52, 46},
		{"a lead idle longer", lead(func(f *Facts) { f.LastActivity, f.PhaseSince = daysAgo(60), daysAgo(60) }),
			lead(func(f *Facts) { f.LastActivity, f.PhaseSince = daysAgo(25), daysAgo(25) }), Stalled, 65, 40},
		{"a valuable win-back", lost(func(f *Facts) { f.TotalSpend = 5000000 }),
			lost(func(f *Facts) { f.TotalSpend = 50000 }), WinBack, 75, 51},
	}
	for _, tt := range tests {
		h, l := severityOf(t, tt.higher, tt.kind), severityOf(t, tt.lower, tt.kind)
		if h.Severity != tt.wantH || l.Severity != tt.wantLow {
			t.Errorf("%s: severities %d and %d, want %d and %d", tt.name, h.Severity, l.Severity, tt.wantH, tt.wantLow)
		}
		if CompareFlags(h, l) >= 0 {
			t.Errorf("%s: %v does not come before %v", tt.name, h, l)
		}
	}
}

func TestSeverityStaysWithinItsRange(t *testing.T) {
	tests := []struct {
		name    string
		signals []signal
		worth   Money
		want    int
	}{
		{"just past, worth nothing", []signal{{strength: 0}}, 0, 20},
		{"worth one unit", []signal{{strength: 0}}, 100, 20},
		{"as strong as can be", []signal{{strength: 1}}, 0, 70},
		{"stronger than can be", []signal{{strength: 7}}, 0, 70},
		{"worth a million", []signal{{strength: 0}}, 100000000, 40},
		{"everything", []signal{{strength: 1}, {strength: 1}, {strength: 1}, {strength: 1}}, 1000000000, 100},
	}
	for _, tt := range tests {
		if got := severity(tt.signals, tt.worth); got != tt.want {
			t.Errorf("%s: severity = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestCompareFlagsPutsTheMostUrgentFirst(t *testing.T) {
	want := []Flag{
		{Kind: AtRisk, Severity: 80, Worth: 100},
		{Kind: WinBack, Severity: 60, Worth: 900000},
		{Kind: AtRisk, Severity: 60, Worth: 5000},
		{Kind: Stalled, Severity: 60, Worth: 5000},
		{Kind: WinBack, Severity: 60, Worth: 5000},
		{Kind: Stalled, Severity: 20},
	}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortFunc(got, CompareFlags)
	if !slices.EqualFunc(got, want, func(a, b Flag) bool { return a.String() == b.String() && a.Worth == b.Worth }) {
		t.Errorf("sorted:\n got %v\nwant %v", got, want)
	}
}

func TestFlagStringShowsKindSeverityAndReasons(t *testing.T) {
	f := Flag{Kind: AtRisk, Severity: 56, Reasons: []Reason{
		{Code: ReasonFollowUpOverdue, Values: map[string]any{"Days": 5}},
		{Code: ReasonSpendDrop, Values: map[string]any{"Recent": Money(12000), "Earlier": Money(9000000), "Days": 90}},
	}}
	if got, want := f.String(), "at-risk 56: follow-up-overdue Days=5; spend-drop Days=90 Earlier=90,000 Recent=120"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestNotesAloneMakeNoFlag(t *testing.T) {
	if f, ok := newFlag(AtRisk, 100000, nil, Reason{Code: ReasonNoModel}, Reason{Code: ReasonDoNotContact}); ok {
		t.Errorf("newFlag without a signal made %v", f)
	}
}
