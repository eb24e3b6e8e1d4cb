package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"tend/ui/words"
	"tend/ui/words/wordstest"
)

// TestArgumentRulesSayWhatCobraSaid holds tend's rules for the number of
// arguments to the English of cobra's, which users and scripts know, and
// checks that each says its words from the catalog.
func TestArgumentRulesSayWhatCobraSaid(t *testing.T) {
	cmd := &cobra.Command{Use: "show", ValidArgs: []string{"bash", "zsh"}}
	(&cobra.Command{Use: "tend"}).AddCommand(cmd)
	for _, tt := range []struct {
		name       string
		ours, want cobra.PositionalArgs
		args       []string
	}{
		{"no arguments", noArgs, cobra.NoArgs, []string{"nosuch"}},
		{"exactly one, none given", exactArgs(1), cobra.ExactArgs(1), nil},
		{"exactly two, three given", exactArgs(2), cobra.ExactArgs(2), []string{"a", "b", "c"}},
		{"at most two", maxArgs(2), cobra.MaximumNArgs(2), []string{"a", "b", "c"}},
		{"one or two", rangeArgs(1, 2), cobra.RangeArgs(1, 2), nil},
		{"a valid argument", onlyValidArgs, cobra.OnlyValidArgs, []string{"tcsh"}},
	} {
		want := tt.want(cmd, tt.args)
		got := tt.ours(cmd, tt.args)
		if want == nil || got == nil || got.Error() != want.Error() {
			t.Errorf("%s: %v, want %v", tt.name, got, want)
		}
		if tt.ours(cmd, tt.args[:0]) != nil && tt.want(cmd, tt.args[:0]) == nil {
			t.Errorf("%s: refuses what cobra takes", tt.name)
		}
	}
	wordstest.Pseudo(t)
	for _, err := range []error{noArgs(cmd, []string{"x"}), exactArgs(1)(cmd, nil), maxArgs(0)(cmd, []string{"x"}),
		rangeArgs(1, 2)(cmd, nil), onlyValidArgs(cmd, []string{"x"})} {
		if !strings.HasPrefix(err.Error(), words.Open) {
			t.Errorf("%q is not from the catalog", err)
		}
	}
}
