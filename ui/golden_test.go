package ui

import "testing"

// The golden files are the screens without colours, so that a change reads
// in a diff. Regenerate them with go test ./ui -run Golden -update and
// review the diff.
func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	book := fixedBook(t)
	checkGoldenScreens(t, book, []goldenScreen{
		{"board_80x24", 80, 24, nil},
		{"board_160x48", 160, 48, nil},
		{"board_scrolled_40x24", 40, 24, []string{"l", "l", "l", "j"}},
		{"customer_80x24", 80, 24, []string{"l", "l", "l", "enter"}},
		{"contact_form_80x24", 80, 24, []string{"l", "l", "l", "c"}},
		{"help_80x24", 80, 24, []string{"?"}},
		{"insights_80x24", 80, 24, []string{"i"}},
		{"insights_160x48", 160, 48, []string{"i"}},
		{"insights_flow_80x24", 80, 24, []string{"i", "2"}},
		{"insights_activity_160x48", 160, 48, []string{"i", "4"}},
		{"board_120x40", 120, 40, nil},
		{"board_200x60", 200, 60, nil},
		{"help_120x40", 120, 40, []string{"?"}},
		{"legend_120x40", 120, 40, []string{"?", "tab"}},
		{"insights_120x40", 120, 40, []string{"i"}},
		{"insights_200x60", 200, 60, []string{"i"}},
		{"insights_flow_120x40", 120, 40, []string{"i", "2"}},
		{"insights_flow_200x60", 200, 60, []string{"i", "2"}},
		{"insights_cohorts_120x40", 120, 40, []string{"i", "5"}},
		{"board_marked_80x24", 80, 24, []string{"space", "j", "space", "l", "space"}},
		{"board_marked_160x48", 160, 48, []string{"space", "j", "space", "l", "space"}},
		{"marked_move_80x24", 80, 24, []string{"space", "j", "space", "L"}},
		{"marked_actions_80x24", 80, 24, []string{"space", "j", "space", "."}},
		{"marked_merge_80x24", 80, 24, []string{"space", "j", "space", ".", "5"}},
	})
}
