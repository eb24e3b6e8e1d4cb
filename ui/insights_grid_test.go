package ui

import (
	"testing"

	"tend/ui/words"
)

// Days and shares in the insights tables are written as the reader's
// language writes them, with its unit: 7.5d and 13% in English,
// 7,5 T. and 13 % in German.
func TestInsightsWriteDaysAndSharesInTheReadersLanguage(t *testing.T) {
	cases := []struct {
		lang string
		want []string
	}{
		{words.English, []string{"7.5d", "1,234d", "13%", "<1%"}},
		{words.German, []string{"7,5 T.", "1.234 T.", "13 %", "<1 %"}},
	}
	for _, c := range cases {
		restore := words.Use(c.lang)
		got := []string{days(7.5), days(1234.2), percent(0.125), percent(0.001)}
		restore()
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: figure %d is written %q, want %q", c.lang, i, got[i], c.want[i])
			}
		}
	}
}
