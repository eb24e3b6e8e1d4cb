package lifecycle

import "testing"

func TestSpentCountsThePurchasesInWords(t *testing.T) {
	for _, tt := range []struct {
		s    Summary
		want string
	}{
		{Summary{}, "0 in 0 purchases"},
		{Summary{Purchases: 1, TotalSpend: 240000}, "2,400 in 1 purchase"},
		{Summary{Purchases: 3, TotalSpend: 123456}, "1,234.56 in 3 purchases"},
	} {
		if got := tt.s.Spent(); got != tt.want {
			t.Errorf("%+v spent %q, want %q", tt.s, got, tt.want)
		}
	}
}
