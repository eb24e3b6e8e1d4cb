package words

import (
	"testing"
	"time"
	_ "time/tzdata" // the zone below, where the system has no zone files

	"tend/lifecycle"
)

// TestAgendaDayKnowsTomorrowWhenTheClocksChange heads the day after today
// as tomorrow also where the night between is an hour shorter or longer,
// as in Berlin when summer time begins and ends.
func TestAgendaDayKnowsTomorrowWhenTheClocksChange(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	for _, today := range []time.Time{
		time.Date(2026, 3, 28, 9, 0, 0, 0, berlin),  // a night of 23 hours ahead
		time.Date(2026, 3, 29, 9, 0, 0, 0, berlin),  // the day itself is of 23 hours
		time.Date(2026, 10, 24, 9, 0, 0, 0, berlin), // a night of 25 hours ahead
		time.Date(2026, 10, 25, 9, 0, 0, 0, berlin),
	} {
		day, tomorrow := lifecycle.StartOfDay(today), lifecycle.DaysAfter(today, 1)
		if got, want := AgendaDay(day, today), T("agenda.day.today", V{"Weekday": Weekday(day), "Day": Day(day)}); got != want {
			t.Errorf("on %s today is headed %q, want %q", today.Format(time.DateOnly), got, want)
		}
		if got, want := AgendaDay(tomorrow, today), T("agenda.day.tomorrow", V{"Weekday": Weekday(tomorrow), "Day": Day(tomorrow)}); got != want {
			t.Errorf("on %s the next day is headed %q, want %q", today.Format(time.DateOnly), got, want)
		}
		later := lifecycle.DaysAfter(today, 2)
		if got, want := AgendaDay(later, today), T("agenda.day.later", V{"Weekday": Weekday(later), "Day": Day(later)}); got != want {
			t.Errorf("on %s the day after tomorrow is headed %q, want %q", today.Format(time.DateOnly), got, want)
		}
	}
}
