package lifecycle

import (
	"fmt"
	"math"
	"strconv"
)

// noModel is the reason that says a flag went by the rules alone.
const noModel = "no purchase model yet: judged by the rules alone"

// caveats are the reasons that qualify a flag rather than raise it: that a
// rule which reads the purchase model had none, and that the customer is
// not to be contacted, so that nobody acting on the flag reaches out.
func caveats(f Facts, readsModel bool) []string {
	var notes []string
	if readsModel && !f.Forecast.Fitted {
		notes = append(notes, noModel)
	}
	if f.DoNotContact {
		notes = append(notes, "marked do not contact")
	}
	return notes
}

// plural writes a count with its noun: 1 day, 5 days.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// ago says how many days ago something happened.
func ago(days int) string {
	switch days {
	case 0:
		return "today"
	case 1:
		return "yesterday"
	}
	return plural(days, "day") + " ago"
}

// every says how often contact usually happens, in whole days.
func every(days float64) string {
	if n := math.Round(days); n > 1 {
		return fmt.Sprintf("usually every %.0f", n)
	}
	return "usually every day"
}
