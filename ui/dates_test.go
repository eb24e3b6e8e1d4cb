package ui

import (
	"testing"
	"time"

	"tend/ui/words"
)

// A day in a sentence names its month in full where the language does
// (Stand 14. März 2025); tables and axes keep the short name.
func TestADayInASentenceNamesItsMonthAsTheLanguageDoes(t *testing.T) {
	day := time.Date(2025, time.March, 14, 0, 0, 0, 0, time.UTC)
	if got := dayInText(day) + " / " + dayMonthYear(day); got != "14 Mar 2025 / 14 Mar 2025" {
		t.Errorf("in English: %q", got)
	}
	defer words.Use(words.German)()
	if got := dayInText(day) + " / " + dayMonthYear(day); got != "14. März 2025 / 14. Mär 2025" {
		t.Errorf("in German: %q", got)
	}
}
