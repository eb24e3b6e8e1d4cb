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

// monthInText is the name of t's month as a sentence writes it: "Mar" in
// English, "März" in German.
func monthInText(t time.Time) string {
	names := [...]string{
		words.T("date.month-in-text.jan"), words.T("date.month-in-text.feb"), words.T("date.month-in-text.mar"),
		words.T("date.month-in-text.apr"), words.T("date.month-in-text.may"), words.T("date.month-in-text.jun"),
		words.T("date.month-in-text.jul"), words.T("date.month-in-text.aug"), words.T("date.month-in-text.sep"),
		words.T("date.month-in-text.oct"), words.T("date.month-in-text.nov"), words.T("date.month-in-text.dec"),
	}
	return names[t.Month()-1]
}

// dayInText writes a day in a sentence: "as of 14 Mar 2025", "Stand
// 14. März 2025".
func dayInText(t time.Time) string {
	return words.T("date.day-month-year", words.V{"Day": t.Day(), "Month": monthInText(t), "Year": t.Year()})
}

// dayMonthYear writes a day as "14 Mar 2025", short for tables and axes.
func dayMonthYear(t time.Time) string {
	return words.T("date.day-month-year", words.V{"Day": t.Day(), "Month": monthName(t), "Year": t.Year()})
}

// monthYear writes a month as "Mar 2025".
func monthYear(t time.Time) string {
	return words.T("date.month-year", words.V{"Month": monthName(t), "Year": t.Year()})
}
