package lifecycle

import (
	"slices"
	"testing"
)

func TestMergeProfilesFillsWhatTheKeptLacksAndKeepsItsOwn(t *testing.T) {
	keep := Customer{Name: "Anna", Email: "anna@a.example", Tags: []string{"vip"}, Details: Details{City: "Köln"}}
	other := Customer{Name: "Anna S.", Email: "anna@b.example", Phone: "030 1", Company: "Laden", Owner: "ben", Value: 500,
		DoNotContact: true, Tags: []string{"VIP", "laden"}, Details: Details{Street: "Weg 1", City: "Berlin", GivenName: "Anna"}}
	got := MergeProfiles(keep, other)
	if got.Name != "Anna" || got.Email != "anna@a.example" || got.Phone != "030 1" || got.Company != "Laden" ||
		got.Owner != "ben" || got.Value != 500 || !got.DoNotContact || got.GivenName != "Anna" {
		t.Errorf("merged %+v", got)
	}
	if got.City != "Köln" || got.Street != "" {
		t.Errorf("the address mixes two: %q %q", got.Street, got.City)
	}
	if !slices.Equal(got.Tags, []string{"laden", "vip"}) {
		t.Errorf("tags %v", got.Tags)
	}
	if !slices.Equal(keep.Tags, []string{"vip"}) {
		t.Errorf("the kept customer's tags changed: %v", keep.Tags)
	}
}

func TestMergedPhaseTakesTheOthersOwningPhaseOnly(t *testing.T) {
	lc := classic(t)
	for _, tt := range []struct{ keep, other, want string }{
		{"acquisition", "retention", "retention"},
		{"lost", "loyalty", "loyalty"},
		{"retention", "loyalty", "retention"},
		{"awareness", "conversion", "conversion"},
		{"awareness", "lost", "awareness"},
		{"conversion", "lost", "conversion"},
		{"awareness", "nowhere", "awareness"},
	} {
		if got := MergedPhase(lc, tt.keep, tt.other); got != tt.want {
			t.Errorf("MergedPhase(%s, %s) = %s, want %s", tt.keep, tt.other, got, tt.want)
		}
	}
}
