package lifecycle

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// flagDay is the clock of the flag tests.
var flagDay = time.Date(2024, 6, 30, 12, 0, 0, 0, time.UTC)

func daysAgo(n int) time.Time { return flagDay.AddDate(0, 0, -n) }

// lead is a customer in a buying phase, active five days ago.
func lead(change func(*Facts)) Facts {
	f := Facts{
		Group: Buying, Phase: "acquisition", PhaseLabel: "Acquisition",
		PhaseSince: daysAgo(10), LastActivity: daysAgo(5),
		FirstContact: daysAgo(10), LastContact: daysAgo(5), Contacts: 2,
		Value: 500000,
	}
	change(&f)
	return f
}

// owner is a paying customer with nothing amiss: contacted every 14 days,
// last 14 days ago, spending steadily, and likely active by the model.
func owner(change func(*Facts)) Facts {
	f := Facts{
		Group: Owning, Phase: "retention", PhaseLabel: "Retention", PhaseSince: daysAgo(200),
		TotalSpend: 200000, RecentSpend: 30000, EarlierSpend: 30000, EarlierPurchases: 2, Purchases: 6,
		Forecast: Forecast{Fitted: true, PAlive: 0.9, ExpectedPurchases: 2, ExpectedValue: 50000},
	}
	contacted(&f, 6, 14, 14)
	change(&f)
	return f
}

// contacted gives a customer n contacts every so many days, the last one
// lastAgo days ago.
func contacted(f *Facts, n, every, lastAgo int) {
	f.Contacts, f.LastContact = n, daysAgo(lastAgo)
	f.FirstContact = daysAgo(lastAgo + (n-1)*every)
	f.LastActivity = f.LastContact
}

// lines writes each flag as "kind: reason; reason", each reason its code
// and values, leaving the severity to the tests about it.
func lines(flags []Flag) []string {
	out := []string{}
	for _, f := range flags {
		reasons := make([]string, len(f.Reasons))
		for i, r := range f.Reasons {
			reasons[i] = r.String()
		}
		out = append(out, string(f.Kind)+": "+strings.Join(reasons, "; "))
	}
	return out
}

type flagCase struct {
	name  string
	facts Facts
	want  []string
}

func checkFlags(t *testing.T, r Rules, asOf time.Time, tests []flagCase) {
	t.Helper()
	for _, tt := range tests {
		if got := lines(Evaluate(tt.facts, r, asOf)); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestStalledFlagsLeadsIdleLongerThanThePhaseAllows(t *testing.T) {
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"active", lead(func(*Facts) {}), []string{}},
		{"idle 22 days", lead(func(f *Facts) { f.PhaseSince, f.LastActivity = daysAgo(30), daysAgo(22) }),
			[]string{"stalled: idle Days=22 Limit=21 Phase=Acquisition"}},
		{"idle 21 days", lead(func(f *Facts) { f.PhaseSince, f.LastActivity = daysAgo(30), daysAgo(21) }), []string{}},
		{"entering the phase is activity", lead(func(f *Facts) { f.PhaseSince, f.LastActivity = daysAgo(3), daysAgo(40) }), []string{}},
		{"never active, in the phase 22 days", lead(func(f *Facts) { f.PhaseSince, f.LastActivity = daysAgo(22), time.Time{} }),
			[]string{"stalled: idle Days=22 Limit=21 Phase=Acquisition"}},
		{"key without label", lead(func(f *Facts) { f.PhaseLabel, f.LastActivity, f.PhaseSince = "", daysAgo(30), daysAgo(30) }),
			[]string{"stalled: idle Days=30 Limit=21 Phase=acquisition"}},
		{"do not contact", lead(func(f *Facts) { f.PhaseSince, f.LastActivity, f.DoNotContact = daysAgo(30), daysAgo(22), true }),
			[]string{"stalled: idle Days=22 Limit=21 Phase=Acquisition; do-not-contact"}},
		{"no model is no matter", lead(func(f *Facts) { f.PhaseSince, f.LastActivity, f.Forecast = daysAgo(30), daysAgo(22), Forecast{} }),
			[]string{"stalled: idle Days=22 Limit=21 Phase=Acquisition"}},
		{"nothing known", lead(func(f *Facts) { f.PhaseSince, f.LastActivity = time.Time{}, time.Time{} }), []string{}},
	})
}

func TestAtRiskFlagsEachSignOfLeaving(t *testing.T) {
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"nothing amiss", owner(func(*Facts) {}), []string{}},
		{"silent past twice the rhythm", owner(func(f *Facts) { contacted(f, 6, 14, 29) }),
			[]string{"at-risk: silent-rhythm Days=29 Every=14"}},
		{"silent twice the rhythm", owner(func(f *Facts) { contacted(f, 6, 14, 28) }), []string{}},
		{"silent 47 days", owner(func(f *Facts) { contacted(f, 3, 14, 47) }),
			[]string{"at-risk: silent-rhythm Days=47 Every=14"}},
		{"daily rhythm", owner(func(f *Facts) { contacted(f, 6, 1, 3) }),
			[]string{"at-risk: silent-rhythm Days=3 Every=1"}},
		{"contacts twice a day count as daily", owner(func(f *Facts) {
			f.Contacts, f.FirstContact, f.LastContact = 5, daysAgo(4), daysAgo(2)
		}), []string{}},
		{"short history, past the phase default", owner(func(f *Facts) { contacted(f, 2, 14, 46) }),
			[]string{"at-risk: silent-short-history Days=46 Limit=45"}},
		{"short history, at the phase default", owner(func(f *Facts) { contacted(f, 2, 14, 45) }), []string{}},
		{"contacts all at once", owner(func(f *Facts) { contacted(f, 4, 0, 46) }),
			[]string{"at-risk: silent-short-history Days=46 Limit=45"}},
		{"never contacted", owner(func(f *Facts) {
			f.Contacts, f.FirstContact, f.LastContact, f.PhaseSince = 0, time.Time{}, time.Time{}, daysAgo(46)
		}), []string{"at-risk: silent-since-entering Days=46 Limit=45 Phase=Retention"}},
		{"never contacted, new in the phase", owner(func(f *Facts) {
			f.Contacts, f.FirstContact, f.LastContact, f.PhaseSince = 0, time.Time{}, time.Time{}, daysAgo(45)
		}), []string{}},
		{"follow-up 5 days late", owner(func(f *Facts) { f.FollowUpDue = daysAgo(5) }),
			[]string{"at-risk: follow-up-overdue Days=5"}},
		{"follow-up a day late", owner(func(f *Facts) { f.FollowUpDue = daysAgo(1) }),
			[]string{"at-risk: follow-up-overdue Days=1"}},
		{"follow-up due today", owner(func(f *Facts) { f.FollowUpDue = daysAgo(0).Add(-time.Hour) }), []string{}},
		{"two negative contacts", owner(func(f *Facts) { f.NegativeRun = 2 }),
			[]string{"at-risk: negative-contacts Contacts=2"}},
		{"three negative contacts", owner(func(f *Facts) { f.NegativeRun = 3 }),
			[]string{"at-risk: negative-contacts Contacts=3"}},
		{"one negative contact", owner(func(f *Facts) { f.NegativeRun = 1 }), []string{}},
		{"negative moment 12 days ago", owner(func(f *Facts) { f.LastNegativeMoment = daysAgo(12) }),
			[]string{"at-risk: negative-moment Days=12"}},
		{"negative moment today", owner(func(f *Facts) { f.LastNegativeMoment = daysAgo(0) }),
			[]string{"at-risk: negative-moment Days=0"}},
		{"negative moment 60 days ago", owner(func(f *Facts) { f.LastNegativeMoment = daysAgo(60) }),
			[]string{"at-risk: negative-moment Days=60"}},
		{"negative moment 61 days ago", owner(func(f *Facts) { f.LastNegativeMoment = daysAgo(61) }), []string{}},
		{"low P(alive)", owner(func(f *Facts) { f.Forecast.PAlive = 0.18 }),
			[]string{"at-risk: low-p-alive PAlive=0.18 Purchases=6"}},
		{"P(alive) at the threshold", owner(func(f *Facts) { f.Forecast.PAlive = 0.5 }), []string{}},
		{"spend dropped", owner(func(f *Facts) { f.RecentSpend, f.EarlierSpend = 12000, 90000 }),
			[]string{"at-risk: spend-drop Days=90 Earlier=900 Recent=120"}},
		{"spend halved", owner(func(f *Facts) { f.RecentSpend, f.EarlierSpend = 45000, 90000 }), []string{}},
		{"no order since a single one", owner(func(f *Facts) {
			f.RecentSpend, f.EarlierSpend, f.EarlierPurchases = 0, 90000, 1
		}), []string{}},
		{"spend dropped from the minimum", owner(func(f *Facts) { f.RecentSpend, f.EarlierSpend = 0, 10000 }),
			[]string{"at-risk: spend-drop Days=90 Earlier=100 Recent=0"}},
		{"spend dropped from under the minimum", owner(func(f *Facts) { f.RecentSpend, f.EarlierSpend = 0, 9999 }), []string{}},
		{"several signs, in order", owner(func(f *Facts) {
			contacted(f, 6, 14, 40)
			f.FollowUpDue, f.LastNegativeMoment, f.Forecast.PAlive = daysAgo(5), daysAgo(12), 0.18
		}), []string{"at-risk: silent-rhythm Days=40 Every=14; follow-up-overdue Days=5; negative-moment Days=12; low-p-alive PAlive=0.18 Purchases=6"}},
	})
}

func TestAtRiskWithoutAModelSaysSoAndSkipsP(t *testing.T) {
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"silent, no model", owner(func(f *Facts) {
			contacted(f, 6, 14, 29)
			f.Forecast = Forecast{PAlive: 0.01}
		}), []string{"at-risk: silent-rhythm Days=29 Every=14; no-model"}},
		// The figures of an unfitted model are not read.
		{"quiet, no model", owner(func(f *Facts) { f.Forecast = Forecast{PAlive: 0.01} }), []string{}},
	})
}

func TestDoNotContactKeepsTheRiskButNotTheWinBack(t *testing.T) {
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"at risk, do not contact", owner(func(f *Facts) { f.DoNotContact, f.FollowUpDue = true, daysAgo(5) }),
			[]string{"at-risk: follow-up-overdue Days=5; do-not-contact"}},
		{"gone, do not contact", owner(func(f *Facts) { f.DoNotContact, f.Forecast.PAlive = true, 0.1 }),
			[]string{"at-risk: low-p-alive PAlive=0.1 Purchases=6; do-not-contact"}},
	})
}

func TestEachGroupGetsOnlyItsFlags(t *testing.T) {
	idle := func(f *Facts) {
		contacted(f, 6, 14, 100)
		f.PhaseSince, f.FollowUpDue, f.Forecast = daysAgo(100), daysAgo(50), Forecast{Fitted: true, PAlive: 0.01}
	}
	stale := func(g Group) Facts {
		f := owner(idle)
		f.Group = g
		return f
	}
	for _, tt := range []struct {
		group Group
		want  []FlagKind
	}{
		{Buying, []FlagKind{Stalled}},
		{Owning, []FlagKind{AtRisk, WinBack}},
		{Ended, []FlagKind{WinBack}},
		{"", nil},
	} {
		var got []FlagKind
		for _, fl := range Evaluate(stale(tt.group), DefaultRules(), flagDay) {
			got = append(got, fl.Kind)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("group %q gets %v, want %v", tt.group, got, tt.want)
		}
	}
}

func TestEvaluateReplaysThePast(t *testing.T) {
	// One customer's facts as they stand on 30 June; a replay of an earlier
	// day sees the follow-up not yet due and the bad meeting not yet held.
	f := owner(func(f *Facts) {
		contacted(f, 6, 14, 40)
		f.FollowUpDue, f.LastNegativeMoment = daysAgo(5), daysAgo(2)
	})
	tests := []struct {
		asOf time.Time
		want []string
	}{
		{daysAgo(27), []string{}},
		{daysAgo(11), []string{"at-risk: silent-rhythm Days=29 Every=14"}},
		{daysAgo(3), []string{"at-risk: silent-rhythm Days=37 Every=14; follow-up-overdue Days=2"}},
		{flagDay, []string{"at-risk: silent-rhythm Days=40 Every=14; follow-up-overdue Days=5; negative-moment Days=2"}},
	}
	for _, tt := range tests {
		if got := lines(Evaluate(f, DefaultRules(), tt.asOf)); !slices.Equal(got, tt.want) {
			t.Errorf("as of %s:\n got %q\nwant %q", tt.asOf.Format(time.DateOnly), got, tt.want)
		}
	}
}

func TestRulesFromSettingsChangeTheOutcome(t *testing.T) {
	rules := func(settings map[string]string) Rules {
		r, err := RulesFromSettings(settings)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	idle22 := lead(func(f *Facts) { f.PhaseSince, f.LastActivity = daysAgo(30), daysAgo(22) })
	idle11 := lead(func(f *Facts) { f.PhaseSince, f.LastActivity = daysAgo(30), daysAgo(11) })
	silent29 := owner(func(f *Facts) { contacted(f, 6, 14, 29) })
	oneBad := owner(func(f *Facts) { f.NegativeRun = 1 })
	tried := Facts{Group: Ended, Phase: "lost", PhaseLabel: "Lost", PhaseSince: daysAgo(100), LastWinBackAttempt: daysAgo(0)}
	tests := []struct {
		name     string
		settings map[string]string
		facts    Facts
		want     []string
	}{
		{"a longer stall", map[string]string{"flags.stalled-days": "30"}, idle22, []string{}},
		{"a shorter phase", map[string]string{"flags.phase-days.acquisition": "10"}, idle11,
			[]string{"stalled: idle Days=11 Limit=10 Phase=Acquisition"}},
		{"another phase", map[string]string{"flags.phase-days.awareness": "10"}, idle11, []string{}},
		{"thrice the rhythm", map[string]string{"flags.silence-factor": "3"}, silent29, []string{}},
		{"one bad contact", map[string]string{"flags.negative-contacts": "1"}, oneBad,
			[]string{"at-risk: negative-contacts Contacts=1"}},
		{"no cool-down", map[string]string{"flags.win-back-cooldown-days": "0"}, tried,
			[]string{"win-back: ended-for Days=100 Phase=Lost; no-model"}},
	}
	for _, tt := range tests {
		if got := lines(Evaluate(tt.facts, rules(tt.settings), flagDay)); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
