package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tend/lifecycle"
)

// The customer screen laid out for the width, its reasons folded on a
// short screen, and one timeline entry shown whole. Regenerate with go
// test ./ui -run TestGoldenCustomerScreens -update and review the diff.
func TestGoldenCustomerScreens(t *testing.T) {
	t.Parallel()
	fixed := fixedBook(t)
	// Four reasons at risk, two of them long enough to wrap at 80 columns.
	troubled := customerIn(t, fixed, addCustomer(t, fixed, customerSpec{name: "Greta Hoffmann", company: "Hoffmann Hotels",
		email: "greta@hoffmann-hotels.de", owner: "Anke", phase: "retention", since: "2024-09-01 10:00", value: 30000, tags: []string{"hotel"},
		contacts: []contactSpec{
			{at: "2025-01-10 10:00", kind: lifecycle.Call, sentiment: lifecycle.Negative, summary: "The price increase was not accepted"},
			{at: "2025-01-20 15:00", kind: lifecycle.Meeting, sentiment: lifecycle.Negative, moment: true, followUp: "2025-02-01 09:00",
				summary: "Escalation meeting with the owners went badly: they compare us with two other suppliers and want an answer on the terms by February"},
		}}))
	anna := customerIn(t, fixed, idOf(t, fixed, "Anna Fischer"))
	tests := []struct {
		name          string
		customer      lifecycle.Customer
		width, height int
		keys          []string
	}{
		{"reasons_folded_80x24", troubled, 80, 24, nil},
		{"reasons_unfolded_80x24", troubled, 80, 24, []string{"r"}},
		{"customer_120x40", troubled, 120, 40, nil},
		{"customer_200x60", troubled, 200, 60, nil},
		{"entry_80x24", anna, 80, 24, []string{"enter"}},
		{"entry_delete_80x24", anna, 80, 24, []string{"j", "j", "j", "j", "enter", "d"}},
		{"entry_correct_80x24", anna, 80, 24, []string{"enter", "e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, fixed, tt.width, tt.height)
			h.show(tt.customer)
			h.press(tt.keys...)
			golden.RequireEqual(t, h.screen())
		})
	}
}
