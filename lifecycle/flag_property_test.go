package lifecycle

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// someTime is a random time around the flag tests' clock, a tenth of the
// time none, now and then after it, as in a replay of the past.
func someTime(rng *rand.Rand) time.Time {
	if rng.IntN(10) == 0 {
		return time.Time{}
	}
	return flagDay.Add(-time.Duration(rng.IntN(400*24)-30*24) * time.Hour)
}

func someMoney(rng *rand.Rand) Money {
	if rng.IntN(4) == 0 {
		return 0
	}
	return Money(rng.Int64N(100_000_000) - 100_000)
}

// randomFacts makes facts of every kind, consistent or not, so that the
// rules are tried on whatever a store could hand them.
func randomFacts(rng *rand.Rand) Facts {
	groups := []Group{Buying, Owning, Ended, ""}
	f := Facts{
		Group: groups[rng.IntN(len(groups))], Phase: "phase", PhaseLabel: "Phase",
		PhaseSince: someTime(rng), LastActivity: someTime(rng),
		FirstContact: someTime(rng), LastContact: someTime(rng), Contacts: rng.IntN(20),
		FollowUpDue: someTime(rng), LastNegativeMoment: someTime(rng),
		DoNotContact: rng.IntN(5) == 0, LastWinBackAttempt: someTime(rng),
		Value: someMoney(rng), TotalSpend: someMoney(rng),
		RecentSpend: someMoney(rng), EarlierSpend: someMoney(rng), Purchases: rng.IntN(30),
	}
	if rng.IntN(3) == 0 {
		f.SnoozedUntil = someTime(rng)
	}
	f.NegativeRun = min(f.Contacts, rng.IntN(6))
	if rng.IntN(2) == 0 {
		f.Forecast = Forecast{Fitted: true, PAlive: rng.Float64(), ExpectedPurchases: 5 * rng.Float64(), ExpectedValue: someMoney(rng)}
		if rng.IntN(50) == 0 {
			f.Forecast.PAlive = math.NaN()
		}
	}
	return f
}

// randomRules are the defaults, no rules at all, or thresholds drawn
// from what the settings accept.
func randomRules(rng *rand.Rand) Rules {
	switch rng.IntN(4) {
	case 0:
		return DefaultRules()
	case 1:
		return Rules{}
	}
	return Rules{
		StalledDays: 1 + rng.IntN(90), SilenceFactor: 1 + 4*rng.Float64(), SilenceDays: 1 + rng.IntN(120),
		HistoryContacts: 2 + rng.IntN(5), PhaseDays: map[string]int{"phase": 1 + rng.IntN(60)},
		FollowUpGraceDays: rng.IntN(5), NegativeContacts: 1 + rng.IntN(4), MomentDays: rng.IntN(120),
		LowPAlive: rng.Float64(), WinBackPAlive: rng.Float64(), SpendDays: 1 + rng.IntN(365),
		SpendDrop: rng.Float64(), SpendDropMinimum: Money(rng.IntN(100000)), WinBackCooldownDays: rng.IntN(90),
	}
}

// flagGroups are the groups each kind of flag is for.
var flagGroups = map[FlagKind][]Group{Stalled: {Buying}, AtRisk: {Owning}, WinBack: {Owning, Ended}}

// TestEveryFlagHasReasonsAndASeverityInRange also checks that Judge and
// FlagKinds, which leave the reasons unwritten, find the same flags in the
// same order.
func TestEveryFlagHasReasonsAndASeverityInRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2024))
	flagged := 0
	for range 20000 {
		f, r := randomFacts(rng), randomRules(rng)
		flags := Evaluate(f, r, flagDay)
		if !reflect.DeepEqual(flags, Evaluate(f, r, flagDay)) {
			t.Fatalf("two evaluations of %+v differ", f)
		}
		if !slices.IsSortedFunc(flags, CompareFlags) {
			t.Errorf("flags not most urgent first: %v", flags)
		}
		if len(flags) > 0 && f.SnoozedUntil.After(flagDay) {
			t.Errorf("snoozed until %s, still flagged: %v", f.SnoozedUntil, flags)
		}
		kinds := map[FlagKind]bool{}
		var order []FlagKind
		for _, fl := range flags {
			checkFlag(t, f, fl)
			if kinds[fl.Kind] {
				t.Errorf("two %s flags: %v", fl.Kind, flags)
			}
			kinds[fl.Kind] = true
			order = append(order, fl.Kind)
		}
		if got := FlagKinds(f, r, flagDay); !slices.Equal(got, order) {
			t.Errorf("FlagKinds of %+v gives %v, Evaluate %v", f, got, order)
		}
		for i := range flags {
			flags[i].Reasons = nil
		}
		if got := Judge(f, r, flagDay); !reflect.DeepEqual(got, flags) {
			t.Errorf("Judge of %+v gives %v, Evaluate without the reasons %v", f, got, flags)
		}
		flagged += min(1, len(flags))
	}
	// The facts must be varied enough to flag often, or the test proves
	// nothing.
	if flagged < 10000 {
		t.Errorf("only %d of 20000 customers flagged", flagged)
	}
}

// checkFlag tests one flag of a customer against what every flag must be.
func checkFlag(t *testing.T, f Facts, fl Flag) {
	t.Helper()
	if len(fl.Reasons) == 0 {
		t.Errorf("%s flag without a reason for %+v", fl.Kind, f)
	}
	for _, reason := range fl.Reasons {
		if reason.Code == "" || strings.Contains(reason.String(), "NaN") {
			t.Errorf("%s flag has the reason %q", fl.Kind, reason)
		}
	}
	if fl.Severity < 0 || fl.Severity > 100 {
		t.Errorf("%s flag has severity %d", fl.Kind, fl.Severity)
	}
	if !slices.Contains(flagGroups[fl.Kind], f.Group) {
		t.Errorf("%s flag for a customer in group %q", fl.Kind, f.Group)
	}
	if fl.Kind == WinBack && f.DoNotContact {
		t.Errorf("win-back flag for a customer marked do not contact")
	}
	if fl.Worth != f.Worth() {
		t.Errorf("%s flag worth %s, the customer's is %s", fl.Kind, fl.Worth, f.Worth())
	}
}

func BenchmarkEvaluate(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	facts := make([]Facts, 1024)
	for i := range facts {
		facts[i] = randomFacts(rng)
	}
	r := DefaultRules()
	i := 0
	for b.Loop() {
		Evaluate(facts[i%len(facts)], r, flagDay)
		i++
	}
}
