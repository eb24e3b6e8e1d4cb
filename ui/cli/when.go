package cli

// The flags that take a day or a moment (WHEN): --at, --follow-up, --as-of,
// --from, --to. Each error names its flag.

import (
	"fmt"
	"time"

	"tend/lifecycle"
	"tend/ui/words"
)

// whenHelp explains the WHEN forms in flag help, in the words of the
// reader's language, which the dates' reader takes in either.
func whenHelp() string { return words.T("cli.when-forms") }

// parseWhenFlag reads a WHEN flag, naming the flag in its error.
func parseWhenFlag(name, value string, now time.Time, lean lifecycle.Lean) (time.Time, error) {
	t, err := lifecycle.ParseWhen(value, now, lean)
	if err != nil {
		return t, fmt.Errorf("--%s: %w", name, err)
	}
	return t, nil
}

// dayEndFlag reads a flag that ends a stretch of time, such as --as-of. A
// date without a time means the end of that day, so that what happened on
// it counts.
func dayEndFlag(name, s string, now time.Time) (time.Time, error) {
	t, err := parseWhenFlag(name, s, now, lifecycle.Past)
	if err != nil {
		return t, err
	}
	if t.Equal(lifecycle.StartOfDay(t)) {
		t = lifecycle.EndOfDay(t)
	}
	return t, nil
}
