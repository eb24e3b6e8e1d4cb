package ui

import (
	"charm.land/lipgloss/v2"

	"tend/lifecycle"
)

// flagSymbols mark each kind of flag wherever it is shown, on the board's
// cards as on the customer screen. The shapes differ so that the kinds
// read apart without colour.
var flagSymbols = map[lifecycle.FlagKind]string{
	lifecycle.Stalled: "◷",
	lifecycle.AtRisk:  "▲",
	lifecycle.WinBack: "↺",
}

// flagStyle is the colour of a kind of flag: amber for stalled, red for at
// risk, magenta for win-back.
func flagStyle(st *Styles, k lifecycle.FlagKind) lipgloss.Style {
	switch k {
	case lifecycle.Stalled:
		return st.FlagStalled
	case lifecycle.AtRisk:
		return st.FlagAtRisk
	case lifecycle.WinBack:
		return st.FlagWinBack
	}
	return st.Warn
}

// flagSymbol is a kind's symbol; a kind this build does not know gets a
// plain "!" rather than nothing, so that a flag is never hidden.
func flagSymbol(k lifecycle.FlagKind) string {
	if s, ok := flagSymbols[k]; ok {
		return s
	}
	return "!"
}

// flagBadge writes a flag's kind as its symbol and name in the kind's
// colour: "▲ at-risk".
func flagBadge(st *Styles, k lifecycle.FlagKind) string {
	return flagStyle(st, k).Render(flagSymbol(k) + " " + Clean(string(k)))
}
