package lifecycle

import (
	"testing"
	"time"
)

// lost is a customer who left 200 days ago after spending 3,000.
func lost(change func(*Facts)) Facts {
	f := Facts{Group: Ended, Phase: "lost", PhaseLabel: "Lost", PhaseSince: daysAgo(200), TotalSpend: 300000, Purchases: 4}
	change(&f)
	return f
}

func TestWinBackFlagsEndedCustomersWithTheirWorth(t *testing.T) {
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"lost", lost(func(*Facts) {}),
			[]string{"win-back: in Lost for 200 days; worth 3,000: 3,000 spent; " + noModel}},
		{"lost yesterday", lost(func(f *Facts) { f.PhaseSince = daysAgo(1) }),
			[]string{"win-back: in Lost for 1 day; worth 3,000: 3,000 spent; " + noModel}},
		{"lost today", lost(func(f *Facts) { f.PhaseSince = daysAgo(0) }),
			[]string{"win-back: in Lost since today; worth 3,000: 3,000 spent; " + noModel}},
		{"spend and entered value", lost(func(f *Facts) { f.Value = 120000 }),
			[]string{"win-back: in Lost for 200 days; worth 4,200: 3,000 spent, 1,200 a year as entered; " + noModel}},
		{"entered value only", lost(func(f *Facts) { f.TotalSpend, f.Value = 0, 120000 }),
			[]string{"win-back: in Lost for 200 days; worth 1,200: 1,200 a year as entered; " + noModel}},
		{"with the model", lost(func(f *Facts) {
			f.Value, f.Forecast = 120000, Forecast{Fitted: true, PAlive: 0.05, ExpectedPurchases: 1.5, ExpectedValue: 50050}
		}), []string{"win-back: in Lost for 200 days; worth 3,500.50: 3,000 spent, 500.50 expected from 1.5 more purchases"}},
		{"nothing spent", lost(func(f *Facts) { f.TotalSpend = 0 }),
			[]string{"win-back: in Lost for 200 days; " + noModel}},
		{"refunded more than bought", lost(func(f *Facts) { f.TotalSpend = -5000 }),
			[]string{"win-back: in Lost for 200 days; " + noModel}},
	})
}

func TestWinBackLeavesAloneWhoShouldBe(t *testing.T) {
	flagged := []string{"win-back: in Lost for 200 days; worth 3,000: 3,000 spent; " + noModel}
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"do not contact", lost(func(f *Facts) { f.DoNotContact = true }), []string{}},
		{"snoozed till tomorrow", lost(func(f *Facts) { f.SnoozedUntil = flagDay.AddDate(0, 0, 1) }), []string{}},
		{"snooze over", lost(func(f *Facts) { f.SnoozedUntil = flagDay }), flagged},
		{"attempted 29 days ago", lost(func(f *Facts) { f.LastWinBackAttempt = daysAgo(29) }), []string{}},
		{"attempted 30 days ago", lost(func(f *Facts) { f.LastWinBackAttempt = daysAgo(30) }), flagged},
		// In a replay, an attempt after the as-of date has not happened yet.
		{"attempted after the as-of date", lost(func(f *Facts) { f.LastWinBackAttempt = flagDay.Add(time.Hour) }), flagged},
	})
}

func TestOwningCustomersGoneByTheModelAreAtRiskAndWinBack(t *testing.T) {
	atRisk := "at-risk: P(alive) 0.10 after 6 purchases"
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"gone", owner(func(f *Facts) { f.Forecast.PAlive = 0.1 }), []string{atRisk,
			"win-back: P(alive) 0.10 after 6 purchases; worth 2,500: 2,000 spent, 500 expected from 2.0 more purchases"}},
		{"at the win-back threshold", owner(func(f *Facts) { f.Forecast.PAlive = 0.15 }),
			[]string{"at-risk: P(alive) 0.15 after 6 purchases"}},
		{"gone, attempted lately", owner(func(f *Facts) { f.Forecast.PAlive, f.LastWinBackAttempt = 0.1, daysAgo(3) }),
			[]string{atRisk}},
		{"gone, snoozed", owner(func(f *Facts) { f.Forecast.PAlive, f.SnoozedUntil = 0.1, flagDay.AddDate(0, 0, 7) }),
			[]string{}},
	})
}

func TestSnoozeSilencesEveryFlag(t *testing.T) {
	later := flagDay.AddDate(0, 0, 7)
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"stalled lead", lead(func(f *Facts) { f.LastActivity, f.PhaseSince, f.SnoozedUntil = daysAgo(40), daysAgo(40), later }),
			[]string{}},
		{"customer at risk", owner(func(f *Facts) { f.FollowUpDue, f.SnoozedUntil = daysAgo(9), later }), []string{}},
	})
}
