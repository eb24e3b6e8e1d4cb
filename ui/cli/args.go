package cli

import (
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// withNegativeArgs has root read args with every negative number among
// them taken as an argument: a refund, tend buy X -5, is no flag -5.
func withNegativeArgs(root *cobra.Command, args []string) *cobra.Command {
	root.SetArgs(negativesAsArgs(root, args))
	return root
}

// negativesAsArgs moves the arguments that are negative numbers (-5,
// -12.50, -1.234,56, -€5) behind a "--", where no flag parser looks, with
// the arguments after them, so that their order stays. A negative number
// that is the value of a flag (--at -3d) stays where it is, as does
// everything already behind a "--".
func negativesAsArgs(root *cobra.Command, args []string) []string {
	cmd := root
	if found, _, err := root.Find(args); err == nil {
		cmd = found
	}
	var kept, moved []string
	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "--":
			if moved == nil {
				return args
			}
			return slices.Concat(kept, []string{"--"}, moved, args[i+1:])
		case !negativeNumber(arg) && (moved == nil || isFlag(arg)):
			kept = append(kept, arg) // a flag after a number stays before the "--"
			if takesValue(cmd, arg) {
				if i++; i == len(args) {
					return args // the flag's value is missing, as the parser will say
				}
				kept = append(kept, args[i])
			}
		default:
			moved = append(moved, arg)
		}
	}
	if moved == nil {
		return args
	}
	return slices.Concat(kept, []string{"--"}, moved)
}

// negativeNumber tells whether arg is a minus sign and a number, perhaps
// with a currency symbol between: no flag's name starts with a digit.
func negativeNumber(arg string) bool {
	rest, ok := strings.CutPrefix(arg, "-")
	if !ok {
		return false
	}
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.Is(unicode.Sc, r) || r == ' ' })
	rest = strings.TrimLeft(rest, ".,")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

func isFlag(arg string) bool { return len(arg) > 1 && arg[0] == '-' }

// takesValue tells whether arg is a flag of cmd that reads the next
// argument as its value: --note, but not --note=x, --moment or -h.
func takesValue(cmd *cobra.Command, arg string) bool {
	var f *pflag.Flag
	switch {
	case strings.Contains(arg, "="):
		return false
	case strings.HasPrefix(arg, "--"):
		f = lookupFlag(cmd, arg[2:], (*pflag.FlagSet).Lookup)
	case strings.HasPrefix(arg, "-") && len(arg) == 2:
		f = lookupFlag(cmd, arg[1:], (*pflag.FlagSet).ShorthandLookup)
	}
	return f != nil && f.NoOptDefVal == ""
}

// lookupFlag finds a flag of cmd or one it inherits.
func lookupFlag(cmd *cobra.Command, name string, lookup func(*pflag.FlagSet, string) *pflag.Flag) *pflag.Flag {
	if f := lookup(cmd.Flags(), name); f != nil {
		return f
	}
	return lookup(cmd.InheritedFlags(), name)
}
