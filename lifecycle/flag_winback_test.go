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
			[]string{"win-back: ended-for Days=200 Phase=Lost; worth-spent Spent=3,000 Worth=3,000; no-model"}},
		{"lost yesterday", lost(func(f *Facts) { f.PhaseSince = daysAgo(1) }),
			[]string{"win-back: ended-for Days=1 Phase=Lost; worth-spent Spent=3,000 Worth=3,000; no-model"}},
		{"lost today", lost(func(f *Facts) { f.PhaseSince = daysAgo(0) }),
			[]string{"win-back: ended-for Days=0 Phase=Lost; worth-spent Spent=3,000 Worth=3,000; no-model"}},
		{"spend and entered value", lost(func(f *Facts) { f.Value = 120000 }),
			[]string{"win-back: ended-for Days=200 Phase=Lost; worth-spent-entered Expected=1,200 Spent=3,000 Worth=4,200; no-model"}},
		{"entered value only", lost(func(f *Facts) { f.TotalSpend, f.Value = 0, 120000 }),
			[]string{"win-back: ended-for Days=200 Phase=Lost; worth-entered Expected=1,200 Worth=1,200; no-model"}},
		{"with the model", lost(func(f *Facts) {
			f.Value, f.Forecast = 120000, Forecast{Fitted: true, PAlive: 0.05, ExpectedPurchases: 1.5, ExpectedValue: 50050}
		}), []string{"win-back: ended-for Days=200 Phase=Lost; worth-spent-forecast Expected=500.50 More=1.5 Spent=3,000 Worth=3,500.50"}},
		{"nothing spent", lost(func(f *Facts) { f.TotalSpend = 0 }),
			[]string{"win-back: ended-for Days=200 Phase=Lost; no-model"}},
		{"refunded more than bought", lost(func(f *Facts) { f.TotalSpend = -5000 }),
			[]string{"win-back: ended-for Days=200 Phase=Lost; no-model"}},
	})
}

func TestWinBackLeavesAloneWhoShouldBe(t *testing.T) {
	flagged := []string{"win-back: ended-for Days=200 Phase=Lost; worth-spent Spent=3,000 Worth=3,000; no-model"}
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
	atRisk := "at-risk: low-p-alive PAlive=0.1 Purchases=6"
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"gone", owner(func(f *Facts) { f.Forecast.PAlive = 0.1 }), []string{atRisk,
			"win-back: low-p-alive PAlive=0.1 Purchases=6; worth-spent-forecast Expected=500 More=2 Spent=2,000 Worth=2,500"}},
		{"at the win-back threshold", owner(func(f *Facts) { f.Forecast.PAlive = 0.15 }),
			[]string{"at-risk: low-p-alive PAlive=0.15 Purchases=6"}},
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

// A customer won back starts again: for the grace period the purchase
// model's old view of them raises no flag, while what a rep sees for
// themselves (an overdue follow-up) still does.
func TestAWonBackCustomerIsNotGoneByTheModelDuringTheGrace(t *testing.T) {
	gone := func(wonBack time.Time, change func(*Facts)) Facts {
		return owner(func(f *Facts) { f.Forecast.PAlive, f.WonBackAt = 0.1, wonBack; change(f) })
	}
	none := func(*Facts) {}
	checkFlags(t, DefaultRules(), flagDay, []flagCase{
		{"won back 89 days ago", gone(daysAgo(89), none), []string{}},
		{"won back 90 days ago", gone(daysAgo(90), none), []string{"at-risk: low-p-alive PAlive=0.1 Purchases=6",
			"win-back: low-p-alive PAlive=0.1 Purchases=6; worth-spent-forecast Expected=500 More=2 Spent=2,000 Worth=2,500"}},
		{"won back, follow-up overdue", gone(daysAgo(10), func(f *Facts) { f.FollowUpDue = daysAgo(9) }),
			[]string{"at-risk: follow-up-overdue Days=9"}},
	})
	r := DefaultRules()
	r.WonBackGraceDays = 0
	checkFlags(t, r, flagDay, []flagCase{
		{"no grace", gone(daysAgo(0), none), []string{"at-risk: low-p-alive PAlive=0.1 Purchases=6",
			"win-back: low-p-alive PAlive=0.1 Purchases=6; worth-spent-forecast Expected=500 More=2 Spent=2,000 Worth=2,500"}},
	})
}
