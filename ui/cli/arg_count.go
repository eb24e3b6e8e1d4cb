package cli

// The rules for how many arguments a command takes, in tend's words:
// cobra's own (cobra.ExactArgs and the like) say theirs in English.

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"tend/ui/words"
)

// noArgs refuses any argument: one there is taken for a command the
// command lacks.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	values := words.V{"Arg": fmt.Sprintf("%q", args[0]), "Command": fmt.Sprintf("%q", cmd.CommandPath())}
	if like := cmd.SuggestionsFor(args[0]); len(like) > 0 {
		values["Suggestions"] = strings.Join(like, ", ")
		return errors.New(words.T("cli.args.unknown-command-like", values))
	}
	return errors.New(words.T("cli.args.unknown-command", values))
}

// exactArgs takes n arguments.
func exactArgs(n int) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return errors.New(words.N("cli.args.exact", n, words.V{"N": n, "Got": len(args)}))
		}
		return nil
	}
}

// maxArgs takes at most n arguments.
func maxArgs(n int) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			return errors.New(words.N("cli.args.at-most", n, words.V{"N": n, "Got": len(args)}))
		}
		return nil
	}
}

// rangeArgs takes from least to most arguments.
func rangeArgs(least, most int) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < least || len(args) > most {
			return errors.New(words.N("cli.args.between", most, words.V{"Least": least, "Most": most, "Got": len(args)}))
		}
		return nil
	}
}

// onlyValidArgs takes only the arguments the command lists as valid.
func onlyValidArgs(cmd *cobra.Command, args []string) error {
	for _, a := range args {
		if !slices.Contains(cmd.ValidArgs, a) {
			return errors.New(words.T("cli.args.invalid", words.V{"Arg": fmt.Sprintf("%q", a), "Command": fmt.Sprintf("%q", cmd.CommandPath())}))
		}
	}
	return nil
}
