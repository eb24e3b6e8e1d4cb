package cli

import (
	"slices"
	"strings"
	"testing"
)

func TestNegativeNumbersAreTakenAsArguments(t *testing.T) {
	tests := []struct{ in, want string }{
		{"buy X -5", "buy X -- -5"},
		{"buy X -12.50", "buy X -- -12.50"},
		{"buy X -1.234,56 --currency EUR", "buy X --currency EUR -- -1.234,56"},
		{"buy X -€5", "buy X -- -€5"},
		{"buy X -,50", "buy X -- -,50"},
		{"buy X -5 --note refund", "buy X --note refund -- -5"},
		{"buy X -5 --note=refund", "buy X --note=refund -- -5"},
		{"--db b.db buy X -5", "--db b.db buy X -- -5"},
		{"buy -5 X --at today", "buy --at today -- -5 X"},
		{"buy X -- -5", "buy X -- -5"},
		{"buy X -5 -- --weird", "buy X -- -5 --weird"},
		{"buy X 5 --note -5", "buy X 5 --note -5"},
		{"buy X --at -3d -5", "buy X --at -3d -- -5"},
		{"log X --kind call --summary -5 --moment", "log X --kind call --summary -5 --moment"},
		{"log X --moment -5", "log X --moment -- -5"},
		{"buy X -z", "buy X -z"},
		{"buy X -h", "buy X -h"},
		{"settings risk.days -5", "settings risk.days -- -5"},
		{"buy X -", "buy X -"},
		{"buy X -5 -", "buy X -- -5 -"},
		{"buy X -5 --note", "buy X -5 --note"},
		{"", ""},
	}
	for _, tt := range tests {
		got := strings.Join(negativesAsArgs(newRootCmd(Process{}), strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("%q became %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzNegativesAsArgs checks that the pre-pass only ever adds a "--" or
// moves arguments behind the one there is, keeps every argument, keeps the order of what it moves and of what it
// leaves, and changes nothing when run again.
func FuzzNegativesAsArgs(f *testing.F) {
	for _, s := range []string{"buy X -5", "buy X -5 --note refund", "buy X -- -5", "buy X --at -3d -5", "log X --moment -5 y", "-5 buy"} {
		f.Add(s)
	}
	root := newRootCmd(Process{})
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		got := negativesAsArgs(root, args)
		if again := negativesAsArgs(root, got); !slices.Equal(again, got) {
			t.Fatalf("%q became %q, then %q", args, got, again)
		}
		if slices.Equal(got, args) {
			return
		}
		dash := slices.Index(got, "--")
		if dash < 0 || !sameTokens(withoutFirstDash(got), withoutFirstDash(args)) {
			t.Fatalf("%q became %q", args, got)
		}
		if !negativeNumber(got[dash+1]) {
			t.Fatalf("%q became %q: no negative number after the --", args, got)
		}
	})
}

func withoutFirstDash(args []string) []string {
	if i := slices.Index(args, "--"); i >= 0 {
		return slices.Delete(slices.Clone(args), i, i+1)
	}
	return args
}

// sameTokens tells whether a and b hold the same tokens, whatever their
// order.
func sameTokens(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
