package cli

import (
	"fmt"
	"strings"

	"tend/data"
	"tend/lifecycle"
)

// phrase says an error in the command line's words. The store and the
// domain say what is wrong; where the command line has a flag or a command
// that helps, each coded error in the chain that it knows is said again
// with it, in place of its plain sentence.
func phrase(err error) string {
	var pairs []string
	for _, c := range codedIn(err) {
		if say, ok := commandWords[c.Code()]; ok {
			pairs = append(pairs, c.Error(), say(c))
		}
	}
	// One pass, so that a sentence said again is not found in its own
	// new words.
	return strings.NewReplacer(pairs...).Replace(err.Error())
}

// codedIn lists the coded errors in err's chain, outer first, and the
// causes of each bad row of a refused import.
func codedIn(err error) []lifecycle.Coded {
	var found []lifecycle.Coded
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if c, ok := err.(lifecycle.Coded); ok {
			found = append(found, c)
		}
		if refused, ok := err.(*data.ImportError); ok {
			for _, r := range refused.Rows {
				walk(r)
			}
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		}
	}
	walk(err)
	return found
}

// onDuplicate is what an import refused for a duplicate can do instead.
const onDuplicate = "; choose --on-duplicate skip or update"

// commandWords say the errors that a flag or a command helps with.
var commandWords = map[string]func(lifecycle.Coded) string{
	lifecycle.CodePhaseHidden: func(c lifecycle.Coded) string {
		return fmt.Sprintf("%s (tend phases hide %s --undo)", c.Error(), c.Values()["Key"])
	},
	data.CodeArchivedAlready:  func(c lifecycle.Coded) string { return c.Error() + " (use --undo to restore)" },
	lifecycle.CodeStoryPhases: func(c lifecycle.Coded) string { return c.Error() + "; use --preset or show the hidden phases" },
	data.CodeDamaged:          func(c lifecycle.Coded) string { return c.Error() + " (tend restore FILE)" },
	data.CodeWipeUnfinished: func(lifecycle.Coded) string {
		return "earlier images of what was erased may remain in the book's file until you run tend forget again"
	},
	data.CodeRestoreLog: func(c lifecycle.Coded) string {
		p := c.Values()["Path"]
		return fmt.Sprintf("%s has writes in its log (%s-wal) that are not in the file yet; "+
			"open it once with tend (tend --db %s phases) and restore it then", p, p, p)
	},
	data.CodeMapForm:   mapWords,
	data.CodeMapField:  mapWords,
	data.CodeMapColumn: mapWords,
	data.CodeMapTaken:  mapWords,
	data.CodeColumnMissing: func(c lifecycle.Coded) string {
		return fmt.Sprintf("%s; name one with --map 'Column=%s'", c.Error(), c.Values()["Field"])
	},
	data.CodeJSON:              func(c lifecycle.Coded) string { return c.Error() + " (tend export --format csv writes it)" },
	data.CodeDuplicateLine:     func(c lifecycle.Coded) string { return c.Error() + onDuplicate },
	data.CodeDuplicateCustomer: func(c lifecycle.Coded) string { return c.Error() + onDuplicate },
	data.CodeDuplicateRecord:   func(c lifecycle.Coded) string { return c.Error() + onDuplicate },
	data.CodeNoMatch: func(c lifecycle.Coded) string {
		return strings.TrimSuffix(c.Error(), ")") + ", or use --create-missing)"
	},
}

// mapWords name a bad mapping by the flag that gave it.
func mapWords(c lifecycle.Coded) string {
	m, ok := c.(*data.MappingError)
	if !ok {
		return c.Error()
	}
	return fmt.Sprintf("--map %q: %s", m.Mapping, m.Problem())
}
