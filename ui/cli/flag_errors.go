package cli

// Mistakes in flags, in tend's words: the flag parser's errors are typed,
// and the checks of required and exclusive flags are tend's own, run
// before cobra's English ones.

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"tend/ui/words"
)

// phraseFlagError says a flag the parser refused: unknown, missing its
// value, or given a value of the wrong kind.
func phraseFlagError(_ *cobra.Command, err error) error {
	if e, ok := errors.AsType[*pflag.NotExistError](err); ok {
		if short := e.GetSpecifiedShortnames(); short != "" {
			return errors.New(words.T("cli.flags.unknown-shorthand", words.V{"Flag": shorthand(e.GetSpecifiedName()), "Group": short}))
		}
		return errors.New(words.T("cli.flags.unknown", words.V{"Flag": e.GetSpecifiedName()}))
	}
	if e, ok := errors.AsType[*pflag.ValueRequiredError](err); ok {
		if short := e.GetSpecifiedShortnames(); short != "" {
			return errors.New(words.T("cli.flags.needs-value-shorthand", words.V{"Flag": shorthand(e.GetSpecifiedName()), "Group": short}))
		}
		return errors.New(words.T("cli.flags.needs-value", words.V{"Flag": e.GetSpecifiedName()}))
	}
	if e, ok := errors.AsType[*pflag.InvalidValueError](err); ok {
		return saidError{words.T("cli.flags.invalid-value", words.V{"Value": fmt.Sprintf("%q", e.GetValue()),
			"Flag": fmt.Sprintf("%q", flagNames(e.GetFlag())), "Why": valueRule(e)}), err}
	}
	if e, ok := errors.AsType[*pflag.InvalidSyntaxError](err); ok {
		return errors.New(words.T("cli.flags.bad-syntax", words.V{"Flag": e.GetSpecifiedFlag()}))
	}
	return err
}

// shorthand quotes the letter of a shorthand flag as the parser did: 'z'.
func shorthand(name string) string {
	r, _ := utf8.DecodeRuneInString(name)
	return fmt.Sprintf("%q", r)
}

// flagNames names a flag as one may type it: -h, --help or --limit.
func flagNames(f *pflag.Flag) string {
	if f.Shorthand != "" && f.ShorthandDeprecated == "" {
		return "-" + f.Shorthand + ", --" + f.Name
	}
	return "--" + f.Name
}

// valueRule says what a flag's value must be, by the flag's type.
func valueRule(e *pflag.InvalidValueError) string {
	switch e.GetFlag().Value.Type() {
	case "bool":
		return words.T("cli.flags.must-be-bool")
	case "int", "int64":
		return words.T("cli.flags.must-be-integer")
	}
	return errors.Unwrap(e).Error()
}

// checkFlagRules refuses a command without its required flags, or with
// flags that exclude each other, in tend's words; it runs before cobra
// checks the same in English.
func checkFlagRules(cmd *cobra.Command, _ []string) error {
	var missing []string
	groups := map[string][]string{}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if req := f.Annotations[cobra.BashCompOneRequiredFlag]; len(req) > 0 && req[0] == "true" && !f.Changed {
			missing = append(missing, f.Name)
		}
		for _, group := range f.Annotations[exclusiveAnnotation] {
			if f.Changed {
				groups[group] = append(groups[group], f.Name)
			}
		}
	})
	if len(missing) > 0 {
		return errors.New(words.T("cli.flags.required", words.V{"Flags": `"` + strings.Join(missing, `", "`) + `"`}))
	}
	for _, group := range slices.Sorted(maps.Keys(groups)) {
		if set := groups[group]; len(set) > 1 {
			slices.Sort(set)
			return errors.New(words.T("cli.flags.exclusive", words.V{"Group": group, "Set": strings.Join(set, " ")}))
		}
	}
	return nil
}

// exclusiveAnnotation is where cobra's MarkFlagsMutuallyExclusive notes
// a flag's groups.
const exclusiveAnnotation = "cobra_annotation_mutually_exclusive"
