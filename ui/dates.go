package ui

import (
	"time"

	"tend/ui/words"
)

// The screens write days and months as the language does: "14 Mar 2025",
// "Mar 2025", "Mar". Dates in ISO form need no words and stay as they are.

// monthName is the short name of t's month.
func monthName(t time.Time) string {
	names := [...]string{
		words.T("date.month.jan"), words.T("date.month.feb"), words.T("date.month.mar"),
		words.T("date.month.apr"), words.T("date.month.may"), words.T("date.month.jun"),
		words.T("date.month.jul"), words.T("date.month.aug"), words.T("date.month.sep"),
		words.T("date.month.oct"), words.T("date.month.nov"), words.T("date.month.dec"),
	}
	return names[t.Month()-1]
}

// dayMonthYear writes a day as "14 Mar 2025".
func dayMonthYear(t time.Time) string {
	return words.T("date.day-month-year", words.V{"Day": t.Day(), "Month": monthName(t), "Year": t.Year()})
}

// monthYear writes a month as "Mar 2025".
func monthYear(t time.Time) string {
	return words.T("date.month-year", words.V{"Month": monthName(t), "Year": t.Year()})
}
