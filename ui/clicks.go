package ui

import "time"

// doubleClickWithin is how soon a second click on the same thing makes a
// double click, as desktops have it.
const doubleClickWithin = 400 * time.Millisecond

// clicks tells a double click from two clicks: the thing clicked last and
// when. The time is the model's clock's, so that a test can set it.
type clicks struct {
	on   int64
	when time.Time
}

// click notes a click on a thing at now and reports whether it is the
// second click of a double click; a third click starts anew.
func (c *clicks) click(on int64, now time.Time) bool {
	since := now.Sub(c.when)
	double := !c.when.IsZero() && c.on == on && since >= 0 && since <= doubleClickWithin
	if double {
		*c = clicks{}
	} else {
		*c = clicks{on: on, when: now}
	}
	return double
}
