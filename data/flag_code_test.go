package data

import (
	"slices"
	"testing"

	"tend/lifecycle"
)

func TestFlagCodeKeepsKindsAndSeverities(t *testing.T) {
	flags := []lifecycle.Flag{{Kind: lifecycle.WinBack, Severity: 40}, {Kind: lifecycle.AtRisk, Severity: 100}}
	code := codeOf(flags)
	if s, ok := code.severity(1); !ok || s != 100 {
		t.Errorf("at-risk severity %d, %v", s, ok)
	}
	if s, ok := code.severity(2); !ok || s != 40 {
		t.Errorf("win-back severity %d, %v", s, ok)
	}
	if _, ok := code.severity(0); ok {
		t.Error("a stalled flag appeared")
	}
	if got := code.kinds(); !slices.Equal(got, []lifecycle.FlagKind{lifecycle.AtRisk, lifecycle.WinBack}) {
		t.Errorf("kinds %v, want the most severe first", got)
	}
	if codeOf(nil) != 0 || len(flagCode(0).kinds()) != 0 {
		t.Error("no flags do not make the empty code")
	}
	zero := codeOf([]lifecycle.Flag{{Kind: lifecycle.Stalled, Severity: 0}})
	if zero == 0 || codeOf(flags) == codeOf(flags[:1]) {
		t.Error("a flag of severity 0, or one flag less, is not told apart")
	}
}
