package lifecycle

import (
	"strings"
	"testing"
	"unicode"
)

func TestParseGroupReadsTheThreeGroups(t *testing.T) {
	tests := []struct {
		in      string
		want    Group
		wantErr bool
	}{
		{"buying", Buying, false},
		{" Owning ", Owning, false},
		{"ENDED", Ended, false},
		{"", "", true},
		{"lost", "", true},
	}
	for _, tt := range tests {
		got, err := ParseGroup(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseGroup(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestKeyForMakesLowerCaseDashedSlugs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Awareness", "awareness"},
		{"First contact", "first-contact"},
		{"Use & support", "use-support"},
		{"Expand / renew", "expand-renew"},
		{"  Win--back  ", "win-back"},
		{"Phase 2", "phase-2"},
		{"Kündigung", "kündigung"},
		{"ÜBERGABE", "übergabe"},
		{"ℂomplex ϒ2", "omplex-2"},
		{"!!!", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := KeyFor(tt.in); got != tt.want {
			t.Errorf("KeyFor(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzKeyFor(f *testing.F) {
	for _, s := range []string{"Awareness", "Use & support", "Expand / renew", "  Win--back  ", "Kündigung", "!!!", "ΣΊΣΥΦΟΣ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, label string) {
		key := KeyFor(label)
		for _, r := range key {
			if unicode.IsSpace(r) || unicode.IsUpper(r) {
				t.Fatalf("KeyFor(%q) = %q, holding %q", label, key, r)
			}
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Fatalf("KeyFor(%q) = %q, holding %q", label, key, r)
			}
		}
		if strings.HasPrefix(key, "-") || strings.HasSuffix(key, "-") || strings.Contains(key, "--") {
			t.Fatalf("KeyFor(%q) = %q, with a stray dash", label, key)
		}
		if again := KeyFor(key); again != key {
			t.Fatalf("KeyFor(%q) = %q, but KeyFor(%q) = %q", label, key, key, again)
		}
	})
}
