package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"tend/lifecycle"
)

// flagSymbols tell the kinds of flag apart without colour: a clock for a
// stalled lead, a warning for a customer at risk, a turn for one to win
// back.
var flagSymbols = map[lifecycle.FlagKind]string{
	lifecycle.Stalled: "◷",
	lifecycle.AtRisk:  "▲",
	lifecycle.WinBack: "↺",
}

// flaggedSymbol stands for "has a flag" in the column headers.
const flaggedSymbol = "⚑"

// flagStyle is the colour of a kind of flag: amber for stalled, red for at
// risk, blue for win-back.
func flagStyle(st *Styles, k lifecycle.FlagKind) lipgloss.Style {
	switch k {
	case lifecycle.Stalled:
		return st.Warn
	case lifecycle.AtRisk:
		return st.Bad
	}
	return st.Info
}

// flagBadge is the symbol of a kind of flag in its colour.
func flagBadge(st *Styles, k lifecycle.FlagKind) string {
	return flagStyle(st, k).Render(flagSymbols[k])
}

// flagBadges are the badges of a card's flags, most urgent first, each in
// its colour over the background bg.
func flagBadges(st *Styles, kinds []lifecycle.FlagKind, bg lipgloss.Style) string {
	var b strings.Builder
	for _, k := range kinds {
		b.WriteString(flagStyle(st, k).Inherit(bg).Render(flagSymbols[k]))
	}
	return b.String()
}
