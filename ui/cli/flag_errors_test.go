package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"tend/ui/words"
	"tend/ui/words/wordstest"
)

// flagMistakes are command lines the flag parser or the flag rules refuse.
var flagMistakes = [][]string{
	{"--nosuch"}, {"-z"}, {"-jz"}, {"--limit"}, {"--limit", "x"}, {"--limit=x"}, {"--json=maybe"}, {"-j=maybe"},
	{"--json", "--csv"}, {"--kind", "call"}, {"---x"}, {"--limit", "99999999999999999999"},
}

// flagTestCmd takes flags of each kind tend uses, a required one and two
// that exclude each other.
func flagTestCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "log", RunE: func(*cobra.Command, []string) error { return nil }}
	fs := cmd.Flags()
	fs.Int("limit", 0, "")
	fs.BoolP("json", "j", false, "")
	fs.Bool("csv", false, "")
	fs.String("kind", "", "")
	fs.String("summary", "", "")
	cmd.MarkFlagRequired("summary")
	cmd.MarkFlagsMutuallyExclusive("json", "csv")
	return cmd
}

// cobrasWords is what cobra and the flag parser said of args.
func cobrasWords(args []string) string {
	cmd := flagTestCmd()
	if err := cmd.ParseFlags(args); err != nil {
		return err.Error()
	}
	if err := cmd.ValidateRequiredFlags(); err != nil {
		return err.Error()
	}
	if err := cmd.ValidateFlagGroups(); err != nil {
		return err.Error()
	}
	return ""
}

// tendsWords is what tend says of args.
func tendsWords(args []string) string {
	cmd := flagTestCmd()
	if err := cmd.ParseFlags(args); err != nil {
		return phraseFlagError(cmd, err).Error()
	}
	if err := checkFlagRules(cmd, nil); err != nil {
		return err.Error()
	}
	return ""
}

// TestFlagMistakesSayWhatCobraSaid holds tend's words for a flag's mistake
// to the English of cobra's and the flag parser's, and checks that they
// come from the catalog.
func TestFlagMistakesSayWhatCobraSaid(t *testing.T) {
	for _, args := range flagMistakes {
		want, got := cobrasWords(args), tendsWords(args)
		if want == "" || got != want {
			t.Errorf("%v: %q, want %q", args, got, want)
		}
	}
	if got := tendsWords([]string{"--summary", "s", "--json"}); got != "" {
		t.Errorf("good flags refused: %q", got)
	}
	wordstest.Pseudo(t)
	for _, args := range flagMistakes {
		if got := tendsWords(args); !strings.HasPrefix(got, words.Open) {
			t.Errorf("%v: %q is not from the catalog", args, got)
		}
	}
}
