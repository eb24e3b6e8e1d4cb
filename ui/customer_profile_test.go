package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"tend/lifecycle"
)

// TestProfileGroupsTheDaysInAPhase reads the profile of a customer long in
// a phase: the days are grouped as the language groups numbers.
func TestProfileGroupsTheDaysInAPhase(t *testing.T) {
	now := time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)
	s := &customerScreen{width: 120, customer: lifecycle.Customer{
		Name: "Felix Böhm", Phase: "win-back", PhaseSince: now.AddDate(0, 0, -1742),
	}}
	st := NewStyles(true)
	row := ansi.Strip(s.profileRows(&st, lifecycle.Lifecycle{}, now)[0])
	if !strings.Contains(row, "win-back · 1,742 days") {
		t.Errorf("the phase row reads %q, want the days grouped", row)
	}
}

// TestSinceContactGroupsTheDays reads how long ago a contact long past was,
// as a card and the profile write it.
func TestSinceContactGroupsTheDays(t *testing.T) {
	now := time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)
	if got := sinceContact(now.AddDate(0, 0, -1742), now); got != "1,742d" {
		t.Errorf("a contact 1742 days ago reads %q, want 1,742d", got)
	}
}

// TestTheTimelineCountsOneEventInTheSingular says "1 event", not "1 events".
func TestTheTimelineCountsOneEventInTheSingular(t *testing.T) {
	now := time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)
	s := &customerScreen{width: 120, height: 30, loaded: true, customer: lifecycle.Customer{Name: "Felix Böhm", Phase: "win-back"},
		events: []timelineEvent{{}}}
	st := NewStyles(true)
	lc, err := lifecycle.Preset("classic")
	if err != nil {
		t.Fatal(err)
	}
	if screen := ansi.Strip(s.view(&st, lc, now)); !strings.Contains(screen, "1 event, newest first") {
		t.Errorf("the timeline of one event is counted so:\n%s", screen)
	}
}
