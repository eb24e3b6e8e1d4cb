package lifecycle

import (
	"testing"
	"time"
)

func TestUsualContactDaysSharesTheSpanAmongTheGaps(t *testing.T) {
	tests := []struct {
		name        string
		first, last time.Time
		contacts    int
		want        float64
		ok          bool
	}{
		{"every 14 days", daysAgo(84), daysAgo(14), 6, 14, true},
		{"twice a day", daysAgo(2), daysAgo(0), 5, 0.5, true},
		{"two contacts", daysAgo(30), daysAgo(10), 2, 20, true},
		{"one contact", daysAgo(10), daysAgo(10), 1, 0, false},
		{"none", time.Time{}, time.Time{}, 0, 0, false},
		{"all at once", daysAgo(10), daysAgo(10), 4, 0, false},
		{"no first contact", time.Time{}, daysAgo(10), 4, 0, false},
	}
	for _, tt := range tests {
		f := Facts{FirstContact: tt.first, LastContact: tt.last, Contacts: tt.contacts}
		if got, ok := f.UsualContactDays(); got != tt.want || ok != tt.ok {
			t.Errorf("%s: UsualContactDays() = %g, %v; want %g, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWorthIsSpendPlusWhatIsExpected(t *testing.T) {
	fitted := Forecast{Fitted: true, ExpectedValue: 50000}
	tests := []struct {
		name string
		f    Facts
		want Money
	}{
		{"spend and model", Facts{TotalSpend: 200000, Value: 900000, Forecast: fitted}, 250000},
		{"spend and entered value", Facts{TotalSpend: 200000, Value: 90000}, 290000},
		{"a lead", Facts{Value: 90000}, 90000},
		{"nothing", Facts{}, 0},
		{"refunds", Facts{TotalSpend: -80000, Forecast: fitted}, 0},
	}
	for _, tt := range tests {
		if got := tt.f.Worth(); got != tt.want {
			t.Errorf("%s: Worth() = %s, want %s", tt.name, got, tt.want)
		}
	}
}
