package words

import (
	"time"

	"tend/lifecycle"
)

// Weekday is a day's short weekday name: Mon, Tue in English; Mo, Di in
// German.
func Weekday(t time.Time) string {
	switch t.Weekday() {
	case time.Monday:
		return T("agenda.weekday.mon")
	case time.Tuesday:
		return T("agenda.weekday.tue")
	case time.Wednesday:
		return T("agenda.weekday.wed")
	case time.Thursday:
		return T("agenda.weekday.thu")
	case time.Friday:
		return T("agenda.weekday.fri")
	case time.Saturday:
		return T("agenda.weekday.sat")
	}
	return T("agenda.weekday.sun")
}

// AgendaDay heads a day of the agenda: today and tomorrow by those words,
// every day with its weekday and date.
func AgendaDay(day, today time.Time) string {
	v := V{"Weekday": Weekday(day), "Day": Day(day)}
	switch start := lifecycle.StartOfDay(day); {
	case start.Equal(lifecycle.StartOfDay(today)):
		return T("agenda.day.today", v)
	case start.Equal(lifecycle.DaysAfter(today, 1)):
		return T("agenda.day.tomorrow", v)
	}
	return T("agenda.day.later", v)
}

// DueAt is when a follow-up is due as the agenda shows it beside its day:
// the time where it has one, "" for a whole day.
func DueAt(t time.Time) string {
	if h, m, _ := t.Clock(); h == 0 && m == 0 {
		return ""
	}
	return t.Format("15:04")
}

// AgendaCounts says how many follow-ups are due today and overdue, as the
// board's status line shows them: "3 due today · 2 overdue"; "" when
// there are none.
func AgendaCounts(due, overdue int) string {
	switch {
	case due > 0 && overdue > 0:
		return T("agenda.counts.both", V{"Due": N("agenda.counts.due", due), "Overdue": N("agenda.counts.overdue", overdue)})
	case due > 0:
		return N("agenda.counts.due", due)
	case overdue > 0:
		return N("agenda.counts.overdue", overdue)
	}
	return ""
}

// AgendaItem is a follow-up as the agenda lists it: its time where it has
// one, its customer, phase and subject, and how many days late it is.
func AgendaItem(due time.Time, name, phase, about string, late int) string {
	v := V{"Name": name, "Phase": phase, "About": about}
	line := T("agenda.item", v)
	if late > 0 {
		v["Late"] = N("agenda.late", late)
		line = T("agenda.item-late", v)
	}
	if at := DueAt(due); at != "" {
		line = at + "  " + line
	}
	return line
}
