package words

import "testing"

func TestMoneyWritesTheCurrencysSignOrCode(t *testing.T) {
	for _, tt := range []struct{ amount, currency, want string }{
		{"12,345", "EUR", "€12,345"},
		{"12k", "USD", "$12k"},
		{"-5.50", "GBP", "-£5.50"},
		{"12,345", "CHF", "CHF 12,345"},
		{"-1.2M", "CHF", "-CHF 1.2M"},
		{"12,345", "SEK", "12,345 SEK"},
		{"-7", "SEK", "-7 SEK"},
		{"12,345", "", "12,345"},
	} {
		if got := Money(tt.amount, tt.currency); got != tt.want {
			t.Errorf("Money(%q, %q) = %q, want %q", tt.amount, tt.currency, got, tt.want)
		}
	}
}
